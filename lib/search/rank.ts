// Ranking without sorting. A unit's rank is a small bucket number: how its number matched (exact,
// prefix, substring, not at all) times its availability tier. Units are visited in display order
// (project name, then unit number), so each bucket fills already in order: keeping the first
// `limit` of each bucket and counting the rest gives the ranked page and the total in one pass.

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

export class RankedUnits {
  private readonly counts = new Uint32Array(MATCH_CLASSES * TIERS);
  private readonly slots: Uint32Array;
  private countedOnly = 0;

  constructor(private readonly limit: number) {
    this.slots = new Uint32Array(MATCH_CLASSES * TIERS * limit);
  }

  add(unit: number, bucket: number): void {
    const count = this.counts[bucket] as number;
    if (count < this.limit) this.slots[bucket * this.limit + count] = unit;
    this.counts[bucket] = count + 1;
  }

  /** True once `bucket` holds `limit` units: later units of it can only be counted. */
  isFull(bucket: number): boolean {
    return (this.counts[bucket] as number) >= this.limit;
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

  /** Unit positions, best first, at most `limit`. */
  top(): number[] {
    const top: number[] = [];
    for (let bucket = 0; bucket < this.counts.length && top.length < this.limit; bucket++) {
      const kept = Math.min(this.counts[bucket] as number, this.limit - top.length);
      for (let k = 0; k < kept; k++) top.push(this.slots[bucket * this.limit + k] as number);
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
