// The filter vocabulary, English and French, as anchored patterns over folded query text
// (lowercase, accents removed). The parser tries them in order at the start of each word; the first
// that matches up to a word boundary and reads a sensible value wins, anything else is a free word.

import { AVAILABILITY_WORDS, spellings } from '../catalog/availability-words';
import type { Availability } from '../catalog/model';
import { AMOUNT, MONEY, readAmount, readMoney } from './amount';
import type { QueryFilter } from './query';

type WithoutText<T> = T extends unknown ? Omit<T, 'text'> : never;
export type FilterValue = WithoutText<QueryFilter>;

export interface FilterRule {
  /** Sticky, so `lastIndex` anchors it at the word being read. */
  pattern: RegExp;
  read(match: RegExpExecArray): FilterValue | null;
}

const END = String.raw`(?=$|[\s,;/])`;

function rule(source: string, read: FilterRule['read']): FilterRule {
  return { pattern: new RegExp(source + END, 'y'), read };
}

/** Each availability's words as one alternation, longest first; a space also matches a dash or
 * nothing ("on hold", "on-hold", "onhold"). */
const STATUS_WORDS: [Availability, string][] = AVAILABILITY_WORDS.map(([status, entries]) => [
  status,
  entries
    .flatMap(spellings)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replaceAll(' ', '[ -]?'))
    .join('|'),
]);

const ANY_STATUS = STATUS_WORDS.map(([, words]) => `(?:${words})`).join('|');
const STATUS_JOIN = String.raw`(?:\s*[,/+&]\s*|\s+(?:or|ou|and|et)\s+|\s+)`;
const ONE_STATUS = new RegExp(
  String.raw`(?<=^|[\s,/+&])(?:${STATUS_WORDS.map(([, words]) => `(${words})`).join('|')})(?=$|[\s,/+&])`,
  'g',
);

function readStatuses(text: string): FilterValue {
  const values: Availability[] = [];
  for (const match of text.matchAll(ONE_STATUS)) {
    const group = match.findIndex((part, index) => index > 0 && part !== undefined);
    const status = STATUS_WORDS[group - 1]?.[0];
    if (status !== undefined && !values.includes(status)) values.push(status);
  }
  return { kind: 'status', values };
}

const FLOOR_WORD = String.raw`(?:floor|flr|fl|etage|level|lvl|niveau|storey|story)`;
const ORDINAL = String.raw`(?:st|nd|rd|th|e|eme|ieme|er|ere|re)`;

function floorValue(written: string): string {
  return /^\d+$/.test(written) ? String(Number(written)) : 'PH';
}

const BED_WORD = String.raw`(?:bedrooms?|bedrms?|bdrms?|bdr|beds?|bds?|brs?|chambres?|chbres?|chbs?|ch|cac|cc)`;
const DEN = String.raw`(?:\s?\+\s?(?:den|d|1|bureau|office))`;
const BATH_WORD = String.raw`(?:bathrooms?|baths?|bths?|ba|sdbs?|salles? de bains?)`;
const HALF = String.raw`(?:\s?½|\s1\/2)`;

const MAX_WORD = String.raw`(?:<=|<|≤|under|below|less than|max(?:imum)?\.?|up to|budget|moins de|moins que|au plus|jusqu['’]?a|sous)`;
const MIN_WORD = String.raw`(?:>=|>|≥|over|above|more than|min(?:imum)?\.?|at least|from|plus de|plus que|au moins|a partir de|des)`;
const RANGE_START = String.raw`(?:(?:between|entre|from|de)\s)?`;
const RANGE_JOIN = String.raw`\s?(?:-|–|—|\.\.|to|a|and|et)\s?`;
const AND_UP = String.raw`(?:\s?\+|\s(?:and up|or more|and over|et plus|ou plus))`;

const AREA_UNIT = String.raw`(sq\.?\s?ft\.?|sqft|sq\.?\s?feet|square feet|sf|ft2|ft²|pi2|pi²|pc|p\.c\.|pieds? carres?|m2|m²|sq\.?\s?m|sqm|mc|metres? carres?|square met(?:er|re)s?)`;

function areaUnit(written: string | undefined): 'sqft' | 'm2' {
  return written !== undefined && /^(?:m|sq\.?\s?m|square met|mc)/.test(written) ? 'm2' : 'sqft';
}

/** A price needs "$", "k" or "m", or a size no unit number has, to not be read as a unit number. */
const LOOKS_LIKE_PRICE = 10_000;

function readPriceBound(written: string, bound: 'min' | 'max'): FilterValue | null {
  const money = readMoney(written);
  if (!money.marked && money.value < 1_000) return null;
  return bound === 'min'
    ? { kind: 'price', min: money.value, max: null }
    : { kind: 'price', min: null, max: money.value };
}

