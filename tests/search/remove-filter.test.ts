import { describe, expect, it } from 'vitest';
import { parseQuery, removeFilterText } from '@/lib/search/query';

/** Removes the filter of `kind` from `raw` the way a chip's close button does. */
function removeKind(raw: string, kind: string): string {
  const filter = parseQuery(raw).filters.find((f) => f.kind === kind);
  if (filter === undefined) throw new Error(`"${raw}" has no ${kind} filter`);
  return removeFilterText(raw, filter);
}

describe('removeFilterText', () => {
  it.each([
    ['2bd under 600k available', 'price', '2bd available'],
    ['2bd under 600k available', 'bedrooms', 'under 600k available'],
    ['2bd under 600k available', 'status', '2bd under 600k'],
    ['parkview  2bd   1204', 'bedrooms', 'parkview 1204'],
    ['Montréal 2 ch moins de 600k', 'price', 'Montréal 2 ch'],
    ['available, reserved parkview', 'status', 'parkview'],
    ['parkview, 2bd', 'bedrooms', 'parkview'],
    ['étage 12 Élégance', 'floor', 'Élégance'],
    ['$500,000-$700,000 2+1', 'price', '2+1'],
  ])('%j without its %s → %j', (raw, kind, rest) => {
    expect(removeKind(raw, kind)).toBe(rest);
  });

  it('removes the text the filter was read from, not an earlier word containing it', () => {
    expect(removeKind('sold-out sold', 'status')).toBe('sold-out');
    expect(removeKind('PH2ba 2ba', 'bathrooms')).toBe('PH2ba');
  });

  it('leaves the rest of the query parsing the same way', () => {
    const raw = 'studio under 450k dispo Laval';
    const rest = removeKind(raw, 'price');
    expect(parseQuery(rest).filters.map((f) => f.kind)).toEqual(['bedrooms', 'status']);
    expect(parseQuery(rest).words).toEqual(['laval']);
  });

  it('returns the query tidied when the text is no longer in it', () => {
    const filter = parseQuery('2bd').filters[0];
    expect(filter).toBeDefined();
    if (filter) expect(removeFilterText(' parkview   1204 ', filter)).toBe('parkview 1204');
  });
});
