import { describe, expect, it } from 'vitest';
import { AVAILABILITY_WORDS, spellings } from '@/lib/catalog/availability-words';
import { normalizeAvailability } from '@/lib/planpoint/availability';
import { fold } from '@/lib/search/fold';
import { parseQuery } from '@/lib/search/query';

describe('normalizeAvailability', () => {
  it.each([
    // SDK enum
    ['Available', 'available'],
    ['OnHold', 'on-hold'],
    ['Sold', 'sold'],
    ['Leased', 'leased'],
    ['Unavailable', 'unavailable'],
    // viewer free text: case, spacing, separators
    ['Available ', 'available'],
    ['  available', 'available'],
    ['AVAILABLE', 'available'],
    ['avail', 'available'],
    ['On Hold', 'on-hold'],
    ['on hold', 'on-hold'],
    ['on-hold', 'on-hold'],
    ['ON_HOLD', 'on-hold'],
    ['on   hold', 'on-hold'],
    ['hold', 'on-hold'],
    ['Held', 'on-hold'],
    ['Reserved', 'reserved'],
    ['Not Available', 'unavailable'],
    ['not-available', 'unavailable'],
    ['rented', 'leased'],
    // French, with and without accents
    ['Disponible', 'available'],
    ['Réservé', 'reserved'],
    ['reserve', 'reserved'],
    ['Vendu', 'sold'],
    ['Loué', 'leased'],
    ['loue', 'leased'],
    // free text accounts write that the contract's enum does not list
    ['Pending', 'reserved'],
    ['Under Contract', 'reserved'],
    ['Conditional', 'reserved'],
    ['Firm', 'sold'],
    ['Coming Soon', 'unavailable'],
    ['Bientôt disponible', 'unavailable'],
    ['Sous contrat', 'reserved'],
  ])('%j -> %s', (raw, status) => {
    expect(normalizeAvailability(raw).status).toBe(status);
  });

  it('keeps the label as received, trimmed', () => {
    expect(normalizeAvailability('  On Hold ')).toEqual({ status: 'on-hold', label: 'On Hold' });
    expect(normalizeAvailability('OnHold')).toEqual({ status: 'on-hold', label: 'OnHold' });
  });

  it.each([
    ['Model suite', 'Model suite'],
    ['  Showroom  ', 'Showroom'],
    ['🔥 Hot', '🔥 Hot'],
    ['متاح', 'متاح'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
  ])('unknown text %j stays displayable as %j', (raw, label) => {
    expect(normalizeAvailability(raw)).toEqual({ status: 'unknown', label });
  });

  it.each([[undefined], [null], [''], ['   '], [{}], [[]], [true]])(
    'missing or unreadable %j -> unknown with an empty label',
    (raw) => {
      expect(normalizeAvailability(raw)).toEqual({ status: 'unknown', label: '' });
    },
  );

  it('writes out a number as the label', () => {
    expect(normalizeAvailability(3)).toEqual({ status: 'unknown', label: '3' });
  });
});

describe('one vocabulary for what Planpoint sends and what the agent types', () => {
  const typedAsStatus = (word: string) =>
    parseQuery(word).filters.flatMap((f) => (f.kind === 'status' ? f.values : []));

  // Every word of the table, as the agent types it and as Planpoint might write it.
  const spelled = AVAILABILITY_WORDS.flatMap(([status, entries]) =>
    entries.flatMap(spellings).map((word) => [word, status] as const),
  );

  it.each(spelled)('%j: the filter it types and the status it arrives as agree', (word) => {
    const typed = typedAsStatus(word);
    expect(typed).toHaveLength(1);
    expect(normalizeAvailability(word).status).toBe(typed[0]);
    const titled = word.replace(/\b\w/g, (c) => c.toUpperCase());
    expect(normalizeAvailability(titled).status).toBe(typed[0]);
    expect(normalizeAvailability(word.replaceAll(' ', '-')).status).toBe(typed[0]);
  });

  it.each([
    ['En attente', 'on-hold'],
    ['Indisponible', 'unavailable'],
    ['Off market', 'unavailable'],
    ['Disponibles', 'available'],
    ['Réservées', 'reserved'],
  ])('%j from Planpoint is %s, as when typed', (word, status) => {
    expect(normalizeAvailability(word).status).toBe(status);
    expect(typedAsStatus(fold(word))).toEqual([status]);
  });
});
