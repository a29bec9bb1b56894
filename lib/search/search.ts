// One keystroke's search: parse, look each free word up once in the small word lists, then one
// pass over the units of the projects where every word can match (scan.ts).

import type { Project, Unit } from '../catalog/model';
import { unitConditions } from './filters';
import { FIELD_NAME, type SearchIndex } from './index';
import { parseQuery, type ParsedQuery } from './query';
import { compareProjectScores, RankedUnits, type ProjectScore } from './rank';
import { scanUnits } from './scan';
import { canonicalUnitNumber } from './unit-number';
import { matchJoinedNumber, MatchArrays, matchWord, type WordMatch } from './word-match';

export interface SearchResult {
  query: ParsedQuery;
  /** Ranked, at most `limit`. */
  units: Unit[];
  /** All matches before the limit ("312 units"). */
  totalUnits: number;
  /** Projects whose name, city, group or enterprise matches the free words; at most 10. */
  projects: Project[];
}

const DEFAULT_LIMIT = 50;
const MAX_PROJECTS = 10;

const arraysByIndex = new WeakMap<SearchIndex, MatchArrays>();

function arraysFor(index: SearchIndex): MatchArrays {
  let arrays = arraysByIndex.get(index);
  if (arrays === undefined) arraysByIndex.set(index, (arrays = new MatchArrays(index)));
  return arrays;
}

/**
 * Projects matched by at least one word in their own fields, where every other word matches
 * one of their units ("1204 parkview" lists Parkview when it has a 1204).
 */
function rankProjects(index: SearchIndex, matches: readonly WordMatch[]): Project[] {
  const scores: ProjectScore[] = [];
  for (let project = 0; project < index.projects.length; project++) {
    let words = 0;
    let nameWords = 0;
    let everyWord = true;
    for (const match of matches) {
      const fields = match.projectFields[project] as number;
      if (fields !== 0) {
        words++;
        if ((fields & FIELD_NAME) !== 0) nameWords++;
      } else if (match.projectUnits[project] === 0) {
        everyWord = false;
        break;
      }
    }
    if (everyWord && words > 0) scores.push({ project, words, nameWords });
  }
  return scores
    .sort(compareProjectScores)
    .slice(0, MAX_PROJECTS)
    .map((score) => index.projects[score.project] as Project);
}

export function searchCatalog(
  index: SearchIndex,
  raw: string,
  opts?: { limit?: number },
): SearchResult {
  const query = parseQuery(raw);
  if (query.words.length === 0 && query.filters.length === 0) {
    return { query, units: [], totalUnits: 0, projects: index.projects.slice() };
  }
  const limit = Math.max(0, Math.floor(opts?.limit ?? DEFAULT_LIMIT));
  const arrays = arraysFor(index);
  const canonical = query.words.map(canonicalUnitNumber);
  const matches = canonical.map((word, slot) => {
    const match = arrays.take(slot);
    matchWord(index, arrays, word, match);
    return match;
  });
  // "ph 2", "12 04": two words typed apart may be one unit number. A unit whose number the
  // joined words start with matches both words, ranked by that number match.
  for (let w = 0; w + 1 < canonical.length; w++) {
    const joined = `${canonical[w]}${canonical[w + 1]}`;
    matchJoinedNumber(index, joined, matches[w] as WordMatch, matches[w + 1] as WordMatch);
  }

  const ranked = new RankedUnits(limit, index.unitProject);
  scanUnits(index, matches, unitConditions(query.filters), ranked);
  return {
    query,
    units: ranked.top().map((unit) => index.units[unit] as Unit),
    totalUnits: ranked.total(),
    projects: query.words.length === 0 ? [] : rankProjects(index, matches),
  };
}
