import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/index';
import { namedUnit } from '@/lib/search/named-unit';
import { searchCatalog } from '@/lib/search/search';
import { catalog, project, unit } from './fixtures';

const index = buildSearchIndex(
  catalog(
    [project('pA', 'Parkview Residences'), project('pB', 'Harbour Lofts')],
    [
      unit('a1204', 'pA', '1204', { bedrooms: 2, price: 590_000 }),
      unit('a120', 'pA', '120'),
      unit('a12040', 'pA', '12040'),
      unit('aPH2', 'pA', 'PH-2'),
      unit('b1204', 'pB', '1204'),
      unit('b702', 'pB', '702'),
    ],
  ),
);
const named = (query: string) => namedUnit(searchCatalog(index, query))?.id ?? null;

describe('a search that names one unit', () => {
  it('is its number with the project, however the number is written', () => {
    expect(named('1204 parkview')).toBe('a1204');
    expect(named('12-04 parkview')).toBe('a1204');
    expect(named('ph2')).toBe('aPH2');
    expect(named('702')).toBe('b702');
  });

  it('is not a number two projects share, a prefix, a filter or words alone', () => {
    expect(named('1204')).toBeNull(); // Parkview's and Harbour's: still a choice
    expect(named('12')).toBeNull(); // a prefix of several numbers
    expect(named('1204 parkview available')).toBeNull();
    expect(named('parkview')).toBeNull();
    expect(named('9999')).toBeNull();
  });
});
