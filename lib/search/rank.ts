// Ranking without sorting. A unit's rank is a small bucket number: how its number matched (exact,
// prefix, substring, not at all) times its availability tier. Units are visited in display order
// (project name, then unit number), so each bucket fills already in order: keeping the first
// `limit` of each bucket and counting the rest gives the ranked page and the total in one pass.
//
// Within a bucket, the first few units of each project come before the rest of any project, so
// a broad search ("2bd under 600k") shows several projects on its first page instead of the
// alphabetically first one only. The order does not depend on `limit`: "Show more" only adds
// rows below the ones already shown.

import { NUMBER_EXACT } from './number-index';

/** Exact unit number, number prefix, number substring, another field. */
export const MATCH_CLASSES = 4;
/** Available, on hold or reserved, the rest. */
export const TIERS = 3;
/** Match value of a word that matched a unit field other than its number. */
export const OTHER_FIELD = NUMBER_EXACT + MATCH_CLASSES - 1;

export function bucketOf(bestMatch: number, tier: number): number {
  return (bestMatch - NUMBER_EXACT) * TIERS + tier;
}

/** A project's first units in a bucket, listed before any project's further ones. */
export const FIRST_PER_PROJECT = 5;

export class RankedUnits {
  /** Every unit ranked in each bucket, listed or not. */
  private readonly counts = new Uint32Array(MATCH_CLASSES * TIERS);
  /** Per bucket: each project's first units, in visit order. */
  private readonly first: Uint32Array;
  private readonly firstCount = new Uint32Array(MATCH_CLASSES * TIERS);
  /** Per bucket: the units after a project's first ones, in visit order. */
  private readonly rest: Uint32Array;
  private readonly restCount = new Uint32Array(MATCH_CLASSES * TIERS);
  /** The project last added to each bucket, and how many of its units the bucket has. */
  private readonly lastProject = new Int32Array(MATCH_CLASSES * TIERS).fill(-1);
  private readonly inLastProject = new Uint32Array(MATCH_CLASSES * TIERS);
  private countedOnly = 0;

  /** `unitProject`: each unit's project (SearchIndex). Units are added project by project. */
  constructor(
    private readonly limit: number,
    private readonly unitProject: Uint32Array,
  ) {
    this.first = new Uint32Array(MATCH_CLASSES * TIERS * limit);
    this.rest = new Uint32Array(MATCH_CLASSES * TIERS * limit);
  }

  add(unit: number, bucket: number): void {
    this.counts[bucket] = (this.counts[bucket] as number) + 1;
    const project = this.unitProject[unit] as number;
    if (this.lastProject[bucket] !== project) {
      this.lastProject[bucket] = project;
      this.inLastProject[bucket] = 0;
    }
    const inProject = (this.inLastProject[bucket] as number) + 1;
    this.inLastProject[bucket] = inProject;
    const isFirst = inProject <= FIRST_PER_PROJECT;
    const slots = isFirst ? this.first : this.rest;
    const counts = isFirst ? this.firstCount : this.restCount;
    const count = counts[bucket] as number;
    if (count < this.limit) {
      slots[bucket * this.limit + count] = unit;
      counts[bucket] = count + 1;
    }
  }

  /** True once `bucket` lists `limit` projects' first units: later units of it only count. */
  isFull(bucket: number): boolean {
    return (this.firstCount[bucket] as number) >= this.limit;
  }

  /**
   * True when every bucket of the match classes in `matchedHow` (bit h: NUMBER_* or OTHER_FIELD)
   * and the tiers in `tiers` (bit t: tier t) is full: a unit ranked there only adds to the total.
   */
  isFullFor(matchedHow: number, tiers: number): boolean {
    for (let how = NUMBER_EXACT; how <= OTHER_FIELD; how++) {
      if (((matchedHow >>> how) & 1) === 0) continue;
      for (let tier = 0; tier < TIERS; tier++) {
        if (((tiers >>> tier) & 1) !== 0 && !this.isFull(bucketOf(how, tier))) return false;
      }
    }
    return true;
  }

  /** Counts units that rank in full buckets, without naming them. */
  addCount(units: number): void {
    this.countedOnly += units;
  }

  /** One of the units given to addCount ranks in `bucket` after all. */
  move(unit: number, bucket: number): void {
    this.countedOnly--;
    this.add(unit, bucket);
  }

  total(): number {
    let total = this.countedOnly;
    for (const count of this.counts) total += count;
    return total;
  }

  /** Unit positions, best first, at most `limit`: in each bucket, the projects' first units,
   * then their further ones. */
  top(): number[] {
    const top: number[] = [];
    for (let bucket = 0; bucket < this.counts.length && top.length < this.limit; bucket++) {
      for (const [slots, counts] of [
        [this.first, this.firstCount],
        [this.rest, this.restCount],
      ] as const) {
        const kept = Math.min(counts[bucket] as number, this.limit - top.length);
        for (let k = 0; k < kept; k++) top.push(slots[bucket * this.limit + k] as number);
      }
    }
    return top;
  }
}

export interface ProjectScore {
  project: number;
  /** Query words found in the project's own fields (name, city, group, enterprise). */
  words: number;
  /** Of those, found in its name. */
  nameWords: number;
}

/** More words matched first, then more of them in the name, then display order. */
export function compareProjectScores(a: ProjectScore, b: ProjectScore): number {
  return b.words - a.words || b.nameWords - a.nameWords || a.project - b.project;
}
