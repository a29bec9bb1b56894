import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { generateCatalog } from './fixtures';
import { referenceSearch } from './reference';
import { LIMITS, QUERIES, randomQueries } from './queries';

describe('searchCatalog agrees with the plain reference', () => {
  const catalog = generateCatalog(7, 60, 80);
  const index = buildSearchIndex(catalog);

  it('on a catalog with every kind of unit', () => {
    expect(catalog.units.length).toBeGreaterThan(4000);
    expect(catalog.units.some((u) => u.number.startsWith('PH-'))).toBe(true);
    expect(catalog.units.some((u) => u.number.startsWith('TH-'))).toBe(true);
    expect(catalog.projects.some((p) => p.areaUnit === 'm2')).toBe(true);
  });

  for (const full of QUERIES) {
    it(`on every keystroke of ${JSON.stringify(full)}`, () => {
      let matched = 0;
      for (let length = 1; length <= full.length; length++) {
        const raw = full.slice(0, length);
        for (const limit of LIMITS) {
          const ours = searchCatalog(index, raw, { limit });
          const expected = referenceSearch(catalog, raw, limit);
          const got = {
            ids: ours.units.map((u) => u.id),
            total: ours.totalUnits,
            projects: ours.projects.map((p) => p.id),
          };
          expect(got, `${JSON.stringify(raw)} limit ${limit}`).toEqual(expected);
          matched += ours.totalUnits;
        }
      }
      expect(matched).toBeGreaterThan(0);
    });
  }
});

describe('searchCatalog agrees with the plain reference on random queries', () => {
  const catalog = generateCatalog(11, 40, 120);
  const index = buildSearchIndex(catalog);
  const queries = randomQueries(3, 160);

  for (let batch = 0; batch < queries.length; batch += 20) {
    it(`queries ${batch + 1} to ${batch + 20}`, () => {
      let found = 0;
      for (const raw of queries.slice(batch, batch + 20)) {
        for (const limit of [1, 10]) {
          const ours = searchCatalog(index, raw, { limit });
          found += ours.totalUnits;
          expect(
            {
              ids: ours.units.map((u) => u.id),
              total: ours.totalUnits,
              projects: ours.projects.map((p) => p.id),
            },
            `${JSON.stringify(raw)} limit ${limit}`,
          ).toEqual(referenceSearch(catalog, raw, limit));
        }
      }
      expect(found).toBeGreaterThan(0);
    });
  }
});
