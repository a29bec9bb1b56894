// The one protocol between the extension's pages (popup, options) and the background, which is
// the only code that reads the token and talks to the network. Pages read the catalog and sync
// state straight from storage (lib/settings.ts); they send messages only to ask for work.
import { browser } from 'wxt/browser';
import type { ManagedSettings } from './managed-settings';
import type { SettableStatus } from './catalog/settable-status';
import type { UnitEdits } from './catalog/editable-fields';
import type { BulkChange } from './catalog/bulk-change';
import type { Project, Unit } from './catalog/model';
import type { PlanpointErrorKind } from './planpoint/errors';
import type { AccountInfo } from './settings';
import { t } from './i18n';

export const UNCONFIRMED_CHANGE = 'unconfirmed';

/** Besides the PlanpointError kinds: 'settings' (a value the agent typed), 'internal' (no
 * background, or a request it could not read), and UNCONFIRMED_CHANGE (a write whose answer was
 * lost: it may have been saved). */
export type MessageErrorKind =
  PlanpointErrorKind | 'settings' | 'internal' | typeof UNCONFIRMED_CHANGE;

/** A failure as a page sees it: a kind to branch on and a sentence to show. */
export interface MessageError {
  kind: MessageErrorKind;
  message: string;
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: MessageError };

/** What the settings UI may know: everything but the token itself. */
export interface SettingsView {
  hasToken: boolean;
  account: AccountInfo | null;
  baseUrl: string;
  namespace: string;
  hostName: string;
  /** What the organisation set (storage.managed): shown locked, and applied whatever is sent. */
  managed: ManagedSettings;
}

/** A project's name and viewer key as the project form sends them. */
export interface ProjectFields {
  name: string;
  /** Empty: Planpoint chooses (creating), or the field is left as it is (editing). */
  namespace: string;
  hostName: string;
}

/** What a change to many units did: how many changed, and each unit that did not, with why. */
export interface BulkResult {
  changed: number;
  failed: { unitId: string; number: string; reason: string }[];
}

/** Where a new unit goes: a floor the project has, or a new floor of that name. */
export type NewUnitFloor = { id: string } | { name: string };

export interface Requests {
  /** Check a token (and the optional viewer key) against the API, then store it and sync.
   * An empty `token` keeps the saved one and only updates the other settings. */
  saveSettings: {
    request: { token: string; baseUrl: string; namespace: string; hostName: string };
    response: Outcome<{ account: AccountInfo }>;
  };
  /** Sign in with Planpoint email and password; only the returned token is kept. */
  signIn: {
    request: { email: string; password: string; baseUrl: string };
    response: Outcome<{ account: AccountInfo }>;
  };
  /** Forget the token, the account and the cached catalog. */
  signOut: { request: Record<string, never>; response: Outcome<object> };
  /** Settings without the token, for the options page and the popup's first-run check. */
  getSettings: { request: Record<string, never>; response: Outcome<{ settings: SettingsView }> };
  /** Sync now; with `ifOlderThanMs`, only when the catalog is older than that. */
  refresh: {
    request: { ifOlderThanMs?: number };
    response: Outcome<{ started: boolean }>;
  };
  /** Change a unit's availability through the API; the answer is the unit as Planpoint saved it. */
  setUnitStatus: {
    request: { unitId: string; status: SettableStatus };
    response: Outcome<{ unit: Unit }>;
  };
  /** Change a unit's fields (only those given); the answer is the unit as Planpoint saved it. */
  editUnit: {
    request: { unitId: string; edits: UnitEdits };
    response: Outcome<{ unit: Unit }>;
  };
  /** Add a unit to a project; the answer is the unit as Planpoint created it. */
  createUnit: {
    request: { projectId: string; floor: NewUnitFloor; fields: UnitEdits & { number: string } };
    response: Outcome<{ unit: Unit }>;
  };
  /** Create a project (not offered by every Planpoint server: the answer then says so). */
  createProject: {
    request: { fields: ProjectFields & { areaUnit: 'sqft' | 'm2' } };
    response: Outcome<{ project: Project }>;
  };
  /** Rename a project or change its viewer key. */
  updateProject: {
    request: { projectId: string; fields: ProjectFields };
    response: Outcome<{ project: Project }>;
  };
  /** Delete a project; its units leave the catalog with it. */
  deleteProject: { request: { projectId: string }; response: Outcome<object> };
  /** Set the status, or change the price, of many units (batched as Planpoint takes them). */
  bulkUpdate: {
    request: { unitIds: string[]; change: BulkChange };
    response: Outcome<BulkResult>;
  };
  /** Delete a unit on Planpoint; on success it has left the stored catalog too. */
  deleteUnit: { request: { unitId: string }; response: Outcome<object> };
}

export type MessageType = keyof Requests;
export type RequestOf<K extends MessageType> = Requests[K]['request'];
export type ResponseOf<K extends MessageType> = Requests[K]['response'];

/** Send a typed request to the background and get its typed answer. */
export async function ask<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  try {
    return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<K>;
  } catch (error) {
    // The background could not answer (extension reloading, worker starting up).
    return {
      ok: false,
      error: {
        kind: 'internal',
        message: t('errors.backgroundUnreachable', [describe(error)]),
      },
    } as ResponseOf<K>;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
