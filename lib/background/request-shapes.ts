// What the background accepts for each request of lib/messages.ts. Kept in the background: the
// pages only send requests, and need none of this in their bundles.
import { isBulkChange } from '../catalog/bulk-change';
import { isUnitEdits } from '../catalog/editable-fields';
import { isSettableStatus } from '../catalog/settable-status';
import { isRecord } from '../is-record';
import type { MessageType, NewUnitFloor, ProjectFields, RequestOf } from '../messages';

const isString = (value: unknown): value is string => typeof value === 'string';
const hasStrings = (value: unknown, keys: string[]): value is Record<string, string> =>
  isRecord(value) && keys.every((key) => isString(value[key]));

const isNewUnitFloor = (value: unknown): value is NewUnitFloor =>
  isRecord(value) &&
  Object.keys(value).length === 1 &&
  ((isString(value['id']) && value['id'] !== '') ||
    (isString(value['name']) && value['name'].trim() !== ''));

const isProjectFields = (value: unknown): value is ProjectFields & Record<string, unknown> =>
  hasStrings(value, ['name', 'namespace', 'hostName']) && value['name']?.trim() !== '';

/**
 * What the background accepts for each request: messages come from the extension's own pages
 * only (lib/background/guard.ts), but a page of another version, or a bug, must get an answer
 * rather than a handler reading fields that are not there.
 */
export const REQUEST_SHAPES: { [K in MessageType]: (payload: unknown) => payload is RequestOf<K> } =
  {
    saveSettings: (p): p is RequestOf<'saveSettings'> =>
      hasStrings(p, ['token', 'baseUrl', 'namespace', 'hostName']),
    signIn: (p): p is RequestOf<'signIn'> => hasStrings(p, ['email', 'password', 'baseUrl']),
    signOut: (p): p is RequestOf<'signOut'> => isRecord(p),
    getSettings: (p): p is RequestOf<'getSettings'> => isRecord(p),
    refresh: (p): p is RequestOf<'refresh'> =>
      isRecord(p) && (p['ifOlderThanMs'] === undefined || typeof p['ifOlderThanMs'] === 'number'),
    deleteUnit: (p): p is RequestOf<'deleteUnit'> => hasStrings(p, ['unitId']),
    createUnit: (p): p is RequestOf<'createUnit'> =>
      hasStrings(p, ['projectId']) &&
      isNewUnitFloor(p['floor']) &&
      isUnitEdits(p['fields']) &&
      isString(p['fields']['number']),
    createProject: (p): p is RequestOf<'createProject'> =>
      isRecord(p) &&
      isProjectFields(p['fields']) &&
      (p['fields']['areaUnit'] === 'sqft' || p['fields']['areaUnit'] === 'm2'),
    updateProject: (p): p is RequestOf<'updateProject'> =>
      hasStrings(p, ['projectId']) && isProjectFields(p['fields']),
    deleteProject: (p): p is RequestOf<'deleteProject'> => hasStrings(p, ['projectId']),
    bulkUpdate: (p): p is RequestOf<'bulkUpdate'> =>
      isRecord(p) &&
      Array.isArray(p['unitIds']) &&
      p['unitIds'].length > 0 &&
      p['unitIds'].every(isString) &&
      isBulkChange(p['change']),
    editUnit: (p): p is RequestOf<'editUnit'> =>
      hasStrings(p, ['unitId']) && isUnitEdits(p['edits']),
    setUnitStatus: (p): p is RequestOf<'setUnitStatus'> =>
      hasStrings(p, ['unitId']) && isSettableStatus(p['status']),
  };

/** A request name the protocol has, checked on the object itself: 'toString' is no request. */
export function isMessageType(value: unknown): value is MessageType {
  return isString(value) && Object.hasOwn(REQUEST_SHAPES, value);
}
