// The stored catalog format (lib/catalog/packed.ts) and the storage items built on it: every unit
// comes back exactly as it went in, in much less space, a head, units and details from different
// writes are never combined, and a catalog stored by the previous version is still read.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncCatalog } from '@/lib/catalog/sync';
import { planpointClient } from '../support/client';
import { useSandbox } from '../support/sandbox';
import type { Catalog, Unit } from '@/lib/catalog/model';
import {
  countByStatus,
  fillDetails,
  packCatalog,
  packUnits,
  readHead,
  splitDetails,
  unpackCatalog,
  unpackCatalogFirst,
  unpackUnits,
} from '@/lib/catalog/packed';
import { catalogHead, catalogInSteps, catalogSnapshot } from '@/lib/settings';
import { unit as fixtureUnit } from '../search/fixtures';

/** A typical unit, every field set, as the format must keep it; `overrides` change any. */
function unit(overrides: Partial<Unit>): Unit {
  return fixtureUnit('65e1f002fa30ee0000000002', 'p1', '101', {
    floorId: 'f1',
    floorName: 'Level 1',
    floorLevel: 1,
    bedrooms: 2,
    bathrooms: 1.5,
    area: 825,
    price: 860000,
    type: 'Condo',
    orientation: 'North',
    parking: 0,
    ...overrides,
  });
}

/** Units that use every corner of the format: nulls, runs, unicode, lists, TBD prices. */
const ODD_UNITS: Unit[] = [
  unit({}),
  unit({
    id: '65e1f003fa30ee0000000003',
    number: 'PH-2',
    name: 'Penthouse 2 — Élégance',
    bedrooms: 0,
    bedroomsLabel: 'Studio',
    price: null,
    priceTBD: true,
    status: 'on-hold',
    statusLabel: 'On Hold',
    holdExpiresAt: '2026-12-01T17:00:00.000Z',
    images: ['https://cdn.example/u/1.jpg', 'https://cdn.example/u/2.jpg'],
    additionalInfo: [
      { label: 'Ceiling height', value: '10 ft' },
      { label: 'Vue', value: '' },
    ],
  }),
  unit({
    id: 'x',
    projectId: 'p2',
    floorId: null,
    floorName: null,
    floorLevel: null,
    bedrooms: null,
    bathrooms: null,
    area: -0.5,
    price: 1.25e9,
    status: 'unknown',
    statusLabel: 'Bientôt 🏗️',
    description: 'Vue 😀 sur le fleuve',
    images: ['https://cdn.example/😀/a.jpg', 'https://cdn.example/😁/a.jpg'],
    type: null,
    orientation: null,
    parking: null,
  }),
  unit({ id: '', number: '', statusLabel: '', description: '😁 start', model: 'C3' }),
];

/** The same value as JSON text: field order and nulls included. */
const json = (value: unknown) => JSON.stringify(value);

describe('packed units', () => {
  it('give back every unit exactly, field order included', () => {
    const packed = JSON.parse(JSON.stringify(packUnits(ODD_UNITS, 's1')));
    expect(json(unpackUnits(packed))).toBe(json(ODD_UNITS));
  });

  it('handle no units at all', () => {
    expect(unpackUnits(packUnits([], 's'))).toEqual([]);
  });

  it('store runs for fields that repeat over neighbours, one value per unit for the others', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      unit({ id: `u${i}`, number: String(100 + i), floorId: `f${Math.floor(i / 100)}` }),
    );
    const packed = packUnits(many, 's');
    expect('lengths' in packed.text.floorId.column).toBe(true);
    expect(packed.text.number.column).toMatchObject({ width: 2 });
    expect(json(unpackUnits(packed))).toBe(json(many));
  });

  it('write indexes with as many digits as the values need', () => {
    // 10,000 distinct prices and numbers: three base-91 digits per unit.
    const many = Array.from({ length: 10_000 }, (_, i) =>
      unit({ id: `id-${i}`, number: `N${i}`, price: 100_000 + i * 7.5, area: i % 91 }),
    );
    const packed = JSON.parse(json(packUnits(many, 's')));
    expect(packed.numbers.price.column).toMatchObject({ width: 3 });
    expect(packed.numbers.area.column).toMatchObject({ width: 2 });
    expect(packed.text.number.column.text).not.toMatch(/[\\"]/);
    expect(json(unpackUnits(packed))).toBe(json(many));
  });

  it('count units by project and status', () => {
    expect(countByStatus(ODD_UNITS)).toEqual({
      p1: { available: 2, 'on-hold': 1 },
      p2: { unknown: 1 },
    });
  });
});

