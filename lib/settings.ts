// Every value the extension keeps, in one registry. All of it lives in storage.local (this
// device only): nothing is ever written to storage.sync, so the token never leaves the machine.
import { storage } from 'wxt/utils/storage';
import type { Catalog } from './catalog/model';
import type { SyncState } from './catalog/sync-state';
import { DEFAULT_BASE_URL } from './planpoint/client';

/** The Planpoint API token. Read only by the background; UI pages never read it back. */
export const apiToken = storage.defineItem<string | null>('local:apiToken', { fallback: null });

/** What the UI may show about the saved token and the account it reaches (never the token). */
export interface AccountInfo {
  /** Last four characters of the token, for "Token saved, ends in …a1b2". */
  tokenHint: string;
  /** How many projects the token reached when it was last checked. */
  projectCount: number;
  /** The email used to sign in, when the token came from a sign-in. */
  email: string | null;
  /** Epoch ms the token was saved. */
  savedAt: number;
}
export const accountInfo = storage.defineItem<AccountInfo | null>('local:accountInfo', {
  fallback: null,
});

/** API base URL; the default is Planpoint's production service. */
export const apiBaseUrl = storage.defineItem<string>('local:apiBaseUrl', {
  fallback: DEFAULT_BASE_URL,
});

/** Optional viewer key whose projects, groups and enterprises are merged into the catalog. */
export interface ViewerKeySetting {
  namespace: string;
  hostName: string;
}
export const viewerKey = storage.defineItem<ViewerKeySetting | null>('local:viewerKey', {
  fallback: null,
});

/** The last complete catalog. Written in one step by a finished sync, never partially. */
export const catalogSnapshot = storage.defineItem<Catalog | null>('local:catalog', {
  fallback: null,
});

/** Progress and outcome of the latest sync, watched by the popup. */
export const syncState = storage.defineItem<SyncState | null>('local:syncState', {
  fallback: null,
});

/** The project whose available-unit count shows on the toolbar icon; null: no count. */
export const badgeProjectId = storage.defineItem<string | null>('local:badgeProjectId', {
  fallback: null,
});

/** The popup's last search, restored when it opens again within a few minutes. Session
 * storage: kept while the browser runs, never written to disk. */
export const lastQuery = storage.defineItem<{ text: string; at: number } | null>(
  'session:lastQuery',
  { fallback: null },
);
