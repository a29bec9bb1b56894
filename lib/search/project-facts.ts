// Per project, what its units hold: value ranges (a filter can skip a project unseen), and units
// grouped by code with their known prices, areas and floors sorted. Once the ranked page is full, a
// project only has to be counted, and "2bd under 600k available" counts as a few binary searches
// in the runs of the accepted codes instead of a visit of 200 units.

import type { UnitFacts } from './unit-facts';

/** Known values of code run k, ascending: values[start[k] .. start[k + 1]). */
export interface SortedRuns {
  start: Uint32Array;
  values: Float64Array;
}

export interface ProjectFacts {
  priceMin: Float64Array;
  priceMax: Float64Array;
  areaMin: Float64Array;
  areaMax: Float64Array;
  bathroomsMax: Float64Array;
  /** Code runs of project p are runs codeStart[p] .. codeStart[p + 1]. */
  codeStart: Uint32Array;
  /** The code of each run, and how many units of the project carry it. */
  codes: Uint16Array;
  codeCounts: Uint32Array;
  prices: SortedRuns;
  areas: SortedRuns;
  floors: SortedRuns;
}

function sortedRuns(runs: number[][], values: Float64Array): SortedRuns {
  const start = new Uint32Array(runs.length + 1);
  const sorted = new Float64Array(values.length);
  let at = 0;
  runs.forEach((units, k) => {
    start[k] = at;
    for (const unit of units) {
      const value = values[unit] as number;
      if (!Number.isNaN(value)) sorted[at++] = value;
    }
    sorted.subarray(start[k], at).sort();
  });
  start[runs.length] = at;
  return { start, values: sorted.slice(0, at) };
}

/** Summaries of the unit ranges start[p] .. start[p + 1]; unknown (NaN) values are left out. */
export function summarizeProjects(facts: UnitFacts, start: Uint32Array): ProjectFacts {
  const count = start.length - 1;
  const priceMin = new Float64Array(count).fill(Infinity);
  const priceMax = new Float64Array(count).fill(-Infinity);
  const areaMin = new Float64Array(count).fill(Infinity);
  const areaMax = new Float64Array(count).fill(-Infinity);
  const bathroomsMax = new Float64Array(count).fill(-Infinity);
  const codeStart = new Uint32Array(count + 1);
  const codes: number[] = [];
  const runs: number[][] = [];
  for (let p = 0; p < count; p++) {
    const byCode = new Map<number, number[]>();
    for (let u = start[p] as number; u < (start[p + 1] as number); u++) {
      // Comparisons with NaN are false: unknown values never widen a range.
      const price = facts.price[u] as number;
      const area = facts.areaSqft[u] as number;
      const bathrooms = facts.bathrooms[u] as number;
      if (price < (priceMin[p] as number)) priceMin[p] = price;
      if (price > (priceMax[p] as number)) priceMax[p] = price;
      if (area < (areaMin[p] as number)) areaMin[p] = area;
      if (area > (areaMax[p] as number)) areaMax[p] = area;
      if (bathrooms > (bathroomsMax[p] as number)) bathroomsMax[p] = bathrooms;
      const code = facts.code[u] as number;
      const run = byCode.get(code);
      if (run === undefined) byCode.set(code, [u]);
      else run.push(u);
    }
    codeStart[p] = codes.length;
    for (const [code, units] of byCode) {
      codes.push(code);
      runs.push(units);
    }
  }
  codeStart[count] = codes.length;
  return {
    priceMin,
    priceMax,
    areaMin,
    areaMax,
    bathroomsMax,
    codeStart,
    codes: Uint16Array.from(codes),
    codeCounts: Uint32Array.from(runs, (units) => units.length),
    prices: sortedRuns(runs, facts.price),
    areas: sortedRuns(runs, facts.areaSqft),
    floors: sortedRuns(runs, facts.floorLevel),
  };
}

/** First position in values[from .. to) holding a value above `limit` (or >= it when `equal`). */
function bound(
  values: Float64Array,
  from: number,
  to: number,
  limit: number,
  equal: boolean,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle] as number;
    if (value < limit || (!equal && value === limit)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many known values of run k lie in [min, max]. */
export function countInRun(runs: SortedRuns, k: number, min: number, max: number): number {
  const from = runs.start[k] as number;
  const to = runs.start[k + 1] as number;
  return bound(runs.values, from, to, max, false) - bound(runs.values, from, to, min, true);
}
