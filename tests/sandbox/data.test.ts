import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../sandbox/data';
import type { Dataset } from '../../sandbox/types';

const small = () => generateDataset({ seed: 1, projects: 8, unitsPerProject: 40 });
const ids = /^[0-9a-f]{24}$/;

function unitsOfProject(dataset: Dataset, projectId: string) {
  const floors = new Set(dataset.floors.filter((f) => f.project === projectId).map((f) => f._id));
  return dataset.units.filter((u) => floors.has(u.doc.floor));
}

describe('generateDataset', () => {
  it('is deterministic: the same seed gives the same data, ids included', () => {
    expect(JSON.stringify(small())).toBe(JSON.stringify(small()));
  });

  it('gives different data for a different seed, but the same showcase project names', () => {
    const a = small();
    const b = generateDataset({ seed: 2, projects: 8, unitsPerProject: 40 });
    expect(JSON.stringify(a.units)).not.toBe(JSON.stringify(b.units));
    expect(b.projects.map((p) => p.name)).toEqual(a.projects.map((p) => p.name));
    expect(b.accounts[0]?.token).not.toBe(a.accounts[0]?.token);
  });

  it('makes the requested counts, plus two projects of the second account', () => {
    const dataset = generateDataset({ seed: 3, projects: 12, unitsPerProject: 25 });
    const [demo, other] = dataset.accounts;
    expect(dataset.projects.filter((p) => p.user === demo?.id)).toHaveLength(12);
    expect(dataset.projects.filter((p) => p.user === other?.id)).toHaveLength(2);
    for (const project of dataset.projects)
      expect(unitsOfProject(dataset, project._id)).toHaveLength(25);
  });

  it('uses 24-hex ids that are unique across every document', () => {
    const dataset = small();
    const all = [
      ...dataset.accounts.map((a) => a.id),
      ...dataset.projects.map((p) => p._id),
      ...dataset.floors.map((f) => f._id),
      ...dataset.units.map((u) => u.doc._id),
      ...dataset.groups.map((g) => g.doc._id),
      ...dataset.enterprises.map((e) => e.doc._id),
      ...dataset.leads.map((l) => l.doc._id),
    ];
    for (const id of all) expect(id).toMatch(ids);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has plausible projects: real cities, accents, slugs, area units and unique viewer keys', () => {
    const dataset = generateDataset({ seed: 1, projects: 60, unitsPerProject: 10 });
    const names = dataset.projects.map((p) => p.name);
    expect(names).toContain('Parkview Residences');
    expect(names).toContain('Le Mile-End Élégance');
    expect(names).toContain('Bayfront Towers');
    const cities = new Set(dataset.projects.map((p) => p.city));
    for (const city of [
      'Montréal',
      'Toronto',
      'Vancouver',
      'Miami',
      'New York',
      'Québec City',
      'Laval',
      'Calgary',
      'Austin',
    ]) {
      expect(cities).toContain(city);
    }
    for (const project of dataset.projects) {
      expect(project.namespace).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(project.hostName).not.toBe('');
      expect(typeof project.address).toBe('string');
      expect(['sqft', 'm2']).toContain(project.areaUnit);
      // Every project colours reserved units, but the rental building, which reserves none.
      if (project.name === 'Rainey Street Lofts') expect(project.colorReserved).toBeUndefined();
      else expect(project.colorReserved).toMatch(/^#[0-9A-F]{6}$/);
    }
    expect(dataset.projects.some((p) => p.areaUnit === 'm2' && p.region === 'QC')).toBe(true);
    expect(dataset.projects.some((p) => !String(p.hostName).includes('.'))).toBe(true);
    const keys = dataset.projects.map((p) => `${p.namespace}/${p.hostName}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('numbers floors and units the way agents say them', () => {
    const dataset = generateDataset({ seed: 1, projects: 40, unitsPerProject: 60 });
    const floorNames = new Set(dataset.floors.map((f) => f.name));
    expect(floorNames).toContain('Level 1');
    expect(floorNames).toContain('PH');
    const numbers = dataset.units.map((u) => String(u.doc.unitNumber ?? u.doc.name));
    expect(numbers).toContain('101');
    expect(numbers.some((n) => /^\d{3,4}$/.test(n) && Number(n) >= 1000)).toBe(true);
    expect(numbers.some((n) => /^PH-\d$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^PH\d$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^TH-\d$/.test(n))).toBe(true);
    const floorById = new Map(dataset.floors.map((f) => [f._id, f]));
    for (const unit of dataset.units) {
      const floor = floorById.get(unit.doc.floor);
      expect(floor).toBeDefined();
      const number = String(unit.doc.unitNumber ?? unit.doc.name);
      if (floor?.name.startsWith('Level '))
        expect(Math.floor(Number(number) / 100)).toBe(floor.level);
    }
    for (const floor of dataset.floors) {
      expect(typeof floor.level).toBe('number');
      expect(typeof floor.position).toBe('number');
    }
  });

  it('serves about half the units in each vocabulary, each with its own field names', () => {
    const dataset = generateDataset({ seed: 1, projects: 20, unitsPerProject: 100 });
    const sdk = dataset.units.filter((u) => u.vocabulary === 'sdk');
    const viewer = dataset.units.filter((u) => u.vocabulary === 'viewer');
    expect(sdk.length / dataset.units.length).toBeGreaterThan(0.4);
    expect(viewer.length / dataset.units.length).toBeGreaterThan(0.4);
    for (const { doc } of sdk) {
      expect(typeof doc.unitNumber).toBe('string');
      expect(['Available', 'OnHold', 'Sold', 'Leased', 'Unavailable', 'Reserved']).toContain(
        doc.status,
      );
      expect(typeof doc.bed).toBe('number');
      expect(typeof doc.bath).toBe('number');
      expect(typeof doc.sqft).toBe('number');
      expect(doc).not.toHaveProperty('availability');
      expect(doc).not.toHaveProperty('bedrooms');
    }
    for (const { doc } of viewer) {
      expect(typeof doc.name).toBe('string');
      expect(typeof doc.bedrooms).toBe('string');
      expect(typeof doc.squareFeet).toBe('number');
      expect(typeof doc.availability).toBe('string');
      expect(typeof doc.unitPriceTBD).toBe('boolean');
      expect(Array.isArray(doc.images)).toBe(true);
      expect(Array.isArray(doc.additionalInfo)).toBe(true);
      expect(doc).not.toHaveProperty('status');
      expect(doc).not.toHaveProperty('unitNumber');
    }
    const bedrooms = new Set(viewer.map((u) => u.doc.bedrooms));
    for (const label of ['Studio', '1', '2', '2+1', '3']) expect(bedrooms).toContain(label);
    const availability = new Set(viewer.map((u) => u.doc.availability));
    for (const text of ['On Hold', 'on hold', 'Available ', 'Reserved', 'Sold'])
      expect(availability).toContain(text);
    const holds = viewer.filter((u) => u.doc.availability === 'On Hold');
    expect(holds.every((u) => typeof u.doc.onHoldExpiresAt === 'string')).toBe(true);
  });

  it('has realistic prices, areas and statuses', () => {
    const dataset = generateDataset({ seed: 1, projects: 30, unitsPerProject: 100 });
    // Units for sale; the rental building's are priced per month (checked below).
    const forSale = dataset.units.filter((u) => u.doc.type !== 'Rental' && !('rent' in u.doc));
    const rentals = dataset.units.filter((u) => !forSale.includes(u));
    const prices = forSale
      .map((u) => u.doc.price)
      .filter((p): p is number => typeof p === 'number' && p > 0);
    expect(Math.min(...prices)).toBeGreaterThanOrEqual(350_000);
    expect(Math.max(...prices)).toBeLessThanOrEqual(3_500_000);
    const rents = rentals.map((u) => u.doc.rent ?? u.doc.price);
    expect(rents.length).toBeGreaterThan(0);
    for (const rent of rents)
      expect(rent === 0 || (Number(rent) >= 1500 && Number(rent) <= 16_000)).toBe(true);
    const tbd = forSale.filter(
      (u) => u.doc.unitPriceTBD === true || (u.vocabulary === 'sdk' && u.doc.price === undefined),
    );
    expect(tbd.length / dataset.units.length).toBeGreaterThan(0.02);
    expect(tbd.length / dataset.units.length).toBeLessThan(0.1);
    const projectOfFloor = new Map(dataset.floors.map((f) => [f._id, f.project]));
    const unitOfProject = new Map(dataset.projects.map((p) => [p._id, p.areaUnit]));
    for (const { doc } of dataset.units) {
      const area = Number(doc.sqft ?? doc.squareFeet);
      const areaUnit = unitOfProject.get(projectOfFloor.get(doc.floor) ?? '');
      if (areaUnit === 'm2') expect(area).toBeLessThanOrEqual(Math.ceil(2400 / 10.7639));
      else expect(area).toBeGreaterThanOrEqual(450);
      expect(area).toBeLessThanOrEqual(2400);
    }
    const statuses = dataset.units.map((u) =>
      String(u.doc.status ?? u.doc.availability)
        .trim()
        .toLowerCase(),
    );
    const available = statuses.filter((s) => s === 'available').length;
    expect(available / statuses.length).toBeGreaterThan(0.45);
    for (const status of ['sold', 'reserved', 'leased', 'unavailable'])
      expect(statuses).toContain(status);
  });

  it('has groups, one enterprise gathering groups and projects, and leads', () => {
    const dataset = small();
    const [demo, other] = dataset.accounts;
    const groupNames = dataset.groups.map((g) => g.doc.name);
    expect(groupNames).toContain('Downtown Portfolio');
    expect(dataset.groups.some((g) => g.doc.user === other?.id)).toBe(true);
    expect(
      dataset.groups.some(
        (g) => g.projects.some((r) => r.embedded) && g.projects.some((r) => !r.embedded),
      ),
    ).toBe(true);
    const [enterprise] = dataset.enterprises;
    expect(enterprise?.doc.name).toBe('Groupe Horizon');
    expect(enterprise?.groupIds.length).toBeGreaterThan(0);
    const owners = new Set(
      enterprise?.projects.map((ref) => dataset.projects.find((p) => p._id === ref.id)?.user),
    );
    expect(owners).toEqual(new Set([demo?.id, other?.id]));
    expect(dataset.leads.length).toBeGreaterThan(0);
  });

  it('rejects counts out of range', () => {
    expect(() => generateDataset({ seed: 1, projects: -1, unitsPerProject: 40 })).toThrow(
      RangeError,
    );
    expect(() => generateDataset({ seed: 1, projects: 8, unitsPerProject: 1.5 })).toThrow(
      RangeError,
    );
  });

  it('generates the 60k preset (300 x 200)', () => {
    const started = performance.now();
    const dataset = generateDataset({ seed: 1, projects: 300, unitsPerProject: 200 });
    const elapsed = performance.now() - started;
    console.log(`60k preset: ${dataset.units.length} units generated in ${Math.round(elapsed)} ms`);
    const demoProjects = new Set(
      dataset.projects.filter((p) => p.user === dataset.accounts[0]?.id).map((p) => p._id),
    );
    const demoFloors = new Set(
      dataset.floors.filter((f) => demoProjects.has(f.project)).map((f) => f._id),
    );
    expect(demoProjects.size).toBe(300);
    expect(dataset.units.filter((u) => demoFloors.has(u.doc.floor))).toHaveLength(60_000);
  });
});
