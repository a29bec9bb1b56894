// After each sync: what changed since the catalog before it, into the change log; the last
// day's changes per project into the catalog's head (the project list reads them from there,
// with no read of its own); and a notification for each change to something the agent watches.
// A change made from the extension itself goes into the log when it is stored (withOwnChanges).
import { compareCatalogs, diffCatalogs } from '../catalog/changes';
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

/**
 * `after` (the stored catalog with a change made from the extension: a status, an edit, a unit
 * added or deleted) with that change in the change log and the project list's last-day line.
 * The next sync compares against a catalog that already has it, so it would never be logged
 * otherwise. Only the units the change touched are compared: the others are the same objects.
 */
export async function withOwnChanges(before: Catalog, after: Catalog): Promise<Catalog> {
  const kept = new Set(after.units);
  const had = new Set(before.units);
  const was = before.units.filter((unit) => !kept.has(unit));
  const now = after.units.filter((unit) => !had.has(unit));
  const changes = diffCatalogs({ ...before, units: was }, { ...after, units: now });
  if (changes.length === 0) return after;
  const at = Date.now();
  try {
    const log = recordChanges(await changeLog.getValue(), changes, at);
    await changeLog.setValue(log);
    return { ...after, recentChanges: recentTally(log, at) };
  } catch (error) {
    // Planpoint has the change: the catalog must still show it, logged or not.
    console.warn('Planpoint Agent: own change not logged', error);
    return after;
  }
}
