// Reads what an agent types ("1204 parkview", "2bd under 600k available", "2 ch moins de 600k
// dispo") into free words and filters. Each filter keeps the exact text it was read from, so the
// popup can show it as a removable chip and take it back out of the query.

import type { Availability } from '../catalog/model';
import { FILTER_RULES, type FilterValue } from './filter-rules';
import { foldWithMap } from './fold';

export type QueryFilter =
  | { kind: 'bedrooms'; value: number; plusDen: boolean; text: string }
  | { kind: 'bathrooms'; min: number; text: string }
  | { kind: 'floor'; value: string; text: string }
  | { kind: 'price'; min: number | null; max: number | null; text: string }
  /** Bounds are in `unit`, as typed; units in projects measured the other way are converted. */
  | { kind: 'area'; min: number | null; max: number | null; unit: 'sqft' | 'm2'; text: string }
  | { kind: 'status'; values: Availability[]; text: string };

export interface ParsedQuery {
  raw: string;
  /** Folded free words, in order; every one must match a unit for it to be found. */
  words: string[];
  filters: QueryFilter[];
}

/** Words that only join others ("1204 at Parkview", "2 ch à Laval"): dropping them loses nothing. */
const STOPWORDS = new Set([
  'at',
  'in',
  'and',
  'or',
  'the',
  'with',
  'unit',
  'units',
  'suite',
  'apt',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'ou',
  'au',
  'aux',
  'unite',
  'unites',
]);

/** A status word right after an article names something ("La Réserve"), it is not a filter. */
const ARTICLES = new Set(['la', 'le', 'les', 'the', 'l']);

const SEPARATOR = /[\s,;/]/;
const WORD_PART = /[\p{L}\p{N}]+/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const APOSTROPHE = /['’]/;
const DIGIT = /\d/;

function skipSeparators(text: string, from: number): number {
  let at = from;
  while (at < text.length && SEPARATOR.test(text.charAt(at))) at++;
  return at;
}

/**
 * Words of one free token. A token with a digit stays whole ("12-04", "ph-2"): it is most likely a
 * unit number, matched on its canonical form. Others split on punctuation ("saint-laurent").
 */
function freeWords(token: string, original: string): string[] {
  if (DIGIT.test(token)) {
    const trimmed = token.replace(EDGE_PUNCTUATION, '');
    return trimmed === '' ? [] : [trimmed];
  }
  if (original === 'à' || original === 'À') return [];
  const words: string[] = [];
  for (const part of token.matchAll(WORD_PART)) {
    const word = part[0];
    const elided = APOSTROPHE.test(token.charAt(part.index + word.length));
    if (elided && (word === 'l' || word === 'd' || word === 'qu')) continue;
    if (!STOPWORDS.has(word)) words.push(word);
  }
  return words;
}

interface RuleMatch {
  value: FilterValue;
  end: number;
}

function readFilter(text: string, at: number, previousWord: string | null): RuleMatch | null {
  for (const filterRule of FILTER_RULES) {
    filterRule.pattern.lastIndex = at;
    const match = filterRule.pattern.exec(text);
    if (match === null) continue;
    const value = filterRule.read(match);
    if (value === null) continue;
    if (value.kind === 'status' && previousWord !== null && ARTICLES.has(previousWord)) continue;
    let end = at + match[0].length;
    while (end > at && /\s/.test(text.charAt(end - 1))) end--;
    return { value, end };
  }
  return null;
}

/** The parse, with where in `raw` each filter's text starts. */
function readQuery(raw: string): { words: string[]; filters: QueryFilter[]; starts: number[] } {
  const folded = foldWithMap(raw);
  const text = folded.text;
  const words: string[] = [];
  const filters: QueryFilter[] = [];
  const starts: number[] = [];
  let previousWord: string | null = null;
  let at = skipSeparators(text, 0);
  while (at < text.length) {
    const found = readFilter(text, at, previousWord);
    if (found !== null) {
      const start = folded.start[at] as number;
      filters.push({ ...found.value, text: raw.slice(start, folded.end[found.end - 1]) });
      starts.push(start);
      previousWord = null;
      at = skipSeparators(text, found.end);
      continue;
    }
    let end = at;
    while (end < text.length && !SEPARATOR.test(text.charAt(end))) end++;
    const token = text.slice(at, end);
    words.push(...freeWords(token, raw.slice(folded.start[at], folded.end[end - 1])));
    previousWord = token;
    at = skipSeparators(text, end);
  }
  return { words, filters, starts };
}

export function parseQuery(raw: string): ParsedQuery {
  const { words, filters } = readQuery(raw);
  return { raw, words, filters };
}

/** The query without that filter's text, whitespace tidied: what is left when a chip is removed. */
export function removeFilterText(raw: string, filter: QueryFilter): string {
  // Where the parser read it, so "sold-out sold" loses the filter, not the word that contains it.
  const { filters, starts } = readQuery(raw);
  const read = filters.findIndex((f) => f.kind === filter.kind && f.text === filter.text);
  const at = read >= 0 ? (starts[read] as number) : raw.indexOf(filter.text);
  const rest = at < 0 ? raw : raw.slice(0, at) + ' ' + raw.slice(at + filter.text.length);
  return rest
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/([,;])(?=[,;])/g, '')
    .replace(/^[\s,;/]+|[\s,;/]+$/g, '');
}
