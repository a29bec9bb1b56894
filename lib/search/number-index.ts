// Unit numbers found by exact, prefix or substring match on their canonical form ("1204" finds
// "12-04"; "04" finds "1204", "2304"…). Numbers repeat across projects (every tower has a 1204), so
// the distinct numbers are few; a sorted list of their suffixes answers substring lookups with one
// binary search instead of a scan.

import { prefixRange, type Vocabulary } from './vocabulary';

export interface NumberIndex {
  /** Distinct canonical numbers, with the units that carry each. */
  numbers: Vocabulary;
  /** Every suffix of every distinct number, sorted. */
  suffixes: string[];
  /** Which number each suffix belongs to, and where in it the suffix starts. */
  suffixNumber: Uint32Array;
  suffixStart: Uint16Array;
}

/** How a typed word matched a unit number, best first. */
export const NUMBER_EXACT = 1;
export const NUMBER_PREFIX = 2;
export const NUMBER_SUBSTRING = 3;

/** One character is in most unit numbers: a single "1" only finds numbers starting with it. */
const SHORTEST_SUBSTRING = 2;

export function buildNumberIndex(numbers: Vocabulary): NumberIndex {
  const entries: { suffix: string; number: number; start: number }[] = [];
  numbers.terms.forEach((term, number) => {
    for (let start = 0; start < term.length; start++) {
      entries.push({ suffix: term.slice(start), number, start });
    }
  });
  entries.sort((a, b) => (a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0));
  return {
    numbers,
    suffixes: entries.map((entry) => entry.suffix),
    suffixNumber: Uint32Array.from(entries, (entry) => entry.number),
    suffixStart: Uint16Array.from(entries, (entry) => Math.min(entry.start, 0xffff)),
  };
}

/**
 * Calls `found` once per distinct number that contains `canonical`, with the best way it matched.
 * `best` is scratch space of numbers.terms.length zeros, left zeroed.
 */
export function matchNumbers(
  index: NumberIndex,
  canonical: string,
  best: Uint8Array,
  found: (number: number, match: number) => void,
): void {
  if (canonical === '') return;
  const [from, to] = prefixRange(index.suffixes, canonical);
  const touched: number[] = [];
  const substrings = canonical.length >= SHORTEST_SUBSTRING;
  for (let s = from; s < to; s++) {
    const inside = (index.suffixStart[s] as number) > 0;
    if (inside && !substrings) continue;
    const number = index.suffixNumber[s] as number;
    const match = inside
      ? NUMBER_SUBSTRING
      : (index.numbers.terms[number] as string).length === canonical.length
        ? NUMBER_EXACT
        : NUMBER_PREFIX;
    const previous = best[number] as number;
    if (previous === 0) touched.push(number);
    if (previous === 0 || match < previous) best[number] = match;
  }
  for (const number of touched) {
    found(number, best[number] as number);
    best[number] = 0;
  }
}
