// Which of a sync's changes concern what the agent watches (lib/catalog/watched.ts): a change to
// a starred unit, or units a starred search finds that it did not find before.
import type { UnitChange } from './changes';
import type { Catalog, Unit } from './model';
import type { Watched, WatchedUnit } from './watched';
import { buildSearchIndex } from '../search/index';
import { searchCatalog } from '../search/search';

export type WatchAlert =
  | { kind: 'unit'; unit: WatchedUnit; changes: UnitChange[] }
  | { kind: 'search'; query: string; units: Unit[] };

/**
 * The units of `candidates` the search finds, run over those units alone (with every project,
 * group and enterprise, so project names and cities match as in the popup).
 */
export function unitsFoundBy(
  context: Catalog,
  query: string,
  candidates: readonly Unit[],
): Set<string> {
  if (candidates.length === 0) return new Set();
  const index = buildSearchIndex({ ...context, units: [...candidates] });
  const found = searchCatalog(index, query, { limit: candidates.length }).units;
  return new Set(found.map((unit) => unit.id));
}

/**
 * Units a watched search finds after this sync that it did not find before: new units, and units
 * whose change (a price drop, a release) brought them into the search.
 */
export function newMatches(
  query: string,
  before: Catalog,
  after: Catalog,
  changes: readonly UnitChange[],
): Unit[] {
  const changed = new Set(changes.map((change) => change.unitId));
  const now = after.units.filter((unit) => changed.has(unit.id));
  const matchedNow = unitsFoundBy(after, query, now);
  if (matchedNow.size === 0) return [];
  const earlier = before.units.filter((unit) => matchedNow.has(unit.id));
  const matchedBefore = unitsFoundBy(before, query, earlier);
  return now.filter((unit) => matchedNow.has(unit.id) && !matchedBefore.has(unit.id));
}

/** One alert per watched unit that changed and per watched search with new matches. */
export function watchAlerts(
  watched: Watched,
  before: Catalog | null,
  after: Catalog,
  changes: readonly UnitChange[],
): WatchAlert[] {
  if (!before || changes.length === 0) return [];
  const alerts: WatchAlert[] = [];
  for (const unit of watched.units) {
    const own = changes.filter((change) => change.unitId === unit.id);
    if (own.length > 0) alerts.push({ kind: 'unit', unit, changes: own });
  }
  for (const query of watched.searches) {
    const units = newMatches(query, before, after, changes);
    if (units.length > 0) alerts.push({ kind: 'search', query, units });
  }
  return alerts;
}