function readPriceRange(low: string, high: string): FilterValue | null {
  const from = readMoney(low);
  const to = readMoney(high);
  const bothLarge = from.value >= LOOKS_LIKE_PRICE && to.value >= LOOKS_LIKE_PRICE;
  if (!from.marked && !to.marked && !bothLarge) return null;
  // "500-700k": the multiplier written once applies to both ends.
  const min =
    from.multiplier === 1 && to.multiplier > 1 && from.value * to.multiplier <= to.value
      ? from.value * to.multiplier
      : from.value;
  return { kind: 'price', min: Math.min(min, to.value), max: Math.max(min, to.value) };
}

export const FILTER_RULES: FilterRule[] = [
  rule(`(?:${ANY_STATUS})(?:${STATUS_JOIN}(?:${ANY_STATUS}))*`, (match) => readStatuses(match[0])),

  rule(`${FLOOR_WORD}\\.?\\s?#?\\s?(\\d{1,3}|ph|penthouse)`, (match) => ({
    kind: 'floor',
    value: floorValue(match[1] ?? ''),
  })),
  rule(`(\\d{1,3})${ORDINAL}\\s?${FLOOR_WORD}`, (match) => ({
    kind: 'floor',
    value: floorValue(match[1] ?? ''),
  })),

  rule(
    `${RANGE_START}(${AMOUNT})(?:\\s?${AREA_UNIT})?${RANGE_JOIN}(${AMOUNT})\\s?${AREA_UNIT}`,
    (m) => {
      const low = readAmount(m[1] ?? '');
      const high = readAmount(m[3] ?? '');
      return {
        kind: 'area',
        min: Math.min(low, high),
        max: Math.max(low, high),
        unit: areaUnit(m[4] ?? m[2]),
      };
    },
  ),
  rule(`${MAX_WORD}\\s?(${AMOUNT})\\s?${AREA_UNIT}`, (m) => ({
    kind: 'area',
    min: null,
    max: readAmount(m[1] ?? ''),
    unit: areaUnit(m[2]),
  })),
  rule(`${MIN_WORD}\\s?(${AMOUNT})\\s?${AREA_UNIT}`, (m) => ({
    kind: 'area',
    min: readAmount(m[1] ?? ''),
    max: null,
    unit: areaUnit(m[2]),
  })),
  // "900 sqft", "900+ sqft", "900 sqft and up": the smallest area the buyer accepts.
  rule(`(${AMOUNT})(?:\\s?\\+)?\\s?${AREA_UNIT}${AND_UP}?`, (m) => ({
    kind: 'area',
    min: readAmount(m[1] ?? ''),
    max: null,
    unit: areaUnit(m[2]),
  })),

  rule(`${RANGE_START}(${MONEY})${RANGE_JOIN}(${MONEY})`, (m) =>
    readPriceRange(m[1] ?? '', m[2] ?? ''),
  ),
  rule(`${MAX_WORD}\\s?(${MONEY})`, (m) => readPriceBound(m[1] ?? '', 'max')),
  rule(`${MIN_WORD}\\s?(${MONEY})`, (m) => readPriceBound(m[1] ?? '', 'min')),
  rule(`(${MONEY})${AND_UP}`, (m) => {
    const money = readMoney(m[1] ?? '');
    return money.marked ? { kind: 'price', min: money.value, max: null } : null;
  }),
  // "600k" alone: a budget, so an upper bound.
  rule(`(${MONEY})`, (m) => {
    const money = readMoney(m[1] ?? '');
    return money.marked ? { kind: 'price', min: null, max: money.value } : null;
  }),

  rule(`(\\d{1,2}(?:[.,]5)?|\\d${HALF})\\s?\\+?\\s?-?\\s?${BATH_WORD}`, (m) => {
    const written = (m[1] ?? '').replace(/\s?(?:½|1\/2)$/, '.5');
    return { kind: 'bathrooms', min: readAmount(written) };
  }),

  rule(`(\\d{1,2})\\s?-?\\s?${BED_WORD}(${DEN})?`, (m) => ({
    kind: 'bedrooms',
    value: Number(m[1]),
    plusDen: m[2] !== undefined,
  })),
  rule(`(\\d{1,2})${DEN}(?:\\s?-?\\s?${BED_WORD})?`, (m) => ({
    kind: 'bedrooms',
    value: Number(m[1]),
    plusDen: true,
  })),
  // Québec room counts: a "4½" has two bedrooms (living room, kitchen, bathroom as the "½").
  rule(`([1-7])${HALF}`, (m) => ({
    kind: 'bedrooms',
    value: Math.max(0, Number(m[1]) - 2),
    plusDen: false,
  })),
  rule(`(?:studios?|bachelors?|garconnieres?)`, () => ({
    kind: 'bedrooms',
    value: 0,
    plusDen: false,
  })),
];
