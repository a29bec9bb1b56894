// After each sync: what changed since the catalog before it, into the change log; the last
// day's changes per project into the catalog's head (the project list reads them from there,
// with no read of its own); and a notification for each change to something the agent watches.
import { compareCatalogs } from '../catalog/changes';
import { recentTally, recordChanges } from '../catalog/change-log';
import type { Catalog } from '../catalog/model';
import { watchAlerts, type WatchAlert } from '../catalog/watch';
import { changeLog, watched } from '../settings';

export interface TrackedSync {
  /** The new catalog with its `recentChanges`, to store. */
  catalog: Catalog;
  /** Store the change log once the catalog is stored. */
  saveLog: () => Promise<void>;
  alerts: WatchAlert[];
}

export async function trackChanges(
  previous: Catalog | null,
  catalog: Catalog,
): Promise<TrackedSync> {
  const [log, watching] = await Promise.all([changeLog.getValue(), watched.getValue()]);
  const diff = compareCatalogs(previous, catalog);
  const next = recordChanges(log, diff.changes, catalog.syncedAt);
  return {
    catalog: { ...catalog, recentChanges: recentTally(next, catalog.syncedAt) },
    // The catalog is stored by then: a log that cannot be written is logged, not a failed sync.
    saveLog: () =>
      changeLog
        .setValue(next)
        .catch((error) => console.warn('Planpoint Agent: change log not stored', error)),
    alerts: watchAlerts(watching, previous, catalog, diff),
  };
}
