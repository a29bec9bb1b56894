// The change log: what each sync of the last 14 days changed, kept in storage.local for the
// Changes view. Bounded so a price list rewritten every day cannot grow it without end:
// - entries older than KEEP_MS are dropped at each sync;
// - at most MAX_CHANGES_KEPT unit changes in all (about 100 bytes each as JSON, so at most about
//   200 kB), the newest kept: a sync that changes more keeps its first ones and counts the rest;
// - a sync's per-project tally (the project list's "3 sold, 2 prices changed") is kept only for
//   RECENT_MS, the window that line covers, and is at most one small object per changed project.
// Syncs that changed nothing leave no entry.
import { tallyChanges, type ChangeTally, type UnitChange } from './changes';

export const KEEP_MS = 14 * 24 * 60 * 60_000;
export const RECENT_MS = 24 * 60 * 60_000;
export const MAX_CHANGES_KEPT = 2_000;

export interface SyncChanges {
  /** Epoch ms of the sync that saw the changes. */
  at: number;
  changes: UnitChange[];
  /** Changes this sync found that the bound did not keep. */
  omitted: number;
  /** Every change of this sync (kept or not) counted per project; gone after RECENT_MS. */
  tally?: Record<string, ChangeTally>;
}

export interface ChangeLog {
  /** Newest first. */
  syncs: SyncChanges[];
}

/** The log with one sync's changes added (when there are any) and everything out of bounds cut. */
export function recordChanges(
  log: ChangeLog | null,
  changes: readonly UnitChange[],
  at: number,
): ChangeLog {
  const syncs = changes.length
    ? [
        { at, changes: [...changes], omitted: 0, tally: tallyChanges(changes) },
        ...(log?.syncs ?? []),
      ]
    : [...(log?.syncs ?? [])];
  let room = MAX_CHANGES_KEPT;
  const kept: SyncChanges[] = [];
  for (const sync of syncs) {
    if (sync.at < at - KEEP_MS) continue;
    const tally = sync.at >= at - RECENT_MS ? sync.tally : undefined;
    const take = Math.min(room, sync.changes.length);
    room -= take;
    if (take === 0 && !tally) continue;
    kept.push({
      at: sync.at,
      changes: take === sync.changes.length ? sync.changes : sync.changes.slice(0, take),
      omitted: sync.omitted + sync.changes.length - take,
      ...(tally ? { tally } : {}),
    });
  }
  return { syncs: kept };
}

/** Per project, the changes of the syncs in the RECENT_MS before `now`. */
export function recentTally(log: ChangeLog | null, now: number): Record<string, ChangeTally> {
  const total: Record<string, ChangeTally> = {};
  for (const sync of log?.syncs ?? []) {
    if (sync.at < now - RECENT_MS || !sync.tally) continue;
    for (const [projectId, tally] of Object.entries(sync.tally)) {
      const sum = (total[projectId] ??= {});
      for (const [key, count] of Object.entries(tally) as [keyof ChangeTally, number][]) {
        sum[key] = (sum[key] ?? 0) + count;
      }
    }
  }
  return total;
}
