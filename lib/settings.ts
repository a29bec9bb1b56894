// Every value the extension keeps, in one registry, and which of them belong to the signed-in
// account (ACCOUNT_VALUES, cleared together). Everything stays on this device: the popup's last
// search in storage.session (memory only, gone when the browser closes), everything else in
// storage.local. Nothing is ever written to storage.sync, so the token never leaves the machine.
import type { Catalog } from './catalog/model';
import {
  fillDetails,
  packCatalog,
  readHead,
  unpackCatalog,
  unpackCatalogFirst,
  type CatalogHead,
} from './catalog/packed';
import type { SyncState } from './catalog/sync-state';
import type { LeadsSnapshot } from './catalog/leads';
import type { ChangeLog } from './catalog/change-log';
import { NOTHING_WATCHED, type Watched } from './catalog/watched';
import { NO_HOLDS, type MyHolds } from './catalog/my-holds';
import { DEFAULT_BASE_URL } from './planpoint/client';
import { parseBaseUrl } from './planpoint/base-url';
import type { AuthForm } from './planpoint/http';
import { readTogether, removeTogether, storedValue, writeTogether } from './stored-value';

/** The Planpoint API token. Read only by the background; UI pages never read it back. */
export const apiToken = storedValue<string | null>('local', 'apiToken', null);

/** What the UI may show about the saved token and the account it reaches (never the token). */
export interface AccountInfo {
  /** Last four characters of the token, for "Token saved, ends in …a1b2". */
  tokenHint: string;
  /** How many projects the token reached when it was last checked. */
  projectCount: number;
  /** Through what (absent when saved by an older version): the account's own list, its groups,
   * and the viewer key, each counting only projects the ones before it did not reach. */
  reach?: { own: number; throughGroups: number; throughViewerKey: number };
  /** Lookups of the viewer key this server does not offer. */
  lookupsNotOffered?: ('groups' | 'enterprises')[];
  /** The email used to sign in, when the token came from a sign-in. */
  email: string | null;
  /** Epoch ms the token was saved. */
  savedAt: number;
}
export const accountInfo = storedValue<AccountInfo | null>('local', 'accountInfo', null);

/** API base URL; the default is Planpoint's production service. */
export const apiBaseUrl = storedValue<string>('local', 'apiBaseUrl', DEFAULT_BASE_URL);

/** Optional viewer key whose projects, groups and enterprises are merged into the catalog. */
export interface ViewerKeySetting {
  namespace: string;
  hostName: string;
}
export const viewerKey = storedValue<ViewerKeySetting | null>('local', 'viewerKey', null);

// The last complete catalog in three JSON strings, written together in one step by a finished
// sync, never partially (lib/catalog/packed.ts): its head (everything but the units, with unit
// counts per project and status: about 100 kB), its packed units (what search and result rows
// read: megabytes) and their details (what only a unit's detail view reads: as much again).
const storedHead = storedValue<string | null>('local', 'catalogHead', null);
const storedUnits = storedValue<string | null>('local', 'catalogUnits', null);
/** Absent in catalogs stored before the details were split off: their units hold them. */
const storedDetails = storedValue<string | null>('local', 'catalogDetails', null);
/** Where versions before the packed format kept the whole catalog; removed by the next write. */
const storedUnpacked = storedValue<Catalog | null>('local', 'catalog', null);
const CATALOG_VALUES = [storedHead, storedUnits, storedDetails, storedUnpacked] as const;
/** What the popup reads first: all but the details. */
const FIRST_VALUES = [storedHead, storedUnits, storedUnpacked] as const;

/**
 * The last complete catalog's head: projects, groups, enterprises, sync time, failures and unit
 * counts. Read it wherever units are not needed (the popup's project list, the badge, "is the
 * catalog fresh?"). Written only through catalogSnapshot.
 */
export const catalogHead = {
  getValue: async (): Promise<CatalogHead | null> => readHead(await storedHead.getValue()),
  /** Rewrites the stored head with this count of new leads, under the same stamp (its units and
   * details still belong to it); nothing when there is no head or it already says so. */
  setNewLeads: (count: number): Promise<void> =>
    oneHeadWriteAtATime(async () => {
      const head = readHead(await storedHead.getValue());
      if (!head || head.newLeads === count) return;
      await storedHead.setValue(JSON.stringify({ ...head, newLeads: count }));
    }),
  watch: (
    onChange: (head: CatalogHead | null, previous: CatalogHead | null) => void,
  ): (() => void) =>
    storedHead.watch((head, previous) => onChange(readHead(head), readHead(previous))),
};

/**
 * Writes of the head, one after another. Only the background writes it, and two of its writes
 * read the stored head first (the lead count, and a catalog write carrying that count over):
 * run side by side, one could put back what the other just replaced.
 */
let headWrites: Promise<unknown> = Promise.resolve();
function oneHeadWriteAtATime(write: () => Promise<void>): Promise<void> {
  const done = headWrites.then(write, write);
  headWrites = done.catch(() => undefined);
  return done;
}

/** The catalog's head and units as stored, read in one step and not yet decoded. */
export type StoredCatalog = readonly [
  head: string | null,
  units: string | null,
  unpacked: Catalog | null,
];

