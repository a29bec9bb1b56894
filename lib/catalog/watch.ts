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

/** Search over a few units of a catalog (with every project, group and enterprise, so project
 * names and cities match as in the popup), for one or several queries on one index. */
function searcher(context: Catalog, units: readonly Unit[]): (query: string) => Set<string> {
  if (units.length === 0) return () => new Set();
  // Only the units' own projects: a search cannot find a unit through another project.
  const own = new Set(units.map((unit) => unit.projectId));
  const projects = context.projects.filter((project) => own.has(project.id));
  const index = buildSearchIndex({ ...context, projects, units: [...units] });
  return (query) =>
    new Set(searchCatalog(index, query, { limit: units.length }).units.map((unit) => unit.id));
}

/** The ids of `candidates` the search finds. */
export function unitsFoundBy(
  context: Catalog,
  query: string,
  candidates: readonly Unit[],
): Set<string> {
  return searcher(context, candidates)(query);
}

/**
 * Per query, the units it finds after this sync that it did not find before: new units, and
 * units whose change (a price drop, a release) brought them into the search. The changed
 * units are indexed once for every query; their earlier state only where a query finds them.
 */
export function newMatchesOf(
  queries: readonly string[],
  before: Catalog,
  after: Catalog,
  changes: readonly UnitChange[],
): Map<string, Unit[]> {
  const found = new Map<string, Unit[]>();
  if (queries.length === 0) return found;
  const changed = new Set(changes.map((change) => change.unitId));
  const now = after.units.filter((unit) => changed.has(unit.id));
  const searchNow = searcher(after, now);
  const beforeById = new Map<string, Unit>();
  for (const unit of before.units) if (changed.has(unit.id)) beforeById.set(unit.id, unit);
  for (const query of queries) {
    const matchedNow = searchNow(query);
    if (matchedNow.size === 0) continue;
    // The earlier state only of the units the search finds now: usually a handful.
    const earlier = [...matchedNow].flatMap((id) => beforeById.get(id) ?? []);
    const matchedBefore = searcher(before, earlier)(query);
    const units = now.filter((unit) => matchedNow.has(unit.id) && !matchedBefore.has(unit.id));
    if (units.length > 0) found.set(query, units);
  }
  return found;
}

export function newMatches(
  query: string,
  before: Catalog,
  after: Catalog,
  changes: readonly UnitChange[],
): Unit[] {
  return newMatchesOf([query], before, after, changes).get(query) ?? [];
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
  if (watched.units.length > 0) {
    const byUnit = new Map<string, UnitChange[]>();
    for (const change of changes) {
      const list = byUnit.get(change.unitId);
      if (list) list.push(change);
      else byUnit.set(change.unitId, [change]);
    }
    for (const unit of watched.units) {
      const own = byUnit.get(unit.id);
      if (own) alerts.push({ kind: 'unit', unit, changes: own });
    }
  }
  for (const [query, units] of newMatchesOf(watched.searches, before, after, changes)) {
    alerts.push({ kind: 'search', query, units });
  }
  return alerts;
}
