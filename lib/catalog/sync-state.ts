// What the popup shows about syncing: progress while it runs, the last error after it failed.
import type { PlanpointErrorKind } from '../planpoint/errors';

export interface SyncError {
  kind: PlanpointErrorKind;
  /** A sentence for the agent ("Planpoint could not be reached…"). */
  message: string;
  /** Epoch ms. */
  at: number;
}

export interface SyncState {
  running: boolean;
  /** Epoch ms the running (or last) sync started; a "running" state from a worker that was
   * stopped mid-sync is recognised by its age and by the worker's restart. */
  startedAt: number | null;
  /** Projects done / total while running ("12 of 40 projects"). */
  done: number;
  total: number;
  /** Epoch ms of the last sync that wrote a catalog. */
  lastSuccessAt: number | null;
  /** The error that ended the last sync, null when it succeeded. */
  lastError: SyncError | null;
}

export const IDLE_SYNC_STATE: SyncState = {
  running: false,
  startedAt: null,
  done: 0,
  total: 0,
  lastSuccessAt: null,
  lastError: null,
};
