import { describe, expect, it } from 'vitest';
import type { Unit } from '../../lib/catalog/model';
import {
  normalizeCommercialSpaces,
  normalizeEnterprise,
  normalizeFullProject,
  normalizeGroup,
  normalizeProject,
  normalizeProjectUnits,
  normalizeUnit,
} from '../../lib/planpoint/normalize';
import type { WireFloor, WireProject, WireUnit } from '../../lib/planpoint/wire';

const PID = '64a1f2b3c4d5e6f7a8b9c0d1';
const FLOOR = { id: 'f1', name: 'Level 12', level: 12 };

function unit(raw: Partial<WireUnit> & Record<string, unknown>, floor = FLOOR): Unit {
  return normalizeUnit({ _id: 'u1', ...raw }, { projectId: PID, floor });
}

describe('normalizeUnit: viewer vocabulary', () => {
  const viewer: WireUnit = {
    _id: 'u-viewer',
    floor: 'f1',
    name: ' 1204 ',
    bedrooms: '2+1',
    bathrooms: 2,
    squareFeet: 1040,
    price: 899000,
    unitPriceTBD: false,
    availability: 'On Hold',
    onHoldExpiresAt: '2026-05-01T12:00:00Z',
    deliveryDate: 'Fall 2027',
    description: ' Corner unit ',
    type: 'Condo',
    specificType: 'Penthouse',
    layoutUrl: 'https://cdn.example.com/layout-1204.pdf',
    images: [
      'https://cdn.example.com/a.jpg',
      'javascript:alert(1)',
      'https://cdn.example.com/b.jpg',
    ],
    unitImageUrl: 'https://cdn.example.com/main.jpg',
    layoutGallery: ['https://cdn.example.com/g1.png'],
    brochurePDF: 'https://cdn.example.com/brochure.pdf',
    additionalInfo: [
      { label: 'View', value: 'Lake' },
      { label: 'Ceiling', value: 9 },
      { label: '', value: 'dropped' },
      { label: 'Nothing' },
    ],
    unitmodels: [{ _id: 'm1', name: 'B2', floorplan: 'https://cdn.example.com/b2.png' }],
    orientation: 'South-West',
    parking: '1',
  };

  it('maps every field', () => {
    expect(normalizeUnit(viewer, { projectId: PID, floor: FLOOR })).toEqual<Unit>({
      id: 'u-viewer',
      projectId: PID,
      floorId: 'f1',
      number: '1204',
      name: null,
      floorName: 'Level 12',
      floorLevel: 12,
      bedrooms: 2,
      bedroomsLabel: '2+1',
      bathrooms: 2,
      area: 1040,
      price: 899000,
      priceTBD: false,
      rental: false,
      commercialSpace: false,
      status: 'on-hold',
      statusLabel: 'On Hold',
      statusField: 'availability',
      model: 'B2',
      type: 'Condo · Penthouse',
      orientation: 'South-West',
      parking: 1,
      deliveryDate: 'Fall 2027',
      holdExpiresAt: '2026-05-01T12:00:00.000Z',
      description: 'Corner unit',
      images: [
        'https://cdn.example.com/main.jpg',
        'https://cdn.example.com/a.jpg',
        'https://cdn.example.com/b.jpg',
        'https://cdn.example.com/g1.png',
      ],
      layoutUrl: 'https://cdn.example.com/layout-1204.pdf',
      brochureUrl: 'https://cdn.example.com/brochure.pdf',
      additionalInfo: [
        { label: 'View', value: 'Lake' },
        { label: 'Ceiling', value: '9' },
      ],
    });
  });
});

