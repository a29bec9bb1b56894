// Small hand-written guards for Planpoint responses. They check what the client relies on:
// documents are objects with a string `_id`, lists are arrays, `{records, count}` has records.
// Extra or odd fields pass untouched; normalize.ts copes with their values.
import { isRecord } from '../is-record';
import { invalidResponseError } from './errors';
import type {
  WireEnterprise,
  WireFloor,
  WireGroup,
  WireLead,
  WireList,
  WireProject,
  WireProjectSummary,
  WireUnit,
} from './wire';

/** A guard returns the value typed, or throws a ShapeError naming where it went wrong. */
export type Guard<T> = (value: unknown, path: string) => T;

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
    this.name = 'ShapeError';
  }
}

/** Runs a guard on a response body; a wrong shape becomes an `invalid-response` PlanpointError. */
export function validateResponse<T>(value: unknown, guard: Guard<T>, request?: string): T {
  try {
    return guard(value, 'response');
  } catch (e) {
    if (e instanceof ShapeError) throw invalidResponseError(e.message, request);
    throw e;
  }
}

type Doc = Record<string, unknown> & { _id: string };

function asDoc(v: unknown, path: string): Doc {
  if (!isRecord(v)) throw new ShapeError(path, 'an object');
  const id = v['_id'];
  if (typeof id !== 'string' || id.trim() === '') {
    throw new ShapeError(`${path}._id`, 'a non-empty string');
  }
  return v as Doc;
}

/** An optional array field: absent or null is fine, anything else must be an array. */
function optionalArray<T>(
  doc: Record<string, unknown>,
  key: string,
  item: Guard<T>,
  path: string,
): void {
  const v = doc[key];
  if (v === undefined || v === null) return;
  asArray(v, item, `${path}.${key}`);
}

/** A document, or its id where the viewer docs list references instead of documents. */
function idOr<T>(guard: Guard<T>): Guard<T | string> {
  return (v, path) => (typeof v === 'string' && v.trim() !== '' ? v : guard(v, path));
}

/** An id, or an embedded document carrying one (group.projects, enterprise.groups…). */
const asRef: Guard<unknown> = idOr(asDoc);

export function asArray<T>(v: unknown, item: Guard<T>, path: string): T[] {
  if (!Array.isArray(v)) throw new ShapeError(path, 'an array');
  return v.map((x, i) => item(x, `${path}[${i}]`));
}

export const asUnit: Guard<WireUnit> = (v, path) => asDoc(v, path) as WireUnit;

export const asFloor: Guard<WireFloor> = (v, path) => {
  const doc = asDoc(v, path);
  optionalArray(doc, 'units', idOr(asUnit), path);
  return doc as WireFloor;
};

export const asProjectSummary: Guard<WireProjectSummary> = (v, path) =>
  asDoc(v, path) as WireProjectSummary;

export const asProject: Guard<WireProject> = (v, path) => {
  const doc = asDoc(v, path);
  optionalArray(doc, 'floors', idOr(asFloor), path);
  return doc as WireProject;
};

export const asGroup: Guard<WireGroup> = (v, path) => {
  const doc = asDoc(v, path);
  optionalArray(doc, 'projects', asRef, path);
  return doc as WireGroup;
};

export const asEnterprise: Guard<WireEnterprise> = (v, path) => {
  const doc = asDoc(v, path);
  optionalArray(doc, 'groups', asRef, path);
  optionalArray(doc, 'projects', asRef, path);
  return doc as WireEnterprise;
};

/** Leads carry no required field in the contract; each must still be an object. */
export const asLead: Guard<WireLead> = (v, path) => {
  if (!isRecord(v)) throw new ShapeError(path, 'an object');
  if (v['_id'] !== undefined && typeof v['_id'] !== 'string') {
    throw new ShapeError(`${path}._id`, 'a string when present');
  }
  return v as WireLead;
};

export function listOf<T>(item: Guard<T>): Guard<T[]> {
  return (v, path) => asArray(v, item, path);
}

/** `{records, count}`; a missing or unreadable count is taken from records.length. */
export function recordsOf<T>(item: Guard<T>): Guard<WireList<T>> {
  return (v, path) => {
    if (!isRecord(v)) throw new ShapeError(path, 'an object with records');
    const records = asArray(v['records'], item, `${path}.records`);
    const raw = v['count'];
    const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    const count = typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : records.length;
    return { records, count };
  };
}

/**
 * The find lookups answer with one document or an array of them; `null` (a lookup that
 * matched nothing, as a Mongo `findOne` sends it) is an empty list.
 */
export function oneOrMany<T>(item: Guard<T>): Guard<T[]> {
  return (v, path) => {
    if (v === null) return [];
    if (Array.isArray(v)) return asArray(v, item, path);
    return [item(v, path)];
  };
}

/** POST /api/users/login: `{message, access_token}`. */
export const asLogin: Guard<{ token: string; message: string }> = (v, path) => {
  if (!isRecord(v)) throw new ShapeError(path, 'an object');
  const token = v['access_token'] ?? v['token'];
  if (typeof token !== 'string' || token.trim() === '') {
    throw new ShapeError(`${path}.access_token`, 'a non-empty string');
  }
  const message = typeof v['message'] === 'string' ? v['message'] : '';
  return { token: token.trim(), message };
};
