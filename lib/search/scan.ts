// The one pass over units per keystroke. It visits only projects where every word can match and
// the filters can be met, and inside them every unit or, when a word matched few units there,
// just those (walking that word's bit set). Ranking needs only the first `limit` units of each
// bucket; once every bucket a project's units can land in is full, the project is counted
// instead: from its sorted code runs when the filters allow, else by a bare count loop.

import { countFromRuns, projectMayMeet, UnitFilter, type UnitConditions } from './filters';
import type { SearchIndex } from './index';
import { bucketOf, OTHER_FIELD, type RankedUnits } from './rank';
import type { WordMatch } from './word-match';

/**
 * Collects into `out` (from position `from`) the units of [start, end) set in `bits` and not
 * already matched in one of the first `seenCount` of `seen`; returns the new length.
 */
function unitsInRange(
  bits: Uint32Array,
  start: number,
  end: number,
  seen: readonly Uint8Array[],
  seenCount: number,
  out: Uint32Array,
  from: number,
): number {
  let count = from;
  const last = (end - 1) >>> 5;
  for (let block = start >>> 5; block <= last; block++) {
    let set = bits[block] as number;
    while (set !== 0) {
      const lowest = set & -set;
      set ^= lowest;
      const unit = (block << 5) + 31 - Math.clz32(lowest);
      if (unit < start || unit >= end) continue;
      let repeated = false;
      for (let w = 0; w < seenCount; w++) if ((seen[w] as Uint8Array)[unit] !== 0) repeated = true;
      if (!repeated) out[count++] = unit;
    }
  }
  return count;
}

/** The best way `unit` matched any word. */
function bestMatch(ranking: readonly Uint8Array[], unit: number): number {
  let best = OTHER_FIELD;
  for (const unitMatch of ranking) {
    const how = unitMatch[unit] as number;
    if (how !== 0 && how < best) best = how;
  }
  return best;
}

function matchesAll(unmatched: readonly Uint8Array[], count: number, unit: number): boolean {
  for (let w = 0; w < count; w++) if ((unmatched[w] as Uint8Array)[unit] === 0) return false;
  return true;
}

function largestProject(projectStart: Uint32Array): number {
  let largest = 0;
  for (let p = 0; p + 1 < projectStart.length; p++) {
    largest = Math.max(largest, (projectStart[p + 1] as number) - (projectStart[p] as number));
  }
  return largest;
}

export function scanUnits(
  index: SearchIndex,
  words: readonly WordMatch[],
  c: UnitConditions,
  ranked: RankedUnits,
): void {
  const { projectStart, projectFacts, facts } = index;
  const { tiers } = c;
  const projects = projectStart.length - 1;
  const filter = new UnitFilter(facts, c);
  const ranking = words.map((word) => word.unitMatch);
  const unmatched = ranking.slice();
  const seen = ranking.slice();
  const candidates = new Uint32Array(Math.max(1, largestProject(projectStart)));

  // A project is worth a look only when every word names it or one of its units.
  const possible = new Uint8Array(projects).fill(1);
  for (const word of words) {
    const { projectFields, projectUnits } = word;
    for (let project = 0; project < projects; project++) {
      if (projectFields[project] === 0 && projectUnits[project] === 0) possible[project] = 0;
    }
  }

  for (let project = 0; project < projects; project++) {
    if (possible[project] === 0) continue;
    if (!c.none && !projectMayMeet(projectFacts, c, project)) continue;
    // Words this project does not name must each match a unit; the rarest one drives the visit.
    let unmatchedCount = 0;
    let driver: WordMatch | null = null;
    // How units here can rank: a unit ranks by the best way it matched any word, and it matched
    // each word this project does not name, so no worse than the worst way that word matched.
    let possibleHow = 1 << OTHER_FIELD;
    let worst = OTHER_FIELD;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as WordMatch;
      const how = word.projectHow[project] as number;
      possibleHow |= how;
      if (word.projectFields[project] !== 0) continue;
      unmatched[unmatchedCount++] = word.unitMatch;
      worst = Math.min(worst, 31 - Math.clz32(how));
      if (driver === null || word.unitCount < driver.unitCount) driver = word;
    }
    possibleHow &= (2 << worst) - 1;
    const start = projectStart[project] as number;
    const end = projectStart[project + 1] as number;

    if (ranked.isFullFor(possibleHow, tiers)) {
      // Every bucket this project's units can land in is full: only the total still moves.
      let units: number;
      if (driver === null) {
        units = countFromRuns(projectFacts, c, project) ?? countRange(filter, start, end);
      } else if (unmatchedCount === 1 && c.none) {
        units = driver.projectUnits[project] as number;
      } else {
        const hits = unitsInRange(driver.unitBits, start, end, seen, 0, candidates, 0);
        units = countHits(filter, unmatched, unmatchedCount, candidates, hits);
      }
      ranked.addCount(units);
      continue;
    }

    if (driver === null && ranked.isFullFor(1 << OTHER_FIELD, tiers)) {
      const units = countFromRuns(projectFacts, c, project);
      if (units !== null) {
        // Every unit matches every word here and ranks "other field" unless its number matched:
        // count the project from its runs, then visit just the units whose number matched.
        ranked.addCount(units);
        let numbered = 0;
        let seenCount = 0;
        for (const word of words) {
          if (((word.projectHow[project] as number) & ~(1 << OTHER_FIELD)) === 0) continue;
          numbered = unitsInRange(word.unitBits, start, end, seen, seenCount, candidates, numbered);
          seen[seenCount++] = word.unitMatch;
        }
        // Several words' units, each in display order: merge them into one order.
        if (seenCount > 1) candidates.subarray(0, numbered).sort();
        for (let k = 0; k < numbered; k++) {
          const unit = candidates[k] as number;
          const accepted = filter.passes(unit);
          const how = bestMatch(ranking, unit);
          if (accepted !== 0 && how < OTHER_FIELD) ranked.move(unit, bucketOf(how, accepted - 1));
        }
        continue;
      }
    }

    const count =
      driver === null
        ? end - start
        : unitsInRange(driver.unitBits, start, end, seen, 0, candidates, 0);
    for (let k = 0; k < count; k++) {
      const unit = driver === null ? start + k : (candidates[k] as number);
      if (!matchesAll(unmatched, unmatchedCount, unit)) continue;
      const accepted = filter.passes(unit);
      if (accepted !== 0) ranked.add(unit, bucketOf(bestMatch(ranking, unit), accepted - 1));
    }
  }
}

function countRange(filter: UnitFilter, start: number, end: number): number {
  let units = 0;
  for (let unit = start; unit < end; unit++) if (filter.passes(unit) !== 0) units++;
  return units;
}

function countHits(
  filter: UnitFilter,
  unmatched: readonly Uint8Array[],
  unmatchedCount: number,
  candidates: Uint32Array,
  hits: number,
): number {
  let units = 0;
  for (let k = 0; k < hits; k++) {
    const unit = candidates[k] as number;
    if (matchesAll(unmatched, unmatchedCount, unit) && filter.passes(unit) !== 0) units++;
  }
  return units;
}