describe('normalizeUnit: SDK vocabulary', () => {
  it('maps every field', () => {
    const sdk: WireUnit = {
      _id: 'u-sdk',
      floor: 'f1',
      unitNumber: 'PH-2',
      name: 'Penthouse 2',
      status: 'Sold',
      price: 1250000,
      bed: 3,
      bath: 2.5,
      sqft: 1800,
      model: 'Skyline',
      orientation: 'North',
      parking: 2,
    };
    expect(normalizeUnit(sdk, { projectId: PID, floor: FLOOR })).toMatchObject({
      id: 'u-sdk',
      floorId: 'f1',
      number: 'PH-2',
      name: 'Penthouse 2',
      bedrooms: 3,
      bedroomsLabel: null,
      bathrooms: 2.5,
      area: 1800,
      price: 1250000,
      priceTBD: false,
      status: 'sold',
      statusLabel: 'Sold',
      statusField: 'status',
      model: 'Skyline',
      type: null,
      orientation: 'North',
      parking: 2,
      images: [],
      layoutUrl: null,
      brochureUrl: null,
      additionalInfo: [],
      holdExpiresAt: null,
    });
  });

  it.each([
    ['Available', 'available'],
    ['OnHold', 'on-hold'],
    ['Sold', 'sold'],
    ['Leased', 'leased'],
    ['Unavailable', 'unavailable'],
  ] as const)('status %s -> %s', (status, expected) => {
    expect(unit({ status }).status).toBe(expected);
  });
});

describe('normalizeUnit: a mix of both vocabularies', () => {
  it('takes each field from whichever vocabulary has it', () => {
    const u = unit({
      unitNumber: '305',
      bed: 1,
      bathrooms: '1',
      squareFeet: null,
      sqft: '640',
      availability: '',
      status: 'Available',
    });
    expect(u).toMatchObject({
      number: '305',
      name: null,
      bedrooms: 1,
      bathrooms: 1,
      area: 640,
      status: 'available',
      statusLabel: 'Available',
    });
  });

  it('prefers the recognised one when availability and status disagree in readability', () => {
    expect(unit({ availability: 'Model suite', status: 'Sold' })).toMatchObject({
      status: 'sold',
      statusLabel: 'Sold',
      statusField: 'status',
    });
    expect(unit({ availability: 'Reserved', status: 'Available' })).toMatchObject({
      status: 'reserved',
      statusField: 'availability',
    });
    expect(unit({ availability: 'Model suite', status: 'Later' })).toMatchObject({
      status: 'unknown',
      statusLabel: 'Model suite',
      statusField: 'availability',
    });
    expect(unit({}).statusField).toBeNull();
  });
});

describe('normalizeUnit: number and name', () => {
  it.each([
    [{ unitNumber: '1204', name: '1204' }, '1204', null],
    [{ unitNumber: '1204', name: 'Sky Suite' }, '1204', 'Sky Suite'],
    [{ name: 'Sky Suite' }, 'Sky Suite', null],
    [{ unitNumber: 1204 }, '1204', null],
    [{ unitNumber: '  ', name: 'B-7' }, 'B-7', null],
    [{}, '?', null],
    [{ unitNumber: null, name: null }, '?', null],
    [{ name: '🏙️ Sky 1' }, '🏙️ Sky 1', null],
    [{ unitNumber: '12', name: 'שלום עולם' }, '12', 'שלום עולם'],
  ])('%j -> number %j, name %j', (raw, number, name) => {
    const u = unit(raw as Record<string, unknown>);
    expect(u.number).toBe(number);
    expect(u.name).toBe(name);
  });

  it('keeps absurdly long strings whole', () => {
    const long = 'x'.repeat(10_000);
    expect(unit({ name: long, description: long })).toMatchObject({
      number: long,
      description: long,
    });
  });
});

describe('normalizeUnit: bedrooms', () => {
  it.each([
    ['Studio', 0, 'Studio'],
    ['studio', 0, 'studio'],
    ['0', 0, null],
    [0, 0, null],
    ['2', 2, null],
    [' 3 ', 3, null],
    ['2+1', 2, '2+1'],
    ['1 + den', 1, '1 + den'],
    ['2 bed', 2, '2 bed'],
    ['Loft', null, 'Loft'],
    ['4½', null, '4½'],
    ['4 1/2', null, '4 1/2'],
    ['', null, null],
    [null, null, null],
    [-1, null, null],
    [Number.NaN, null, null],
    [{ n: 2 }, null, null],
  ])('%j -> %j (label %j)', (bedrooms, expected, label) => {
    const u = unit({ bedrooms } as Record<string, unknown>);
    expect(u.bedrooms).toBe(expected);
    expect(u.bedroomsLabel).toBe(label);
  });

  it('falls back to the SDK `bed` when `bedrooms` is blank', () => {
    expect(unit({ bedrooms: ' ', bed: '2' }).bedrooms).toBe(2);
  });
});

