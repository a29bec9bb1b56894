// What one free word matches: project fields (name, city, group, enterprise), unit numbers
// (exact, prefix, substring) and other unit words (model, type, display name). Looked up once per
// keystroke in the small sorted word lists, then spread over per-project and per-unit arrays.

import { FIELD_BITS, type SearchIndex } from './index';
import { matchNumbers, NUMBER_EXACT, NUMBER_PREFIX } from './number-index';
import { OTHER_FIELD } from './rank';
import { allowedSlips, nearPrefix } from './typo';
import { prefixRange } from './vocabulary';

export interface WordMatch {
  /** Per project: bits of the project fields the word was found in (0: none). */
  projectFields: Uint8Array;
  /** Per project: how many of its units matched the word itself. */
  projectUnits: Uint32Array;
  /**
   * Per project, bit h set when the word matched one of its units `h` (NUMBER_* or OTHER_FIELD).
   * A bit can outlive the match a better one replaced: a safe overestimate.
   */
  projectHow: Uint8Array;
  /** Per unit: the best way the unit matched (0: not at all, NUMBER_* or OTHER_FIELD). */
  unitMatch: Uint8Array;
  /** Per unit, one bit: unitMatch is not 0. Lets a scan jump to the few units that matched. */
  unitBits: Uint32Array;
  unitCount: number;
}

/**
 * Work arrays reused from keystroke to keystroke, one set per word slot, so typing allocates
 * almost nothing. Kept beside an index, never inside it: the index stays plain data.
 */
export class MatchArrays {
  private readonly slots: WordMatch[] = [];
  readonly numberBest: Uint8Array;

  constructor(private readonly index: SearchIndex) {
    this.numberBest = new Uint8Array(index.numbers.numbers.terms.length);
  }

  /** The arrays of slot `slot`, zeroed. */
  take(slot: number): WordMatch {
    let match = this.slots[slot];
    if (match === undefined) {
      const units = this.index.units.length;
      match = {
        projectFields: new Uint8Array(this.index.projects.length + 1),
        projectUnits: new Uint32Array(this.index.projects.length + 1),
        projectHow: new Uint8Array(this.index.projects.length + 1),
        unitMatch: new Uint8Array(units),
        unitBits: new Uint32Array((units + 31) >>> 5),
        unitCount: 0,
      };
      this.slots[slot] = match;
    } else {
      match.projectFields.fill(0);
      match.projectUnits.fill(0);
      match.projectHow.fill(0);
      match.unitMatch.fill(0);
      match.unitBits.fill(0);
      match.unitCount = 0;
    }
    return match;
  }
}

function markUnit(index: SearchIndex, match: WordMatch, unit: number, how: number): void {
  const previous = match.unitMatch[unit] as number;
  const project = index.unitProject[unit] as number;
  if (previous === 0) {
    match.unitMatch[unit] = how;
    match.unitBits[unit >>> 5] = (match.unitBits[unit >>> 5] as number) | (1 << (unit & 31));
    match.unitCount++;
    match.projectUnits[project] = (match.projectUnits[project] as number) + 1;
  } else if (how < previous) {
    match.unitMatch[unit] = how;
  } else {
    return;
  }
  match.projectHow[project] = (match.projectHow[project] as number) | (1 << how);
}

function markNumberUnits(index: SearchIndex, match: WordMatch, number: number, how: number): void {
  const { offsets, postings } = index.numbers.numbers;
  const end = offsets[number + 1] as number;
  for (let k = offsets[number] as number; k < end; k++) {
    markUnit(index, match, postings[k] as number, how);
  }
}

/** Marks, in both words, the units whose number starts with the two words joined. */
export function matchJoinedNumber(
  index: SearchIndex,
  canonical: string,
  first: WordMatch,
  second: WordMatch,
): void {
  const { terms } = index.numbers.numbers;
  const [from, to] = prefixRange(terms, canonical);
  for (let number = from; number < to; number++) {
    const how = terms[number] === canonical ? NUMBER_EXACT : NUMBER_PREFIX;
    markNumberUnits(index, first, number, how);
    markNumberUnits(index, second, number, how);
  }
}

function markProjectWords(index: SearchIndex, from: number, to: number, match: WordMatch): void {
  const { offsets, postings } = index.projectWords;
  const fieldMask = (1 << FIELD_BITS) - 1;
  for (let k = offsets[from] as number; k < (offsets[to] as number); k++) {
    const posting = postings[k] as number;
    const project = posting >>> FIELD_BITS;
    match.projectFields[project] = (match.projectFields[project] as number) | (posting & fieldMask);
  }
}

const DIGIT = /\d/;

/** Fills `match` for one word, given in canonical form (folded, letters and digits only). */
export function matchWord(
  index: SearchIndex,
  arrays: MatchArrays,
  canonical: string,
  match: WordMatch,
): void {
  if (canonical === '') return;
  matchNumbers(index.numbers, canonical, arrays.numberBest, (number, how) =>
    markNumberUnits(index, match, number, how),
  );

  const [from, to] = prefixRange(index.projectWords.terms, canonical);
  markProjectWords(index, from, to, match);

  const { terms, offsets, postings } = index.unitWords;
  const [unitFrom, unitTo] = prefixRange(terms, canonical);
  for (let k = offsets[unitFrom] as number; k < (offsets[unitTo] as number); k++) {
    const unit = postings[k] as number;
    // In a project the word already names, every unit matches it: nothing to mark.
    if (match.projectFields[index.unitProject[unit] as number] === 0) {
      markUnit(index, match, unit, OTHER_FIELD);
    }
  }

  const slips = allowedSlips(canonical.length);
  if (from === to && match.unitCount === 0 && slips > 0 && !DIGIT.test(canonical)) {
    index.projectWords.terms.forEach((term, t) => {
      if (nearPrefix(canonical, term, slips)) markProjectWords(index, t, t + 1, match);
    });
  }
}
