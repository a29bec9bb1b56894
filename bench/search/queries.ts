// The benchmark queries: what agents type, each with the answer a good search gives, read from
// the generated catalog (so they stay true if the generator changes its numbers). A query either
// names one unit (top-1: it comes first; top-5: it is in the first five) or describes a set
// (top-1: the first result is in it; top-5: the first five are all in it).

import type { Catalog, Project, Unit } from '../../lib/catalog/model';
import { fold } from '../../lib/search/fold';
import { canonicalUnitNumber } from '../../lib/search/unit-number';

export type Expectation =
  | { kind: 'unit'; unitId: string; label: string }
  | { kind: 'set'; accepts: (unit: Unit) => boolean; size: number; label: string };

export interface BenchQuery {
  query: string;
  group: 'unit number' | 'typo' | 'bare number' | 'project words' | 'filters';
  expect: Expectation;
}

const SQFT_PER_M2 = 10.7639;

/**
 * The queries and what each should find in `catalog`, the demo catalog of 300 projects. With
 * `anySize`, a catalog of another size (the growth comparison times the same queries at every
 * size): an expected unit or set it does not hold is expected nowhere, instead of an error.
 */
export function benchQueries(catalog: Catalog, anySize = false): BenchQuery[] {
  const projectsByName = new Map(catalog.projects.map((p) => [p.name, p]));
  const projectOf = new Map(catalog.projects.map((p) => [p.id, p]));
  const unitsOf = new Map<string, Unit[]>();
  for (const unit of catalog.units) {
    unitsOf.set(unit.projectId, [...(unitsOf.get(unit.projectId) ?? []), unit]);
  }
  const groupsOf = (project: Project) =>
    catalog.groups.filter((g) => g.projectIds.includes(project.id)).map((g) => g.name);
  const enterprisesOf = (project: Project) =>
    catalog.enterprises.filter((e) => e.projectIds.includes(project.id)).map((e) => e.name);

  const unit = (projectName: string, number: string): Expectation => {
    const p = projectsByName.get(projectName);
    const wanted = canonicalUnitNumber(number);
    const found =
      p && (unitsOf.get(p.id) ?? []).find((u) => canonicalUnitNumber(u.number) === wanted);
    if (found === undefined && anySize) return missing(`${projectName} #${number}`);
    if (p === undefined) throw new Error(`The demo catalog has no project "${projectName}".`);
    if (found === undefined) throw new Error(`"${projectName}" has no unit ${number}.`);
    return { kind: 'unit', unitId: found.id, label: `${projectName} #${found.number}` };
  };
  const set = (label: string, accepts: (unit: Unit, project: Project) => boolean): Expectation => {
    const test = (u: Unit) => {
      const p = projectOf.get(u.projectId);
      return p !== undefined && accepts(u, p);
    };
    const size = catalog.units.filter(test).length;
    if (size === 0 && !anySize) throw new Error(`No unit is ${label}.`);
    return { kind: 'set', accepts: test, size, label };
  };
  const missing = (label: string): Expectation => ({
    kind: 'set',
    accepts: () => false,
    size: 0,
    label: `${label} (not in this catalog)`,
  });
  const city = (p: Project, name: string) => fold(p.city ?? '') === fold(name);
  const sqft = (u: Unit, p: Project) =>
    u.area === null ? NaN : p.areaUnit === 'm2' ? u.area * SQFT_PER_M2 : u.area;
  const price = (u: Unit) => (u.priceTBD || u.price === null ? NaN : u.price);
  const den = (u: Unit) => u.bedroomsLabel !== null && /\+|den/i.test(u.bedroomsLabel);
  const isPenthouse = (u: Unit) =>
    /^ph/i.test(u.number) || /^(ph|penthouse)/i.test(u.floorName ?? '');

  return [
    {
      group: 'unit number',
      query: '1204 parkview res',
      expect: unit('Parkview Residences', '1204'),
    },
    { group: 'unit number', query: 'parkview res 805', expect: unit('Parkview Residences', '805') },
    {
      group: 'unit number',
      query: '12-04 parkview res',
      expect: unit('Parkview Residences', '1204'),
    },
    { group: 'unit number', query: 'chelsea 1101', expect: unit('Chelsea Park Lofts', '1101') },
    { group: 'unit number', query: 'ph-2 rosemont', expect: unit('Le Rosemont', 'PH-2') },
    { group: 'unit number', query: 'rosemont ph2', expect: unit('Le Rosemont', 'PH-2') },
    {
      group: 'unit number',
      query: 'ph 3 harbourview lofts',
      expect: unit('Harbourview Lofts', 'PH3'),
    },
    { group: 'unit number', query: 'th-3 mile-end', expect: unit('Le Mile-End Élégance', 'TH-3') },
    { group: 'unit number', query: 'th2 rainey', expect: unit('Rainey Street Lofts', 'TH-2') },
    {
      group: 'unit number',
      query: 'mile end elegance 1502',
      expect: unit('Le Mile-End Élégance', '1502'),
    },
    {
      group: 'unit number',
      query: 'vieux-quebec ph2',
      expect: unit('Les Jardins du Vieux-Québec', 'PH2'),
    },
    { group: 'unit number', query: 'carre laval 1204', expect: unit('Carré Laval', '1204') },
    { group: 'unit number', query: 'westbrook 1502', expect: unit('Westbrook Commons', '1502') },
    { group: 'unit number', query: '1101 rosemont', expect: unit('Le Rosemont', '1101') },
    {
      group: 'unit number',
      query: '302 jardins vieux',
      expect: unit('Les Jardins du Vieux-Québec', '302'),
    },
    { group: 'typo', query: 'parkveiw res 1204', expect: unit('Parkview Residences', '1204') },
    { group: 'typo', query: 'harbourvew lofts ph1', expect: unit('Harbourview Lofts', 'PH1') },
    { group: 'typo', query: 'rosemnt 805', expect: unit('Le Rosemont', '805') },
    {
      group: 'bare number',
      query: '1204',
      expect: set('numbered 1204', (u) => canonicalUnitNumber(u.number) === '1204'),
    },
    {
      group: 'bare number',
      query: 'ph-1',
      expect: set('numbered PH1', (u) => canonicalUnitNumber(u.number) === 'ph1'),
    },
    {
      group: 'project words',
      query: 'parkview',
      expect: set('in a Parkview project', (_, p) => /parkview/i.test(p.name)),
    },
    {
      group: 'project words',
      query: 'montreal',
      expect: set('in Montréal', (_, p) => city(p, 'Montréal')),
    },
    {
      group: 'project words',
      query: 'toronto',
      expect: set('in Toronto', (_, p) => city(p, 'Toronto')),
    },
    {
      group: 'project words',
      query: 'groupe horizon',
      expect: set('in a Groupe Horizon project', (_, p) =>
        enterprisesOf(p).includes('Groupe Horizon'),
      ),
    },
    {
      group: 'project words',
      query: 'collection quebec',
      expect: set('in Collection Québec', (_, p) => groupsOf(p).includes('Collection Québec')),
    },
    {
      group: 'filters',
      query: '2bd under 600k available',
      expect: set(
        '2 bedrooms, ≤ $600k, available',
        (u) => u.bedrooms === 2 && price(u) <= 600_000 && u.status === 'available',
      ),
    },
    {
      group: 'filters',
      query: 'studio montreal',
      expect: set('a studio in Montréal', (u, p) => u.bedrooms === 0 && city(p, 'Montréal')),
    },
    {
      group: 'filters',
      query: '2+1 toronto',
      expect: set(
        '2 bedrooms + den in Toronto',
        (u, p) => u.bedrooms === 2 && den(u) && city(p, 'Toronto'),
      ),
    },
    {
      group: 'filters',
      query: '3 chambres moins de 900k dispo',
      expect: set(
        '3 bedrooms, ≤ $900k, available',
        (u) => u.bedrooms === 3 && price(u) <= 900_000 && u.status === 'available',
      ),
    },
    {
      group: 'filters',
      query: 'fl 12 parkview res',
      expect: set(
        'on floor 12 of Parkview Residences',
        (u, p) => u.floorLevel === 12 && p.name.startsWith('Parkview Residences'),
      ),
    },
    {
      group: 'filters',
      query: 'floor PH available miami',
      expect: set(
        'an available Miami penthouse',
        (u, p) => isPenthouse(u) && u.status === 'available' && city(p, 'Miami'),
      ),
    },
    {
      group: 'filters',
      query: '$500,000-$700,000 2 bed laval',
      expect: set(
        '2 bedrooms, $500k to $700k, in Laval',
        (u, p) =>
          u.bedrooms === 2 && price(u) >= 500_000 && price(u) <= 700_000 && city(p, 'Laval'),
      ),
    },
    {
      group: 'filters',
      query: '< 80 m2 dispo laval',
      expect: set(
        '≤ 80 m², available, in Laval',
        (u, p) => sqft(u, p) <= 80 * SQFT_PER_M2 && u.status === 'available' && city(p, 'Laval'),
      ),
    },
    {
      group: 'filters',
      query: 'reserved rosemont',
      expect: set(
        'reserved at Le Rosemont',
        (u, p) => u.status === 'reserved' && p.name === 'Le Rosemont',
      ),
    },
    {
      group: 'filters',
      query: 'on hold 2 ba toronto',
      expect: set(
        'on hold, 2+ bathrooms, in Toronto',
        (u, p) => u.status === 'on-hold' && (u.bathrooms ?? 0) >= 2 && city(p, 'Toronto'),
      ),
    },
    {
      group: 'filters',
      query: '>1.2m vancouver available',
      expect: set(
        '≥ $1.2M, available, in Vancouver',
        (u, p) => price(u) >= 1_200_000 && u.status === 'available' && city(p, 'Vancouver'),
      ),
    },
  ];
}

/** Top-1 and top-5 as defined above, for one engine's ranked ids. */
export function judge(expect: Expectation, ids: string[], unitById: Map<string, Unit>) {
  if (expect.kind === 'unit') {
    return { top1: ids[0] === expect.unitId, top5: ids.slice(0, 5).includes(expect.unitId) };
  }
  const accepted = (id: string | undefined) => {
    const unit = id === undefined ? undefined : unitById.get(id);
    return unit !== undefined && expect.accepts(unit);
  };
  const first = ids.slice(0, 5);
  return {
    top1: accepted(ids[0]),
    top5: first.length >= Math.min(5, expect.size) && first.every(accepted),
  };
}