describe('normalizeUnit: prices and areas', () => {
  it.each([
    [599000, 599000],
    ['599000', 599000],
    ['$599,000', 599000],
    ['$ 599,000.50', 599000.5],
    ['CA$1 250 000', 1250000],
    ['599 000 €', 599000],
    ['599000 USD', 599000],
    // other conventions: read right, or not at all, never as a wrong number
    ['€450.000', 450000],
    ['450 000 $', 450000],
    ['1.234.567,50 €', 1234567.5],
    ['$599.99', 599.99],
    ['1.2345', null],
    ['12,34,5', null],
    ['TBD', null],
    ['1.2M', null],
    ['', null],
    [null, null],
    [-5, null],
    [Number.POSITIVE_INFINITY, null],
    [{ amount: 5 }, null],
    [true, null],
  ])('price %j -> %j', (price, expected) => {
    expect(unit({ price } as Record<string, unknown>).price).toBe(expected);
  });

  it.each([
    ['850 sq ft', 850],
    ['1,200', 1200],
    ['79 m²', 79],
    ['abc', null],
  ])('area %j -> %j', (squareFeet, expected) => {
    expect(unit({ squareFeet }).area).toBe(expected);
  });

  it.each([
    [true, true],
    ['true', true],
    [false, false],
    [undefined, false],
    ['no', false],
  ])('unitPriceTBD %j -> priceTBD %j', (unitPriceTBD, expected) => {
    expect(unit({ unitPriceTBD } as Record<string, unknown>).priceTBD).toBe(expected);
  });
});

describe('normalizeUnit: links', () => {
  it('keeps only http(s) links and drops everything else', () => {
    const u = unit({
      unitImageUrl: 'data:image/png;base64,AAAA',
      images: [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'file:///etc/passwd',
        '/relative/path.jpg',
        'http://ok.example.com/1.jpg',
        '//cdn.example.com/2.jpg',
        { url: 'https://cdn.example.com/3.jpg' },
        42,
        null,
        'http://ok.example.com/1.jpg',
      ],
      layoutUrl: 'javascript:void(0)',
      layoutGallery: ['vbscript:x', 'https://cdn.example.com/gallery.png'],
      brochurePDF: 'data:application/pdf;base64,AAAA',
    });
    expect(u.images).toEqual([
      'http://ok.example.com/1.jpg',
      'https://cdn.example.com/2.jpg',
      'https://cdn.example.com/3.jpg',
      'https://cdn.example.com/gallery.png',
    ]);
    expect(u.layoutUrl).toBe('https://cdn.example.com/gallery.png');
    expect(u.brochureUrl).toBeNull();
  });

  it('falls back to a unit model floor plan for the layout', () => {
    const u = unit({
      unitmodels: [
        { _id: 'm1', name: 'A1', floorplan: 'ftp://old.example.com/a1.png' },
        { _id: 'm2', floorplan: 'https://cdn.example.com/a2.png' },
      ],
    });
    expect(u.layoutUrl).toBe('https://cdn.example.com/a2.png');
    expect(u.model).toBe('A1');
  });

  it('survives non-array link lists', () => {
    const u = unit({ images: 'https://x.example.com/a.jpg' as unknown as unknown[] });
    expect(u.images).toEqual([]);
  });
});

