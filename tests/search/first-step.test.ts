// The popup searches a stored catalog before its units' details are read (useFullCatalog's first
// step): the index built from those units must answer every keystroke exactly as the index of
// the whole catalog, the same units in the same order, the same totals and projects.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@/lib/catalog/model';
import { packCatalog, unpackCatalog, unpackCatalogFirst } from '@/lib/catalog/packed';
import { buildSearchIndex, type SearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { demoCatalog } from '../../bench/search/catalog';
import { generateCatalog } from './fixtures';
import { LIMITS, QUERIES, randomQueries } from './queries';

function answer(index: SearchIndex, raw: string, limit: number) {
  const result = searchCatalog(index, raw, { limit });
  return {
    query: result.query,
    ids: result.units.map((u) => u.id),
    total: result.totalUnits,
    projects: result.projects.map((p) => p.id),
  };
}

/** The index of the first step and of the whole catalog, from the same stored strings. */
function bothIndexes(catalog: Catalog): { first: SearchIndex; whole: SearchIndex } {
  const { head, units, details } = packCatalog(catalog);
  const first = unpackCatalogFirst(head, units);
  const whole = unpackCatalog(head, units, details);
  if (!first || !whole) throw new Error('The packed catalog did not read back');
  expect(first.detailsApart).toBe(true);
  return { first: buildSearchIndex(first.catalog), whole: buildSearchIndex(whole) };
}

describe.each([
  ['the search fixtures', () => generateCatalog(7, 60, 80)],
  ['the sandbox data, details and all', () => demoCatalog(12, 100)],
])('units without their details answer as the whole catalog: %s', (_, make) => {
  const catalog = make();
  const { first, whole } = bothIndexes(catalog);

  for (const full of QUERIES) {
    it(`on every keystroke of ${JSON.stringify(full)}`, () => {
      let found = 0;
      for (let length = 1; length <= full.length; length++) {
        const raw = full.slice(0, length);
        for (const limit of LIMITS) {
          const expected = answer(whole, raw, limit);
          found += expected.total;
          expect(answer(first, raw, limit), `${JSON.stringify(raw)} limit ${limit}`).toEqual(
            expected,
          );
        }
      }
      expect(found).toBeGreaterThan(0);
    });
  }

  it('on random queries', () => {
    for (const raw of randomQueries(5, 120)) {
      expect(answer(first, raw, 10), JSON.stringify(raw)).toEqual(answer(whole, raw, 10));
    }
  });
});
