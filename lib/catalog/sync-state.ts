// What the popup shows about syncing: progress while it runs, the last error after it failed.
import type { ErrorFacts, PlanpointErrorKind } from '../planpoint/errors';
import type { StoredError } from './model';

/** Facts, not a sentence: lib/error-text.ts words them in the language of the page showing them. */
export interface SyncError extends StoredError {
  kind: PlanpointErrorKind;
  facts?: ErrorFacts;
  /** Epoch ms. */
  at: number;
}

export interface SyncState {
  running: boolean;
  /** Epoch ms the running (or last) sync started. A "running" state left by a worker that was
   * stopped mid-sync is recognised when the worker starts again (clearStaleSyncState). */
  startedAt: number | null;
  /** Projects done / total while running ("12 of 40 projects"). */
  done: number;
  total: number;
  /** Epoch ms of the last sync that wrote a catalog. */
  lastSuccessAt: number | null;
  /** The error that ended the last sync, null when it succeeded. */
  lastError: SyncError | null;
  /** How many times Planpoint asked the last sync to slow down (429s it waited out). */
  slowDowns?: number;
}

export const IDLE_SYNC_STATE: SyncState = {
  running: false,
  startedAt: null,
  done: 0,
  total: 0,
  lastSuccessAt: null,
  lastError: null,
};

/** Failures where Planpoint never answered: the popup says "Offline" and holds back changes. */
const OFFLINE_KINDS: ReadonlySet<string> = new Set(['network', 'timeout']);

/** Whether the last sync ended without reaching Planpoint (and has not been retried since). */
export function lastSyncOffline(state: SyncState | null | undefined): boolean {
  return !!state?.lastError && OFFLINE_KINDS.has(state.lastError.kind);
}
