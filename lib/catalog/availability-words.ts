// The one table of words for each availability, English and French, read both ways: what
// Planpoint sends (lib/planpoint/availability.ts) and what the agent types as a filter
// (lib/search/filter-rules.ts). A word added here is understood from both sides at once.
import type { Availability } from './model';

export interface AvailabilityWord {
  /** Lowercase, accents removed; a space also stands for a dash or no separator at all. */
  word: string;
  /** Also read from its first `prefixFrom` letters on ("avail", "dispo"): a filter word keeps
   * working while it is being typed. */
  prefixFrom?: number;
}

const words = (...list: string[]): AvailabilityWord[] => list.map((word) => ({ word }));

/** In the order a query tries them: "not available" must be read before "available". */
export const AVAILABILITY_WORDS: readonly [Availability, readonly AvailabilityWord[]][] = [
  [
    'unavailable',
    words(
      'unavailable',
      'not available',
      'non disponible',
      'non disponibles',
      'indisponible',
      'indisponibles',
      'off market',
      // Not released yet: nothing to sell today.
      'coming soon',
      'bientot disponible',
    ),
  ],
  [
    'available',
    [
      { word: 'available', prefixFrom: 5 },
      { word: 'disponibles', prefixFrom: 5 },
    ],
  ],
  ['on-hold', words('on hold', 'hold', 'held', 'en attente')],
  [
    'reserved',
    words(
      'reserved',
      'reserve',
      'reservee',
      'reserves',
      'reservees',
      // A buyer has signed, the sale is not final: taken unless it falls through.
      'pending',
      'under contract',
      'conditional',
      'sous contrat',
      'conditionnel',
      'conditionnelle',
    ),
  ],
  // "Firm": a sale whose conditions are lifted, as Canadian listings say.
  ['sold', words('sold', 'vendu', 'vendue', 'vendus', 'vendues', 'firm', 'vendu ferme')],
  ['leased', words('leased', 'rented', 'loue', 'louee', 'loues', 'louees')],
];

/** Every spelling a table entry accepts: the word, and its prefixes when it has them. */
export function spellings({ word, prefixFrom }: AvailabilityWord): string[] {
  if (prefixFrom === undefined) return [word];
  const all: string[] = [];
  for (let length = word.length; length >= prefixFrom; length--) all.push(word.slice(0, length));
  return all;
}
