// The units a watched search finds after a sync that it did not find before: new units, and
// units whose change (a price drop, a release) brought them into the search.
//
// A price list rewritten at once changes every unit, and indexing 60,000 changed units for the
// search took most of the time change tracking adds to a sync. So the search's filters ("2bd",
// "under 600k", "available") are checked first on each changed unit's facts, now and before,
// which needs no index: a unit the search may newly find passes them now, and did not before
// or was read differently by the search's words. Only those few units are indexed and searched.
import { compareCatalogs, type CatalogDiff } from './changes';
import type { Catalog, Project, Unit } from './model';
import { searcher } from './unit-search';
import { UnitFilter, unitConditions, type UnitConditions } from '../search/filters';
import { projectFieldWords, sameUnitWords } from '../search/index';
import { parseQuery } from '../search/query';
import { factsOf } from '../search/unit-facts';

function projectsById(catalog: Catalog): Map<string, Project> {
  return new Map(catalog.projects.map((project) => [project.id, project]));
}

/** Projects the search finds by the same words before and after (name, city, groups…). */
function projectsWordedAlike(before: Catalog, after: Catalog): Set<string> {
  const was = projectFieldWords(before);
  const alike = new Set<string>();
  for (const [projectId, words] of projectFieldWords(after)) {
    const old = was.get(projectId);
    if (!old || old.size !== words.size) continue;
    let same = true;
    for (const [word, fields] of words) if (old.get(word) !== fields) same = false;
    if (same) alike.add(projectId);
  }
  return alike;
}

/**
 * Per query, the units it finds after this sync that it did not find before, in `after`'s order.
 * A search finds a unit when its words match and its filters pass; for a changed unit whose
 * words read the same as before, only the filters can have changed the answer.
 */
export function newMatchesOf(
  queries: readonly string[],
  before: Catalog,
  after: Catalog,
  { changed: now, was }: CatalogDiff,
): Map<string, Unit[]> {
  const found = new Map<string, Unit[]>();
  if (queries.length === 0) return found;
  if (now.length === 0) return found;
  const afterProjects = projectsById(after);
  const nowFacts = factsOf(now, (id) => afterProjects.get(id));
  const filters = queries.map((query) => unitConditions(parseQuery(query).filters));

  // Per query, the changed units (positions in `now`) that pass its filters now; null for a
  // query without filters, which every unit passes, before as now.
  const passing = filters.map((conditions) => {
    if (conditions.none) return null;
    const filter = new UnitFilter(nowFacts, conditions);
    const positions: number[] = [];
    for (let k = 0; k < now.length; k++) if (filter.passes(k) !== 0) positions.push(k);
    return positions;
  });

  // Whether the search's words read a changed unit as before: then it was found before exactly
  // when it passed the filters then. Worked out once per unit, when first needed.
  const alike = projectsWordedAlike(before, after);
  const wordedAlike = new Uint8Array(now.length); // 0: not known yet, 1: alike, 2: not
  const readAlike = (k: number): boolean => {
    if (wordedAlike[k] === 0) {
      const old = was[k];
      const unit = now[k] as Unit;
      wordedAlike[k] = old && alike.has(unit.projectId) && sameUnitWords(old, unit) ? 1 : 2;
    }
    return wordedAlike[k] === 1;
  };
  // The facts before the sync, of the units some query's filters pass now.
  const checkBefore: (Unit | null)[] = new Array<Unit | null>(now.length).fill(null);
  for (const positions of passing) {
    for (const k of positions ?? []) if (readAlike(k)) checkBefore[k] = was[k] as Unit;
  }
  const beforeProjects = projectsById(before);
  const wasFacts = factsOf(checkBefore, (id) => beforeProjects.get(id));

  // Per query, the changed units it may newly find.
  const maybe = passing.map((positions, q) => {
    if (positions === null) {
      const reworded: number[] = [];
      for (let k = 0; k < now.length; k++) if (!readAlike(k)) reworded.push(k);
      return reworded;
    }
    const passedBefore = new UnitFilter(wasFacts, filters[q] as UnitConditions);
    return positions.filter((k) => !readAlike(k) || passedBefore.passes(k) === 0);
  });
  const position = new Map<Unit, number>();
  for (const positions of maybe) for (const k of positions) position.set(now[k] as Unit, k);
  const searchNow = searcher(after, [...position.keys()]);

  queries.forEach((query, q) => {
    if ((maybe[q] as number[]).length === 0) return;
    const mayFind = new Set(maybe[q]);
    const foundNow = searchNow(query)
      .map((unit) => position.get(unit) as number)
      .filter((k) => mayFind.has(k));
    // Units the words read differently before (a new name, a project renamed): searched as
    // they were, like the popup would have. Usually none.
    const reread = foundNow.flatMap((k) => (was[k] && !readAlike(k) ? [was[k]] : []));
    const foundBefore = new Set(searcher(before, reread)(query));
    const units = foundNow
      .filter((k) => !foundBefore.has(was[k] as Unit))
      .sort((a, b) => a - b)
      .map((k) => now[k] as Unit);
    if (units.length > 0) found.set(query, units);
  });
  return found;
}

export function newMatches(query: string, before: Catalog, after: Catalog): Unit[] {
  const diff = compareCatalogs(before, after);
  return newMatchesOf([query], before, after, diff).get(query) ?? [];
}
