import { describe, expect, it } from 'vitest';
import { deadEndOf, similarAvailable } from '@/lib/search/dead-end';
import { buildSearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { catalog, project, unit } from './fixtures';

const units = [
  unit('a1203', 'pA', '1203', { bedrooms: 2, price: 600_000 }),
  unit('a1205', 'pA', '1205', { bedrooms: 2, price: 640_000, status: 'sold' }),
  unit('a1104', 'pA', '1104', { bedrooms: 2, price: 590_000 }),
  unit('a801', 'pA', '801', { bedrooms: 2, price: 900_000 }),
  unit('a302', 'pA', '302', { bedrooms: 1, price: 450_000 }),
  unit('a1210', 'pA', '1210', { bedrooms: 2, price: 650_000, status: 'on-hold' }),
  unit('b1204', 'pB', '1204', { bedrooms: 2, price: 610_000 }),
];
const index = buildSearchIndex(
  catalog([project('pA', 'Parkview Residences'), project('pB', 'Harbour Lofts')], units),
);
const deadEnd = (query: string) => deadEndOf(index, searchCatalog(index, query));

describe('a search that finds nothing', () => {
  it('names the project that has no such unit, and its nearest numbers', () => {
    const found = deadEnd('1204 parkview');
    expect(found).toMatchObject({ kind: 'missing-unit', number: '1204', rest: 'parkview' });
    if (found?.kind !== 'missing-unit') throw new Error('expected a missing unit');
    expect(found.project.name).toBe('Parkview Residences');
    expect(found.nearest.map((u) => u.number)).toEqual(['1203', '1205', '1210']);
  });

  it('offers examples for nonsense, and nothing when something was found', () => {
    expect(deadEnd('zzz qqq')).toEqual({ kind: 'nothing' });
    expect(deadEnd('9999')).toEqual({ kind: 'nothing' });
    expect(deadEnd('1204 nowhere')).toEqual({ kind: 'nothing' });
    expect(deadEnd('1203 parkview')).toBeNull();
  });
});

describe('similar available units for one an agent cannot sell', () => {
  it('are of the same project and bedrooms, available, nearest in price', () => {
    const sold = units.find((u) => u.id === 'a1205')!;
    expect(similarAvailable(units, sold).map((u) => u.number)).toEqual(['1203', '1104', '801']);
  });

  it('are none for an available unit', () => {
    expect(similarAvailable(units, units[0]!)).toEqual([]);
  });
});
