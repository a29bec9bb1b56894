import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { generateCatalog } from './fixtures';
import { referenceSearch } from './reference';

// Every keystroke of these, at several page sizes: small pages fill early, which sends most
// projects down the counting shortcuts the plain reference does not have.
const QUERIES = [
  '1204 parkview',
  'ph 2 harbour',
  'PH-1',
  '2bd under 600k available',
  'montreal studio',
  'élégance 12',
  'th-2 summit',
  'reserved parkview',
  'fl 3 dispo',
  'floor PH available',
  '< 80 m2 toronto',
  '>1m 3 bed',
  'parkveiw 120',
  'collection quebec 2+1',
  'groupe horizon 3 ch',
  'condo 5',
  'penthouse',
  '2 ba sold leased',
  'gardns',
  '12 04',
  '500k-900k 1bd laval',
  'le carre 30',
  'maple lofts b2',
  'over 1m under 1.2m vendu',
  '900-1200 sqft 2 sdb',
  'fl 12 floor PH',
];
const LIMITS = [3, 50];

/** Words and filters to draw random queries from. */
const PIECES = [
  '1204',
  '12',
  '1',
  '30',
  'ph',
  '2',
  'th-1',
  '12 04',
  'ph 1',
  'parkview',
  'parkveiw',
  'harbour',
  'élégance',
  'montreal',
  'quebec',
  'laval',
  'toronto',
  'gardens',
  'lofts',
  'phase',
  'le',
  'carre',
  'summit',
  'maple',
  'tower',
  'condo',
  'penthouse',
  'b2',
  'c1',
  '2bd',
  'studio',
  '3 ch',
  '2+1',
  'under 600k',
  '>1m',
  '< 80 m2',
  '900-1200 sqft',
  '2 ba',
  'fl 3',
  'floor PH',
  'available',
  'reserved',
  'sold',
  'dispo',
  'vendu ou réservé',
];

function randomQueries(seed: number, count: number): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 4) },
      () => PIECES[Math.floor(next() * PIECES.length)],
    ).join(' '),
  );
}

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
