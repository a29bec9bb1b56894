// What the extension keeps in storage, read from one of its pages: the sync state, the catalog,
// single values, and everything at once (to prove what is not there).
import type { ExtensionApi, PageHandle } from '../fixtures';

declare const chrome: ExtensionApi;

export interface StoredSyncState {
  running: boolean;
  startedAt: number | null;
  done: number;
  total: number;
  lastSuccessAt: number | null;
  lastError: { kind: string; message: string } | null;
}

export interface StoredCatalog {
  syncedAt: number;
  projects: { id: string; name: string }[];
  units: { id: string; projectId: string; number: string; status: string }[];
}

export async function syncStateOf(page: PageHandle): Promise<StoredSyncState | null> {
  return page.evaluate(async () => {
    const { syncState } = await chrome.storage.local.get('syncState');
    return (syncState ?? null) as StoredSyncState | null;
  });
}

/**
 * The stored catalog, read from an extension page. Older builds keep it whole under `catalog`;
 * newer ones as a head, packed units and their details (lib/catalog/packed.ts), unpacked here with the app's own
 * function, loaded by path so this helper works with either layout.
 */
export async function catalogOf(page: PageHandle): Promise<StoredCatalog | null> {
  const stored = await page.evaluate(
    async () =>
      (await chrome.storage.local.get([
        'catalog',
        'catalogHead',
        'catalogUnits',
        'catalogDetails',
      ])) as Record<string, unknown>,
  );
  if (stored['catalogHead'] !== undefined) {
    const packedModule = '../../lib/catalog/packed.ts';
    const { unpackCatalog } = (await import(packedModule)) as {
      unpackCatalog(head: unknown, units: unknown, details: unknown): StoredCatalog | null;
    };
    return unpackCatalog(stored['catalogHead'], stored['catalogUnits'], stored['catalogDetails']);
  }
  return (stored['catalog'] ?? null) as StoredCatalog | null;
}

/** One key of storage.local (WXT's `local:apiToken` is `apiToken` there), or null. */
export function storedValue(page: PageHandle, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    return (await chrome.storage.local.get(k))[k] ?? null;
  }, key);
}

/** Everything the extension keeps in storage.local and storage.session, as one JSON text. */
export function storedJson(page: PageHandle): Promise<string> {
  return page.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null).catch(() => ({}));
    return JSON.stringify({ local, session });
  });
}

/** Everything in every storage area a page of the extension can read, one JSON text per area. */
export async function allStorage(
  page: PageHandle,
): Promise<{ local: string; sync: string; session: string }> {
  return page.evaluate(async () => ({
    local: JSON.stringify(await chrome.storage.local.get(null)),
    sync: JSON.stringify(await chrome.storage.sync.get(null)),
    session: JSON.stringify(await chrome.storage.session.get(null)),
  }));
}