describe('a synced catalog', () => {
  const sandbox = useSandbox('fiveThousandUnits');
  let catalog: Catalog;

  beforeAll(async () => {
    catalog = await syncCatalog(planpointClient(sandbox), { viewerKey: null, previous: null });
  });

  it('round-trips through its packed form', () => {
    const { head, units, details } = packCatalog(catalog);
    expect(json(unpackCatalog(head, units, details))).toBe(json(catalog));
    expect(readHead(head)?.unitCount).toBe(catalog.units.length);
    expect(readHead(head)?.statusCounts).toEqual(countByStatus(catalog.units));
    // A head read back as an object (by a test, or a tool) is understood too.
    expect(json(unpackCatalog(JSON.parse(head), units, details))).toBe(json(catalog));
  });

  it('takes at most a fifth of its plain JSON', () => {
    const { head, units, details } = packCatalog(catalog);
    const plain = json(catalog).length;
    expect(catalog.units.length).toBeGreaterThanOrEqual(5000);
    expect(units.length + details.length + head.length).toBeLessThan(plain / 5);
  });

  it('keeps the details apart: the units alone give every other field, then the details fill in', () => {
    const { head, units, details } = packCatalog(catalog);
    const first = unpackCatalogFirst(head, units);
    expect(first?.detailsApart).toBe(true);
    const withoutDetails = first?.catalog.units[0];
    expect(withoutDetails).toMatchObject({ description: null, images: [], additionalInfo: [] });
    const { id, number, price, status, floorName } = catalog.units[0] as Unit;
    expect(withoutDetails).toMatchObject({ id, number, price, status, floorName });
    // Nearly half the bytes are details: the popup's first read is that much smaller.
    expect(details.length).toBeGreaterThan(units.length / 2);
    expect(fillDetails(first!.catalog, readHead(head)!.stamp, details)).toBe(true);
    expect(json(first?.catalog)).toBe(json(catalog));
  });

  it('reads a catalog the previous version stored, its details inside its units', () => {
    const { head } = packCatalog(catalog, 'old');
    const units = json(packUnits(catalog.units, 'old'));
    expect(json(unpackCatalog(head, units))).toBe(json(catalog));
    expect(json(unpackCatalog(head, units, null))).toBe(json(catalog));
    const first = unpackCatalogFirst(head, units);
    expect(first?.detailsApart).toBe(false);
    expect(json(first?.catalog)).toBe(json(catalog));
  });

  it('is not read from a head, units and details written by different syncs', () => {
    const first = packCatalog(catalog, 'a');
    const second = packCatalog(catalog, 'b');
    expect(unpackCatalog(first.head, second.units, second.details)).toBeNull();
    expect(unpackCatalog(first.head, first.units, second.details)).toBeNull();
    expect(unpackCatalog(first.head, first.units, undefined)).toBeNull();
    expect(unpackCatalog(first.head, first.units, '{not json')).toBeNull();
    expect(unpackCatalog(first.head, '{not json', first.details)).toBeNull();
    expect(unpackCatalog(first.head, undefined, first.details)).toBeNull();
    expect(unpackCatalog(null, first.units, first.details)).toBeNull();
    expect(unpackCatalogFirst(first.head, second.units)).toBeNull();
    const early = unpackCatalogFirst(first.head, first.units);
    expect(fillDetails(early!.catalog, 'a', second.details)).toBe(false);
    expect(early?.catalog.units[0]?.images).toEqual([]);
    expect(readHead('{"format":1}')).toBeNull();
  });

  it('splits only the detail columns off', () => {
    const { units, details } = splitDetails(packUnits(catalog.units, 's'));
    expect(Object.keys(details.text).sort()).toEqual(
      [
        'brochureUrl',
        'deliveryDate',
        'description',
        'floorId',
        'holdExpiresAt',
        'layoutUrl',
        'orientation',
        'statusField',
      ].sort(),
    );
    expect(Object.keys(details.numbers)).toEqual(['parking']);
    expect(units.text.description).toBeUndefined();
    expect(units.text.number).toBeDefined();
  });

  describe('in storage.local', () => {
    beforeEach(() => fakeBrowser.reset());

    it('is written as three strings, a small head, the units and their details, and read back whole', async () => {
      await catalogSnapshot.setValue(catalog);
      const stored = await fakeBrowser.storage.local.get(null);
      expect(Object.keys(stored).sort()).toEqual(['catalogDetails', 'catalogHead', 'catalogUnits']);
      expect(typeof stored.catalogHead).toBe('string');
      expect(typeof stored.catalogUnits).toBe('string');
      expect(typeof stored.catalogDetails).toBe('string');
      expect(json(await catalogSnapshot.getValue())).toBe(json(catalog));
      const head = await catalogHead.getValue();
      expect(head?.projects).toEqual(catalog.projects);
      expect(head?.syncedAt).toBe(catalog.syncedAt);
    });

    it('reads a catalog stored whole by an earlier version, and replaces it on the next write', async () => {
      await fakeBrowser.storage.local.set({ catalog });
      expect(json(await catalogSnapshot.getValue())).toBe(json(catalog));
      await catalogSnapshot.setValue({ ...catalog, syncedAt: catalog.syncedAt + 1 });
      const stored = await fakeBrowser.storage.local.get(null);
      expect(stored.catalog).toBeUndefined();
      expect((await catalogSnapshot.getValue())?.syncedAt).toBe(catalog.syncedAt + 1);
    });

    it('is read in steps by the popup: units first, then their details', async () => {
      await catalogSnapshot.setValue(catalog);
      const stored = await catalogInSteps.readFirst();
      const stamp = catalogInSteps.stampOf(stored);
      const first = catalogInSteps.decodeFirst(stored);
      expect(first?.detailsApart).toBe(true);
      const filled = catalogInSteps.fillDetails(
        first!.catalog,
        stamp!,
        await catalogInSteps.readDetails(),
      );
      expect(filled).toBe(true);
      expect(json(first?.catalog)).toBe(json(catalog));
    });

    it('reads the head and units an update left from the previous version, and the next write splits them', async () => {
      const { head } = packCatalog(catalog, 'old');
      await fakeBrowser.storage.local.set({
        catalogHead: head,
        catalogUnits: json(packUnits(catalog.units, 'old')),
      });
      expect(json(await catalogSnapshot.getValue())).toBe(json(catalog));
      const first = catalogInSteps.decodeFirst(await catalogInSteps.readFirst());
      expect(first?.detailsApart).toBe(false);
      expect(json(first?.catalog)).toBe(json(catalog));
      await catalogSnapshot.setValue(catalog);
      expect(await catalogInSteps.readDetails()).toEqual(expect.any(String));
      expect(json(await catalogSnapshot.getValue())).toBe(json(catalog));
    });

    it('tells watchers about each write and the removal', async () => {
      let changes = 0;
      const unwatch = catalogSnapshot.watch(() => changes++);
      await catalogSnapshot.setValue(catalog);
      await catalogSnapshot.setValue(catalog);
      await catalogSnapshot.removeValue();
      unwatch();
      expect(changes).toBe(3);
      expect(await catalogSnapshot.getValue()).toBeNull();
      expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    });
  });
});
