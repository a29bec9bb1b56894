// Which of a sync's changes concern what the agent watches (lib/catalog/watched.ts): a change to
// a starred unit, or units a starred search finds that it did not find before (new-matches.ts).
import type { CatalogDiff, UnitChange } from './changes';
import type { Catalog, Unit } from './model';
import { newMatchesOf } from './new-matches';
import type { Watched, WatchedUnit } from './watched';

export type WatchAlert =
  | { kind: 'unit'; unit: WatchedUnit; changes: UnitChange[] }
  | { kind: 'search'; query: string; units: Unit[] };

/** One alert per watched unit that changed and per watched search with new matches. */
export function watchAlerts(
  watched: Watched,
  before: Catalog | null,
  after: Catalog,
  diff: CatalogDiff,
): WatchAlert[] {
  const { changes } = diff;
  if (!before || changes.length === 0) return [];
  const alerts: WatchAlert[] = [];
  if (watched.units.length > 0) {
    // Only the watched units' changes are gathered: a table of all 60,000 would cost more.
    const watchedIds = new Set(watched.units.map((unit) => unit.id));
    const byUnit = new Map<string, UnitChange[]>();
    for (const change of changes) {
      if (!watchedIds.has(change.unitId)) continue;
      const list = byUnit.get(change.unitId);
      if (list) list.push(change);
      else byUnit.set(change.unitId, [change]);
    }
    for (const unit of watched.units) {
      const own = byUnit.get(unit.id);
      if (own) alerts.push({ kind: 'unit', unit, changes: own });
    }
  }
  for (const [query, units] of newMatchesOf(watched.searches, before, after, diff)) {
    alerts.push({ kind: 'search', query, units });
  }
  return alerts;
}
