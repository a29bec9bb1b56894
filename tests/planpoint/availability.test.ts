import { describe, expect, it } from 'vitest';
import { normalizeAvailability } from '../../lib/planpoint/normalize';

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
  ])('%j -> %s', (raw, status) => {
    expect(normalizeAvailability(raw).status).toBe(status);
  });

  it('keeps the label as received, trimmed', () => {
    expect(normalizeAvailability('  On Hold ')).toEqual({ status: 'on-hold', label: 'On Hold' });
    expect(normalizeAvailability('OnHold')).toEqual({ status: 'on-hold', label: 'OnHold' });
  });

  it.each([
    ['Coming soon', 'Coming soon'],
    ['  Pending  ', 'Pending'],
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