/** The last complete catalog, units included: its parts, always read together. */
export const catalogSnapshot = {
  async getValue(): Promise<Catalog | null> {
    const [head, units, details, unpacked] = await readTogether(CATALOG_VALUES);
    return unpackCatalog(head, units, details) ?? unpacked;
  },
  setValue: (catalog: Catalog): Promise<void> =>
    oneHeadWriteAtATime(async () => {
      // The lead count is no part of the catalog: the new head keeps the one stored.
      const newLeads = readHead(await storedHead.getValue())?.newLeads;
      const { head, units, details } = packCatalog(catalog, undefined, newLeads);
      await writeTogether([
        storedHead.entry(head),
        storedUnits.entry(units),
        storedDetails.entry(details),
      ]);
      await storedUnpacked.removeValue();
    }),
  removeValue: (): Promise<void> => removeTogether(CATALOG_VALUES),
  /** Calls `onChange` after each write or removal (every write gives the head a new stamp; a
   * new lead count alone keeps it, and is no new catalog). */
  watch(onChange: () => void): () => void {
    return catalogHead.watch((head, previous) => {
      if (!head || !previous || head.stamp !== previous.stamp) onChange();
    });
  },
};

/**
 * The catalog in two steps, for the popup: first the head and units, enough to search and list
 * results (reading megabytes is the browser's work, so a page can ask for them before it wants
 * to decode them), then the units' details, filled in. The stamp ties the steps together.
 */
export const catalogInSteps = {
  readFirst: (): Promise<StoredCatalog> => readTogether(FIRST_VALUES),
  stampOf: ([head]: StoredCatalog): string | null => readHead(head)?.stamp ?? null,
  /** The catalog to search; `detailsApart` when its details are still to be filled in. */
  decodeFirst([head, units, unpacked]: StoredCatalog): {
    catalog: Catalog;
    detailsApart: boolean;
  } | null {
    return (
      unpackCatalogFirst(head, units) ??
      (unpacked ? { catalog: unpacked, detailsApart: false } : null)
    );
  },
  /** The stored details: ask for them as the units are decoded, to have them once they are. */
  readDetails: (): Promise<string | null> => storedDetails.getValue(),
  /** Fills in decodeFirst's catalog; false when `stored` is missing or belongs to another write. */
  fillDetails: (catalog: Catalog, stamp: string, stored: string | null): boolean =>
    fillDetails(catalog, stamp, stored),
};

/** Progress and outcome of the latest sync, watched by the popup. */
export const syncState = storedValue<SyncState | null>('local', 'syncState', null);

export interface Connection {
  baseUrl: string;
  token: string | null;
  /** The Authorization form this address accepted before (authForms). */
  authForm: AuthForm | null;
}

/** Per API origin, the Authorization form it accepted when Bearer was refused (the raw token,
 * as Planpoint's viewer docs send it): a restarted background tries that one first. */
const authForms = storedValue<Record<string, AuthForm>>('local', 'authForms', {});

export async function rememberAuthForm(origin: string, form: AuthForm): Promise<void> {
  await authForms.setValue({ ...(await authForms.getValue()), [origin]: form });
}

/** Buyers' enquiries, read after each sync (lib/catalog/leads.ts). Personal data: this device
 * only, and removed at sign-out with the account. */
export const leadsSnapshot = storedValue<LeadsSnapshot | null>('local', 'leads', null);

/** When the agent last opened the Leads view: leads after it are new. */
export const leadsSeenAt = storedValue<number | null>('local', 'leadsSeenAt', null);

/** What the syncs of the last 14 days changed (lib/catalog/change-log.ts, bounded there). Read
 * by the background at each sync and by the popup only when its Changes view opens. */
export const changeLog = storedValue<ChangeLog | null>('local', 'changeLog', null);

/** The units and searches the agent starred: a sync that changes one says so in a notification. */
export const watched = storedValue<Watched>('local', 'watched', NOTHING_WATCHED);

/** The units the agent put on hold from the extension, with private notes (lib/catalog/my-holds.ts).
 * This device only, removed at sign-out: a note is about a buyer. */
export const myHolds = storedValue<MyHolds>('local', 'myHolds', NO_HOLDS);

/** Projects where Planpoint answered a write with 403: the token may view them but not change
 * them, so the popup shows that sentence instead of their editing tools until the next sign-in. */
export const viewOnlyProjects = storedValue<string[]>('local', 'viewOnlyProjects', []);

/** The saved address and token, read in one storage read so that a request never pairs one
 * account's token with another's address (a save writes both in one step: saveConnection). */
export async function savedConnection(): Promise<Connection> {
  const [token, baseUrl, forms] = await readTogether([apiToken, apiBaseUrl, authForms]);
  const parsed = parseBaseUrl(baseUrl);
  return { token, baseUrl, authForm: parsed.ok ? (forms[parsed.origin] ?? null) : null };
}

export async function saveConnection(baseUrl: string, token: string): Promise<void> {
  await writeTogether([apiToken.entry(token), apiBaseUrl.entry(baseUrl)]);
}

/**
 * What belongs to the signed-in account: removed at sign-out, and before another account's
 * token or another server is saved, so nothing of one account shows for the next. The address,
 * the viewer key and the badge's project stay: they are this browser's settings.
 */
export const ACCOUNT_VALUES = {
  apiToken,
  accountInfo,
  catalogSnapshot,
  syncState,
  viewOnlyProjects,
  leadsSnapshot,
  leadsSeenAt,
  changeLog,
  watched,
  myHolds,
} as const;

export async function clearAccountValues(): Promise<void> {
  await Promise.all(Object.values(ACCOUNT_VALUES).map((value) => value.removeValue()));
}

/** The project whose available-unit count shows on the toolbar icon; null: no count. */
export const badgeProjectId = storedValue<string | null>('local', 'badgeProjectId', null);

/** Whether the toolbar badge counts leads the agent has not seen yet (Settings; off at first). */
export const badgeNewLeads = storedValue<boolean>('local', 'badgeNewLeads', false);

/** The popup's last search, restored when it opens again within a few minutes. Session
 * storage: kept while the browser runs, never written to disk. */
export const lastQuery = storedValue<{ text: string; at: number } | null>(
  'session',
  'lastQuery',
  null,
);
