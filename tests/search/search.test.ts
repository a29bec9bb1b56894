import { describe, expect, it } from 'vitest';
import type { Unit } from '@/lib/catalog/model';
import { buildSearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { catalog, project, unit } from './fixtures';

const projects = [
  project('pA', 'Parkview Residences', { city: 'Toronto', groupIds: ['g1'] }),
  project('pB', 'Parkview Gardens', { city: 'Toronto' }),
  project('pC', 'Le Mile-End Élégance', {
    city: 'Montréal',
    areaUnit: 'm2',
    enterpriseIds: ['e1'],
  }),
  project('pD', 'Harbour Lofts', { city: 'Vancouver' }),
];
const units: Unit[] = [
  unit('a1204', 'pA', '1204', { floorLevel: 12, bedrooms: 2, price: 590_000, area: 900 }),
  unit('a1205', 'pA', '1205', { floorLevel: 12, status: 'sold' }),
  unit('a120', 'pA', '120', { floorLevel: 1 }),
  unit('a1120', 'pA', '1120', { floorLevel: 11 }),
  unit('aPH2', 'pA', 'PH-2', { name: 'Penthouse 2', floorName: 'PH', status: 'reserved' }),
  unit('a305', 'pA', '305', {
    floorLevel: 3,
    status: 'on-hold',
    bedrooms: 2,
    bedroomsLabel: '2+1',
    bathrooms: 2,
    price: 640_000,
    area: 1000,
  }),
  unit('b1204', 'pB', '1204', { floorLevel: 12, status: 'sold' }),
  unit('b812', 'pB', '812', {
    floorLevel: 8,
    bedrooms: 0,
    bedroomsLabel: 'Studio',
    price: 420_000,
  }),
  unit('bTH3', 'pB', 'TH-3', { name: 'Townhouse 3', type: 'Townhouse', floorLevel: 0 }),
  unit('c1204', 'pC', '12-04', { floorLevel: 12, bedrooms: 2, price: 520_000, area: 70 }),
  unit('cPH2', 'pC', 'PH2', { floorName: 'PH' }),
  unit('c501', 'pC', '501', { floorLevel: 5, bedrooms: 1, area: 95, model: 'B2' }),
  unit('d1204', 'pD', '1204', { floorLevel: 12, status: 'reserved' }),
  unit('dPH12', 'pD', 'PH-12', { floorName: 'Penthouse level' }),
  unit('d702', 'pD', '702', { floorLevel: 7, model: 'C2', type: 'Condo' }),
];
const index = buildSearchIndex(
  catalog(
    projects,
    units,
    [
      {
        id: 'g1',
        name: 'Downtown Portfolio',
        namespace: null,
        hostName: null,
        projectIds: ['pA', 'pB'],
      },
    ],
    [
      {
        id: 'e1',
        name: 'Groupe Horizon',
        namespace: null,
        hostName: null,
        groupIds: [],
        projectIds: ['pC'],
      },
    ],
  ),
);

const ids = (query: string, limit?: number) =>
  searchCatalog(index, query, limit === undefined ? undefined : { limit }).units.map((u) => u.id);
const projectNames = (query: string) => searchCatalog(index, query).projects.map((p) => p.name);

describe('searchCatalog ranking', () => {
  it.each([
    // Exact number first; within it available, then on hold or reserved, then the rest; then by
    // project name (Harbour < Le Mile-End < Parkview Gardens < Parkview Residences).
    ['1204', ['c1204', 'a1204', 'd1204', 'b1204']],
    ['12-04', ['c1204', 'a1204', 'd1204', 'b1204']],
    // Exact, then prefix, then substring.
    ['120', ['a120', 'c1204', 'a1204', 'd1204', 'b1204', 'a1205', 'a1120']],
    ['ph2', ['cPH2', 'aPH2']],
    ['PH-2', ['cPH2', 'aPH2']],
    ['ph 2', ['cPH2', 'aPH2']],
    ['th3', ['bTH3']],
    ['TH-3', ['bTH3']],
    // A number match beats a match on another field.
    ['12', ['c1204', 'a120', 'a1204', 'd1204', 'b1204', 'a1205', 'dPH12', 'b812', 'a1120']],
    ['parkview 1204', ['a1204', 'b1204']],
    ['1204 parkview res', ['a1204']],
    ['harbour 702', ['d702']],
    ['condo', ['d702']],
    ['townhouse', ['bTH3']],
    ['b2', ['c501']],
    ['montreal', ['c1204', 'c501', 'cPH2']],
    ['ÉLÉGANCE', ['c1204', 'c501', 'cPH2']],
    ['mile-end', ['c1204', 'c501', 'cPH2']],
    ['groupe horizon', ['c1204', 'c501', 'cPH2']],
    ['downtown 1204', ['a1204', 'b1204']],
    ['parkveiw 1204', ['a1204', 'b1204']],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('searchCatalog filters', () => {
  it.each([
    ['2bd under 600k available', ['c1204', 'a1204']],
    ['2+1', ['a305']],
    ['studio', ['b812']],
    ['2 ba', ['a305']],
    // 70 m² is 753 sq ft; the m² bound applies to square-foot projects too.
    ['< 80 m2', ['c1204']],
    // 95 m² is 1,023 sq ft.
    ['>900sqft', ['c501', 'a1204', 'a305']],
    ['reserved', ['d1204', 'aPH2']],
    ['sold reserved', ['d1204', 'aPH2', 'b1204', 'a1205']],
    ['floor PH', ['dPH12', 'cPH2', 'aPH2']],
    ['fl 12', ['c1204', 'a1204', 'd1204', 'b1204', 'a1205']],
    ['fl 12 parkview', ['a1204', 'b1204', 'a1205']],
    ['1204 sold', ['b1204']],
    ['over 500k under 600k', ['c1204', 'a1204']],
  ])('%j → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('never lets a unit without a price through a price filter', () => {
    expect(ids('under 10m')).toEqual(['c1204', 'b812', 'a1204', 'a305']);
  });
});

describe('searchCatalog words', () => {
  it('needs every word to match', () => {
    expect(ids('parkview vancouver')).toEqual([]);
    expect(ids('harbour 1204 702')).toEqual([]);
    expect(ids('harbour 702')).toEqual(['d702']);
  });

  it('matches words as prefixes of words, not inside them', () => {
    expect(ids('view')).toEqual([]);
    expect(ids('parkv').length).toBe(9);
  });

  it('tolerates one slip in a word of four letters or more that matches nothing as typed', () => {
    expect(ids('harbor')).toEqual(['d702', 'dPH12', 'd1204']);
    expect(ids('hrabour 702')).toEqual(['d702']);
    expect(ids('hrb')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
  });
});

describe('searchCatalog results', () => {
  it('returns no units and every project for an empty query', () => {
    for (const query of ['', '   ', 'at']) {
      const result = searchCatalog(index, query);
      expect(result.units).toEqual([]);
      expect(result.totalUnits).toBe(0);
      expect(result.projects.map((p) => p.id)).toEqual(['pD', 'pC', 'pB', 'pA']);
    }
  });

  it('counts every match but returns at most `limit`', () => {
    const result = searchCatalog(index, '1204', { limit: 2 });
    expect(result.units.map((u) => u.id)).toEqual(['c1204', 'a1204']);
    expect(result.totalUnits).toBe(4);
    expect(searchCatalog(index, 'available').totalUnits).toBe(10);
    expect(searchCatalog(index, 'available', { limit: 3 }).units).toHaveLength(3);
  });

  it('defaults to 50 units', () => {
    expect(searchCatalog(index, 'a').units.length).toBeLessThanOrEqual(50);
    expect(searchCatalog(index, '1', { limit: 0 }).units).toEqual([]);
  });

  it('lists projects named by the words, best named first', () => {
    expect(projectNames('parkview')).toEqual(['Parkview Gardens', 'Parkview Residences']);
    expect(projectNames('parkview res')).toEqual(['Parkview Residences']);
    expect(projectNames('toronto')).toEqual(['Parkview Gardens', 'Parkview Residences']);
    expect(projectNames('montréal')).toEqual(['Le Mile-End Élégance']);
  });

  it('lists a project when the other words match its units', () => {
    expect(projectNames('harbour 702')).toEqual(['Harbour Lofts']);
    expect(projectNames('parkview 812')).toEqual(['Parkview Gardens']);
  });

  it('lists no project when no word names one, or for filters only', () => {
    expect(projectNames('1204')).toEqual([]);
    expect(projectNames('2bd under 600k')).toEqual([]);
    expect(searchCatalog(index, '2bd under 600k').totalUnits).toBe(2);
  });

  it('returns the parsed query', () => {
    const result = searchCatalog(index, '2bd parkview');
    expect(result.query.words).toEqual(['parkview']);
    expect(result.query.filters.map((f) => f.text)).toEqual(['2bd']);
  });

  it('keeps units whose project is not in the catalog findable by number', () => {
    const orphanIndex = buildSearchIndex(catalog(projects, [...units, unit('x1', 'gone', '9901')]));
    expect(searchCatalog(orphanIndex, '9901').units.map((u) => u.id)).toEqual(['x1']);
    expect(searchCatalog(orphanIndex, '9901').projects).toEqual([]);
  });

  it('finds a status Planpoint sent in words of its own by those words, and only those units', () => {
    const labelled = buildSearchIndex(
      catalog(projects, [
        ...units,
        unit('aMS', 'pA', '101', { status: 'unknown', statusLabel: 'Model suite' }),
        unit('aSR', 'pA', '102', { status: 'unknown', statusLabel: 'Showroom' }),
      ]),
    );
    expect(searchCatalog(labelled, 'model suite').units.map((u) => u.id)).toEqual(['aMS']);
    expect(searchCatalog(labelled, 'showroom parkview res').units.map((u) => u.id)).toEqual([
      'aSR',
    ]);
  });

  it('never lets a price of 0 (on request) pass a price filter', () => {
    const onRequest = buildSearchIndex(
      catalog(projects, [...units, unit('a0', 'pA', '777', { bedrooms: 2, price: 0 })]),
    );
    expect(searchCatalog(onRequest, '2bd under 600k').units.map((u) => u.id)).not.toContain('a0');
    expect(searchCatalog(onRequest, '777').units.map((u) => u.id)).toEqual(['a0']);
  });

  it('finds rentals by "rental" or "rent", and never lets a rent pass a sale-price filter', () => {
    const withRentals = buildSearchIndex(
      catalog(projects, [
        ...units,
        unit('aR1', 'pA', '1801', { bedrooms: 2, price: 2400, rental: true }),
        unit('aR2', 'pA', '1802', { bedrooms: 1, price: 1900, rental: true }),
      ]),
    );
    const found = (query: string) => searchCatalog(withRentals, query).units.map((u) => u.id);
    expect(found('rental').sort()).toEqual(['aR1', 'aR2']);
    expect(found('2bd rent parkview res')).toEqual(['aR1']);
    expect(found('location')).toEqual(['aR1', 'aR2']);
    expect(found('2bd under 600k')).not.toContain('aR1');
    expect(found('under 3000')).toEqual([]);
  });

  it('finds commercial spaces by "commercial", with their name and filters', () => {
    const withSpaces = buildSearchIndex(
      catalog(projects, [
        ...units,
        unit('aC1', 'pA', 'CRU-1', { type: 'Commercial', commercialSpace: true, price: 900_000 }),
        unit('aC2', 'pA', 'CRU-2', { type: 'Commercial · Retail', commercialSpace: true }),
      ]),
    );
    const found = (query: string) => searchCatalog(withSpaces, query).units.map((u) => u.id);
    expect(found('commercial')).toEqual(['aC1', 'aC2']);
    expect(found('commercial under 1m')).toEqual(['aC1']);
    expect(found('retail parkview')).toEqual(['aC2']);
    expect(found('cru-2')).toEqual(['aC2']);
  });
});

describe('a broad search mixes projects', () => {
  const many = [0, 1, 2, 3, 4, 5].map((p) => project(`p${p}`, `Project ${p}`));
  const all = many.flatMap((p) =>
    Array.from({ length: 30 }, (_, n) => unit(`${p.id}-${n}`, p.id, String(100 + n))),
  );
  const index = buildSearchIndex(catalog(many, all));

  it('lists five units of each project before more of any, and Show more only adds rows', () => {
    const page = searchCatalog(index, 'available', { limit: 20 });
    expect(page.totalUnits).toBe(180);
    const projectsOf = (result: typeof page) => result.units.map((u) => u.projectId);
    expect(projectsOf(page)).toEqual(['p0', 'p1', 'p2', 'p3'].flatMap((p) => [p, p, p, p, p]));
    const more = searchCatalog(index, 'available', { limit: 40 });
    expect(more.units.slice(0, 20)).toEqual(page.units);
    // Every project's first five, then the first project's next ones.
    expect(new Set(projectsOf(more).slice(0, 30)).size).toBe(6);
    expect(more.units[30]?.id).toBe('p0-5');
  });

  it('keeps one project in number order when the search names it', () => {
    const result = searchCatalog(index, 'project 3', { limit: 10 });
    expect(result.units.map((u) => u.number)).toEqual(
      Array.from({ length: 10 }, (_, n) => String(100 + n)),
    );
  });
});
