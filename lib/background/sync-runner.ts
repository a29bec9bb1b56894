// Runs one sync at a time and records its progress and outcome where the popup can watch them.
import { readLeads } from '../catalog/leads';
import { syncCatalog } from '../catalog/sync';
import { IDLE_SYNC_STATE, type SyncState } from '../catalog/sync-state';
import { toPlanpointError } from '../planpoint/errors';
import {
  catalogSnapshot,
  leadsSnapshot,
  savedConnection,
  syncState,
  viewerKey,
  type Connection,
} from '../settings';
import { trackChanges } from './change-tracking';
import { storeNewLeadCount } from './lead-count';
import { planpoint, slowDownCount } from './planpoint';
import { notifyWatched } from './watch-notifications';
import { reviewHolds } from './my-holds';

/** Progress is written at most this often: a 300-project sync would otherwise do 300 writes. */
const PROGRESS_WRITE_INTERVAL_MS = 250;

let inFlight: Promise<void> | null = null;
/**
 * Whether the running sync has stored its catalog and only reads leads and notifies now: the
 * popup shows it finished, so a Refresh asked for from here on wants newer data than it has.
 */
let catalogStored = false;
let rerun: Promise<void> | null = null;

/** Start a sync, or join the one already running. Never rejects: the outcome is in syncState. */
export function runSync(): Promise<void> {
  if (inFlight && catalogStored) {
    rerun ??= inFlight.then(() => {
      rerun = null;
      return runSync();
    });
    return rerun;
  }
  inFlight ??= syncOnce()
    .finally(() => {
      inFlight = null;
      catalogStored = false;
    })
    // Another account was saved mid-sync, and its save joined this sync: sync it now.
    .then((outcome) => (outcome === 'account-changed' ? runSync() : undefined));
  return inFlight;
}

export function isSyncRunning(): boolean {
  return inFlight !== null;
}

/**
 * A new background instance cannot be in the middle of a sync, so a stored "running" state is
 * left over from a worker the browser stopped mid-sync (MV3 stops idle service workers). The
 * stored catalog is still the last complete one (it is written in one step); the refresh that
 * was asked for is run again now rather than dropped, since a fresh-looking catalog would not
 * trigger one when the popup next opens.
 */
export async function clearStaleSyncState(): Promise<void> {
  const state = await syncState.getValue();
  if (!state?.running || inFlight) return;
  await syncState.setValue({ ...state, running: false });
  void runSync();
}

async function syncOnce(): Promise<'done' | 'account-changed'> {
  const connection = await savedConnection();
  if (!connection.token) return 'done';
  const [key, previous, before] = await Promise.all([
    viewerKey.getValue(),
    catalogSnapshot.getValue(),
    syncState.getValue(),
  ]);
  const slowDownsBefore = slowDownCount();
  let state: SyncState = {
    ...(before ?? IDLE_SYNC_STATE),
    slowDowns: 0,
    running: true,
    startedAt: Date.now(),
    done: 0,
    total: 0,
  };
  await syncState.setValue(state);

  let lastWrite = 0;
  const onProgress = (done: number, total: number) => {
    state = { ...state, done, total };
    const now = Date.now();
    if (done === total || now - lastWrite >= PROGRESS_WRITE_INTERVAL_MS) {
      lastWrite = now;
      void syncState.setValue(state);
    }
  };

  try {
    const synced = await syncCatalog(planpoint, { viewerKey: key, previous, onProgress });
    const tracked = await trackChanges(previous, synced);
    const catalog = tracked.catalog;
    const changed = await accountChange(connection);
    if (changed) return changed;
    await catalogSnapshot.setValue(catalog);
    await tracked.saveLog();
    await syncState.setValue({
      ...state,
      running: false,
      lastSuccessAt: catalog.syncedAt,
      lastError: null,
      slowDowns: slowDownCount() - slowDownsBefore,
    });
    catalogStored = true;
    await notifyWatched(tracked.alerts, catalog.projects, catalog.syncedAt).catch((error) =>
      console.warn('Planpoint Agent: watch notification not shown', error),
    );
    // Notes are personal: only the failure's kind of error is logged, never a hold's text.
    await reviewHolds(catalog).catch((error) =>
      console.warn('Planpoint Agent: holds not reviewed', String(error?.name ?? 'error')),
    );
    await refreshLeads(
      connection,
      catalog.projects.map((project) => project.id),
    );
  } catch (error) {
    const changed = await accountChange(connection);
    if (changed) return changed;
    const failure = toPlanpointError(error);
    // The developer-facing message: method, path, status; never the token (errors.ts).
    console.warn(`Planpoint Agent: sync failed (${failure.kind}): ${failure.message}`);
    await syncState.setValue({
      ...state,
      running: false,
      lastError: { kind: failure.kind, facts: failure.facts, at: Date.now() },
    });
  }
  return 'done';
}

/**
 * The agent may have signed out, or saved another account, while a sync ran: its outcome must
 * not bring data back, nor show one account's catalog or error for the next.
 */
async function accountChange(syncedFor: Connection): Promise<'done' | 'account-changed' | null> {
  const now = await savedConnection();
  if (!now.token) {
    await syncState.removeValue();
    return 'done';
  }
  return now.token === syncedFor.token && now.baseUrl === syncedFor.baseUrl
    ? null
    : 'account-changed';
}

/**
 * Leads, after the catalog is stored (the popup shows the units first). A failure keeps the
 * leads read before and is logged by kind only: a lead is personal data, never written to a log.
 */
async function refreshLeads(syncedFor: Connection, projectIds: string[]): Promise<void> {
  try {
    const snapshot = await readLeads(planpoint, projectIds);
    if (await accountChange(syncedFor)) return;
    await leadsSnapshot.setValue(snapshot);
    await storeNewLeadCount();
  } catch (error) {
    console.warn(`Planpoint Agent: leads not read (${toPlanpointError(error).kind})`);
  }
}