describe('normalizeUnit: hold expiry, odd values, floors', () => {
  it('keeps the hold expiry only while on hold', () => {
    expect(unit({ status: 'OnHold', onHoldExpiresAt: 1767225600000 }).holdExpiresAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(unit({ status: 'Sold', onHoldExpiresAt: '2026-01-01T00:00:00Z' }).holdExpiresAt).toBe(
      null,
    );
    expect(unit({ status: 'OnHold', onHoldExpiresAt: 'someday' }).holdExpiresAt).toBeNull();
  });

  it('never throws on nulls and wrong types everywhere', () => {
    const odd: Record<string, unknown> = {
      floor: 42,
      name: { nested: true },
      unitNumber: [],
      bedrooms: [],
      bathrooms: 'many',
      squareFeet: {},
      price: [],
      availability: { value: 'Sold' },
      status: 7,
      model: 12,
      type: null,
      specificType: 'Townhouse',
      orientation: false,
      parking: 'Yes',
      deliveryDate: 2027,
      description: null,
      additionalInfo: 'none',
      unitmodels: 'none',
      onHoldExpiresAt: {},
    };
    const u = normalizeUnit({ _id: 'odd', ...odd }, { projectId: PID });
    expect(u).toMatchObject({
      id: 'odd',
      floorId: null,
      floorName: null,
      floorLevel: null,
      number: '?',
      name: null,
      bedrooms: null,
      bathrooms: null,
      area: null,
      price: null,
      status: 'unknown',
      statusLabel: '7',
      model: '12',
      type: 'Townhouse',
      orientation: null,
      parking: null,
      deliveryDate: '2027',
      additionalInfo: [],
    });
    expect(JSON.stringify(u)).not.toContain('[object Object]');
  });

  it('reads the storey from an embedded floor when no floor context is given', () => {
    const u = normalizeUnit(
      { _id: 'u', floor: { _id: 'f9', name: 'Ground', level: '0' } },
      { projectId: PID },
    );
    expect(u).toMatchObject({ floorId: 'f9', floorName: 'Ground', floorLevel: 0 });
  });

  it('keeps the floor id when the floor is unknown', () => {
    const u = normalizeUnit({ _id: 'u', floor: 'f-missing' }, { projectId: PID, floor: null });
    expect(u).toMatchObject({ floorId: 'f-missing', floorName: null, floorLevel: null });
  });
});

describe('normalizeProject', () => {
  it('maps a full project', () => {
    const p: WireProject = {
      _id: PID,
      name: ' Parkview Residences ',
      namespace: 'parkview',
      hostName: 'william',
      city: ' Montréal ',
      areaUnit: 'm²',
      paused: false,
    };
    expect(normalizeProject(p, { groupIds: ['g1', 'g1', 'g2'], enterpriseIds: ['e1'] })).toEqual({
      id: PID,
      name: 'Parkview Residences',
      namespace: 'parkview',
      hostName: 'william',
      city: 'Montréal',
      areaUnit: 'm2',
      paused: false,
      usesReserved: false,
      groupIds: ['g1', 'g2'],
      enterpriseIds: ['e1'],
    });
  });

  it.each([
    ['m2', 'm2'],
    ['sqm', 'm2'],
    ['M²', 'm2'],
    ['sq m', 'm2'],
    ['sqft', 'sqft'],
    ['ft²', 'sqft'],
    [undefined, 'sqft'],
    [42, 'sqft'],
  ])('areaUnit %j -> %s', (areaUnit, expected) => {
    expect(normalizeProject({ _id: PID, areaUnit } as WireProject).areaUnit).toBe(expected);
  });

  it.each([
    [true, true],
    [false, false],
    [{ value: true, reason: 'Billing' }, true],
    [{ value: false }, false],
    ['true', true],
    [null, false],
    [undefined, false],
  ])('paused %j -> %j', (paused, expected) => {
    expect(normalizeProject({ _id: PID, paused } as WireProject).paused).toBe(expected);
  });

  it('falls back to the namespace, then the id, for a missing name; reads city from an address', () => {
    expect(normalizeProject({ _id: PID, namespace: 'azurea' }).name).toBe('azurea');
    expect(normalizeProject({ _id: PID }).name).toBe(PID);
    expect(normalizeProject({ _id: PID, address: { city: 'Laval' } }).city).toBe('Laval');
    expect(normalizeProject({ _id: PID, city: 42 } as unknown as WireProject).city).toBe('42');
    expect(normalizeProject({ _id: PID })).toMatchObject({
      namespace: null,
      hostName: null,
      city: null,
      groupIds: [],
      enterpriseIds: [],
    });
  });
});

describe('normalizeGroup and normalizeEnterprise', () => {
  it('turns project references (ids or embedded documents) into ids', () => {
    const g = normalizeGroup({
      _id: 'g1',
      name: 'Downtown',
      namespace: 'downtown',
      hostName: 'portfolio',
      projects: ['p1', { _id: 'p2', name: 'Two', paused: true }, 'p1', { name: 'no id' } as never],
    });
    expect(g).toEqual({
      id: 'g1',
      name: 'Downtown',
      namespace: 'downtown',
      hostName: 'portfolio',
      projectIds: ['p1', 'p2'],
    });
  });

  it('copes with a group without projects', () => {
    expect(normalizeGroup({ _id: 'g2', projects: null }).projectIds).toEqual([]);
  });

  it('collects group and project ids of an enterprise', () => {
    const e = normalizeEnterprise({
      _id: 'e1',
      name: 'Acme Developments',
      groups: [{ _id: 'g1' }, 'g2'],
      projects: ['p9', { _id: 'p8' }],
    });
    expect(e).toEqual({
      id: 'e1',
      name: 'Acme Developments',
      namespace: null,
      hostName: null,
      groupIds: ['g1', 'g2'],
      projectIds: ['p9', 'p8'],
    });
  });
});

describe('normalizeProjectUnits', () => {
  const floors: WireFloor[] = [
    { _id: 'f1', project: PID, name: 'Level 1', level: 1, position: 0 },
    { _id: 'f2', project: PID, name: 'Level 2', position: '2' },
  ];

  it('joins each unit to its floor and keeps units whose floor is missing', () => {
    const units = normalizeProjectUnits(PID, floors, [
      { _id: 'a', floor: 'f1', unitNumber: '101' },
      { _id: 'b', floor: 'f2', name: '201' },
      { _id: 'c', floor: 'f-gone', unitNumber: '999' },
      { _id: 'd', unitNumber: '000' },
    ]);
    expect(units.map((u) => [u.id, u.floorId, u.floorName, u.floorLevel])).toEqual([
      ['a', 'f1', 'Level 1', 1],
      ['b', 'f2', 'Level 2', 2],
      ['c', 'f-gone', null, null],
      ['d', null, null, null],
    ]);
    expect(units.every((u) => u.projectId === PID)).toBe(true);
  });

  it('keeps a unit listed twice once', () => {
    const units = normalizeProjectUnits(PID, floors, [
      { _id: 'a', floor: 'f1', unitNumber: '101' },
      { _id: 'a', floor: 'f1', unitNumber: '101 again' },
    ]);
    expect(units).toHaveLength(1);
    expect(units[0]?.number).toBe('101');
  });
});

describe('normalizeFullProject', () => {
  it('reads units embedded in floors, with the storey of the floor they sit in', () => {
    const { project, units } = normalizeFullProject({
      _id: PID,
      name: 'Azurea',
      namespace: 'azurea',
      hostName: 'william',
      areaUnit: 'sqm',
      floors: [
        {
          _id: 'f1',
          name: 'Level 1',
          level: 1,
          units: [
            { _id: 'u1', floor: 'f1', unitNumber: '101', status: 'Available' },
            { _id: 'u2', name: '102', availability: 'Vendu', bedrooms: 'Studio' },
          ],
        },
        { _id: 'f2', name: 'Level 2', level: 2 },
        { _id: 'f3', name: 'Level 3', units: [{ _id: 'u3', unitNumber: '301' }] },
      ],
    });
    expect(project).toMatchObject({ id: PID, name: 'Azurea', areaUnit: 'm2' });
    expect(units.map((u) => [u.id, u.number, u.floorId, u.floorName, u.status])).toEqual([
      ['u1', '101', 'f1', 'Level 1', 'available'],
      ['u2', '102', 'f1', 'Level 1', 'sold'],
      ['u3', '301', 'f3', 'Level 3', 'unknown'],
    ]);
    expect(units[1]?.bedrooms).toBe(0);
  });

  it('returns no units for a project without floors, or with odd floor values', () => {
    expect(normalizeFullProject({ _id: PID }).units).toEqual([]);
    expect(normalizeFullProject({ _id: PID, floors: null }).units).toEqual([]);
    const odd = { _id: PID, floors: [null, 'f1', { _id: 'f1', units: [null, { no: 'id' }] }] };
    expect(normalizeFullProject(odd as unknown as WireProject).units).toEqual([]);
  });
});

describe('normalizeProjectUnits: floor levels', () => {
  it.each([
    [{ _id: 'f', name: 'Level 12', level: 7 }, 7],
    [{ _id: 'f', name: 'Level 12', position: 3 }, 12],
    [{ _id: 'f', name: '12th floor' }, 12],
    [{ _id: 'f', name: 'Étage 3', position: 9 }, 3],
    [{ _id: 'f', name: 'Ground', position: 11 }, 0],
    [{ _id: 'f', name: 'Rez-de-chaussée' }, 0],
    [{ _id: 'f', name: 'Penthouse', position: 30 }, 30],
    [{ _id: 'f', name: 'Penthouse' }, null],
  ])('%j -> level %j', (floor, level) => {
    const [u] = normalizeProjectUnits('p', [floor], [{ _id: 'u', floor: 'f', unitNumber: '1' }]);
    expect(u?.floorLevel).toBe(level);
  });
});

describe('unit models given by id', () => {
  it("are resolved through the project's models, with their floor plan", () => {
    const { units } = normalizeFullProject({
      _id: 'p1',
      name: 'Parkview',
      unitmodels: [{ _id: 'm-b2', name: 'B2', floorplan: 'https://cdn.example.com/b2.png' }],
      floors: [
        {
          _id: 'f1',
          name: 'Level 3',
          units: [{ _id: 'u1', unitNumber: '301', unitmodels: ['m-b2'] }],
        },
      ],
    } as WireProject);
    expect(units[0]).toMatchObject({ model: 'B2', layoutUrl: 'https://cdn.example.com/b2.png' });
  });

  it('leave the model unknown when the project does not list it', () => {
    const { units } = normalizeFullProject({
      _id: 'p1',
      floors: [{ _id: 'f1', units: [{ _id: 'u1', unitNumber: '301', unitmodels: ['m-x'] }] }],
    } as WireProject);
    expect(units[0]).toMatchObject({ model: null, layoutUrl: null });
  });
});

describe('commercial spaces', () => {
  const project = {
    _id: PID,
    name: 'Azurea',
    floors: [{ _id: 'f1', name: 'Level 1', units: [{ _id: 'u1', unitNumber: '101' }] }],
    commercialSpaces: [
      { _id: 'c1', name: 'CRU-1', status: 'Available', price: 1_200_000, sqft: 1800 },
      { _id: 'c2', name: 'CRU-2', status: 'Leased', price: '€450.000', type: 'Retail' },
      { _id: 'c2', name: 'CRU-2 again' },
      { name: 'no id' },
      null,
    ],
  } as unknown as WireProject;

  it('lists them beside the units, typed Commercial, with price, area and status', () => {
    const { units } = normalizeFullProject(project);
    expect(units.map((u) => [u.id, u.number, u.type, u.price, u.area, u.status])).toEqual([
      ['u1', '101', null, null, null, 'unknown'],
      ['c1', 'CRU-1', 'Commercial', 1_200_000, 1800, 'available'],
      ['c2', 'CRU-2', 'Commercial · Retail', 450_000, null, 'leased'],
    ]);
    expect(units.map((u) => u.commercialSpace)).toEqual([false, true, true]);
    expect(units.every((u) => u.projectId === PID)).toBe(true);
    // A commercial space is on no floor of the project's plans.
    expect(units[1]).toMatchObject({ floorId: null, floorName: null, floorLevel: null });
  });

  it('reads none when the project has none, or an odd value', () => {
    expect(normalizeCommercialSpaces({ _id: PID })).toEqual([]);
    expect(normalizeCommercialSpaces({ _id: PID, commercialSpaces: 'CRU-1' })).toEqual([]);
  });
});

describe('rentals: a price that is a rent per month', () => {
  it.each([
    [{ rent: 2400 }, 2400],
    [{ monthlyRent: '$2,400' }, 2400],
    [{ rentPrice: 1850, price: 650_000 }, 1850],
    [{ rentalPrice: '1 850 $' }, 1850],
    [{ pricePerMonth: 3100 }, 3100],
    [{ price: '$2,400/mo' }, 2400],
    [{ price: '2400 / month' }, 2400],
    [{ price: '1 800 $ par mois' }, 1800],
    [{ price: '1 800 $/mois' }, 1800],
    [{ price: 2400, type: 'Rental' }, 2400],
    [{ price: 2400, specificType: 'For lease' }, 2400],
    [{ price: 1600, type: 'Logement locatif' }, 1600],
    [{ price: 1600, type: 'À louer' }, 1600],
    [{ price: 2400, isRental: true }, 2400],
  ])('%j is a rental at %j a month', (fields, rent) => {
    expect(unit(fields)).toMatchObject({ price: rent, rental: true });
  });

  it.each([
    [{ price: 650_000 }],
    [{ price: 650_000, type: 'Condo' }],
    [{ price: 650_000, availability: 'Leased' }],
    [{ rent: 0, price: 650_000 }],
    [{ rent: 'ask', price: 650_000 }],
  ])('%j is for sale', (fields) => {
    expect(unit(fields)).toMatchObject({ price: 650_000, rental: false });
  });
});
