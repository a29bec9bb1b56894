// A search over a few units of a catalog, as the popup would search them: what a watched search
// finds among the units a sync changed (new-matches.ts) and the Changes view's stars.
import type { Catalog, Unit } from './model';
import { buildSearchIndex } from '../search/index';
import { searchCatalog } from '../search/search';

/** Search over a few units of a catalog (with every project, group and enterprise, so project
 * names and cities match as in the popup), for one or several queries on one index. */
export function searcher(context: Catalog, units: readonly Unit[]): (query: string) => Unit[] {
  if (units.length === 0) return () => [];
  // Only the units' own projects: a search cannot find a unit through another project.
  const own = new Set(units.map((unit) => unit.projectId));
  const projects = context.projects.filter((project) => own.has(project.id));
  const index = buildSearchIndex({ ...context, projects, units: [...units] });
  return (query) => searchCatalog(index, query, { limit: units.length }).units;
}

/** The ids of `candidates` the search finds. */
export function unitsFoundBy(
  context: Catalog,
  query: string,
  candidates: readonly Unit[],
): Set<string> {
  return new Set(searcher(context, candidates)(query).map((unit) => unit.id));
}
