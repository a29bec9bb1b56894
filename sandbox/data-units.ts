// Floors, units, commercial spaces and collections of one generated project. Units are numbered
// the way agents say them (floor * 100 + n: "1204"; "PH-2" or "PH2"; "TH-3"), and each unit is
// served in one of the two API vocabularies, chosen here once and kept for its lifetime.

import type { City } from './places';
import { DELIVERY_DATES, DELIVERY_DATES_FR, ORIENTATIONS_EN, ORIENTATIONS_FR } from './places';
import { chance, pick, pickWeighted, randomInt, type Rng } from './random';
import type { FloorDoc, JsonObject, UnitDoc, UnitRecord, UnitStatus } from './types';

export interface ProjectContext {
  rng: Rng;
  nextId: () => string;
  /** Ids of the project's unit models: a sequence of their own, so that adding models moved no
   * other id. */
  nextModelId: () => string;
  projectId: string;
  namespace: string;
  city: City;
  areaUnit: 'sqft' | 'm2';
}

export interface ProjectContents {
  floors: FloorDoc[];
  units: UnitRecord[];
  commercialSpaces: JsonObject[];
  collections: JsonObject[];
}

type UnitKind = 'regular' | 'penthouse' | 'townhouse';

const BEDROOMS_REGULAR = [
  ['Studio', 12],
  ['1', 30],
  ['1+1', 10],
  ['2', 28],
  ['2+1', 8],
  ['3', 9],
  ['4', 3],
] as const;
const BEDROOMS_PENTHOUSE = [
  ['2', 2],
  ['2+1', 2],
  ['3', 3],
  ['4', 2],
] as const;
const BEDROOMS_TOWNHOUSE = [
  ['3', 3],
  ['4', 2],
] as const;

/** Square feet by bedroom label: [min, max]. */
const AREA_SQFT: Record<string, readonly [number, number]> = {
  Studio: [450, 560],
  '1': [560, 760],
  '1+1': [680, 860],
  '2': [800, 1150],
  '2+1': [1000, 1300],
  '3': [1200, 1700],
  '4': [1600, 2400],
};

const STATUS_WEIGHTS: readonly (readonly [UnitStatus, number])[] = [
  ['Available', 55],
  ['Sold', 18],
  ['OnHold', 8],
  ['Reserved', 7],
  ['Leased', 5],
  ['Unavailable', 7],
];

/** The free-text spellings seen in viewer-docs data, per status. */
const AVAILABILITY_SPELLINGS: Record<UnitStatus, readonly string[]> = {
  Available: ['Available', 'Available', 'Available', 'Available ', 'available'],
  OnHold: ['On Hold', 'On Hold', 'on hold', 'OnHold'],
  Sold: ['Sold', 'Sold', 'sold'],
  Leased: ['Leased'],
  Unavailable: ['Unavailable'],
  Reserved: ['Reserved'],
};

const MODEL_LETTER: Record<string, string> = {
  Studio: 'S',
  '1': 'A',
  '1+1': 'B',
  '2': 'C',
  '2+1': 'D',
  '3': 'E',
  '4': 'F',
};

const PARKING_FAMILY = [
  [1, 6],
  [2, 2],
  [0, 1],
] as const;
const PARKING_SMALL = [
  [0, 4],
  [1, 6],
] as const;

const SQFT_PER_M2 = 10.7639;
const MIN_PRICE = 350_000;
const MAX_PRICE = 3_500_000;
/** Holds expire a few days or weeks after this date. */
const HOLD_BASE = Date.UTC(2027, 0, 10, 17, 0, 0);

export function generateProjectContents(ctx: ProjectContext, unitCount: number): ProjectContents {
  const { rng } = ctx;
  const townhouses = unitCount >= 20 && chance(rng, 0.25) ? randomInt(rng, 2, 6) : 0;
  const remaining = unitCount - townhouses;
  const perFloor = Math.max(1, Math.min(remaining, randomInt(rng, 4, 10)));
  const penthouses = remaining >= perFloor * 5 && chance(rng, 0.6) ? randomInt(rng, 2, 4) : 0;
  const regular = remaining - penthouses;
  const levels = Math.ceil(regular / perFloor);
  const penthousePrefix = chance(rng, 0.5) ? 'PH-' : 'PH';

  const floors: FloorDoc[] = [];
  const units: UnitRecord[] = [];
  const models = new Map<string, JsonObject>();
  const modelOf = (name: string): JsonObject => {
    let model = models.get(name);
    if (!model) {
      const floorplan = `https://cdn.planpoint.example/${ctx.namespace}/layouts/${name}.png`;
      model = { _id: ctx.nextModelId(), name, floorplan };
      models.set(name, model);
    }
    return model;
  };
  const addFloor = (name: string, level: number) => {
    const floor: FloorDoc = {
      _id: ctx.nextId(),
      project: ctx.projectId,
      name,
      level,
      position: floors.length,
      path: `M0 ${level * 40} H800 V${level * 40 + 36} H0 Z`,
      alternativePaths: [],
      image: `https://cdn.planpoint.example/${ctx.namespace}/floors/${encodeURIComponent(name)}.png`,
    };
    floors.push(floor);
    return floor;
  };

  if (townhouses > 0) {
    const floor = addFloor('Townhouses', 0);
    for (let n = 1; n <= townhouses; n++) {
      units.push(makeUnit(ctx, modelOf, floor, `TH-${n}`, 'townhouse', `Townhouse ${n}`));
    }
  }
  for (let level = 1; level <= levels; level++) {
    const floor = addFloor(`Level ${level}`, level);
    const count = Math.min(perFloor, regular - (level - 1) * perFloor);
    for (let n = 1; n <= count; n++) {
      units.push(makeUnit(ctx, modelOf, floor, String(level * 100 + n), 'regular', null));
    }
  }
  if (penthouses > 0) {
    const floor = addFloor('PH', levels + 1);
    for (let n = 1; n <= penthouses; n++) {
      units.push(
        makeUnit(ctx, modelOf, floor, `${penthousePrefix}${n}`, 'penthouse', `Penthouse ${n}`),
      );
    }
  }

  return {
    floors,
    units,
    commercialSpaces: makeCommercialSpaces(ctx),
    collections: makeCollections(ctx, units),
  };
}

function makeUnit(
  ctx: ProjectContext,
  modelOf: (name: string) => JsonObject,
  floor: FloorDoc,
  unitNumber: string,
  kind: UnitKind,
  displayName: string | null,
): UnitRecord {
  const { rng, city } = ctx;
  const bedrooms = pickWeighted(
    rng,
    kind === 'penthouse'
      ? BEDROOMS_PENTHOUSE
      : kind === 'townhouse'
        ? BEDROOMS_TOWNHOUSE
        : BEDROOMS_REGULAR,
  );
  const bed = bedrooms === 'Studio' ? 0 : Number.parseInt(bedrooms, 10);
  const bath = bathroomsFor(rng, bed, bedrooms.includes('+')) + (kind === 'penthouse' ? 0.5 : 0);
  const [minArea, maxArea] = AREA_SQFT[bedrooms] ?? [450, 2400];
  const sqft = Math.min(
    2400,
    Math.round((randomInt(rng, minArea, maxArea) * (kind === 'penthouse' ? 1.25 : 1)) / 5) * 5,
  );
  const area = ctx.areaUnit === 'm2' ? Math.round(sqft / SQFT_PER_M2) : sqft;
  const premium = kind === 'penthouse' ? 1.3 : kind === 'townhouse' ? 1.1 : 1;
  const rawPrice =
    sqft * city.pricePerSqft * (1 + 0.012 * floor.level) * premium * (0.92 + rng() * 0.16);
  const price = Math.min(MAX_PRICE, Math.max(MIN_PRICE, Math.round(rawPrice / 1000) * 1000));
  const priceTBD = chance(rng, 0.05);
  const status = pickWeighted(rng, STATUS_WEIGHTS);
  const parking = pickWeighted(rng, bed >= 2 ? PARKING_FAMILY : PARKING_SMALL);
  const orientationIndex = randomInt(rng, 0, ORIENTATIONS_EN.length - 1);
  const model = `${kind === 'penthouse' ? 'PH-' : kind === 'townhouse' ? 'TH-' : ''}${MODEL_LETTER[bedrooms] ?? 'A'}${randomInt(rng, 1, 3)}`;
  const orientation = ORIENTATIONS_EN[orientationIndex] ?? 'North';

  if (chance(rng, 0.5)) {
    const name = displayName ?? (chance(rng, 0.3) ? unitNumber : null);
    const doc: UnitDoc = { _id: ctx.nextId(), floor: floor._id, unitNumber, status };
    if (name !== null) doc.name = name;
    if (!priceTBD) doc.price = price;
    doc.bed = bed;
    doc.bath = bath;
    doc.sqft = area;
    doc.model = model;
    // The contract's form: the unit's models embedded, each with its floor plan.
    doc.unitmodels = [modelOf(model)];
    doc.orientation = orientation;
    doc.parking = parking;
    return { vocabulary: 'sdk', doc };
  }

  const french = city.french;
  const localOrientation = french ? (ORIENTATIONS_FR[orientationIndex] ?? 'Nord') : orientation;
  const type =
    kind === 'penthouse'
      ? 'Penthouse'
      : kind === 'townhouse'
        ? french
          ? 'Maison de ville'
          : 'Townhouse'
        : 'Condo';
  const corner = chance(rng, 0.25);
  const assets = `https://cdn.planpoint.example/${ctx.namespace}`;
  const doc: UnitDoc = {
    _id: ctx.nextId(),
    floor: floor._id,
    name: unitNumber,
    bedrooms,
    bathrooms: bath,
    squareFeet: area,
    price: priceTBD ? 0 : price,
    unitPriceTBD: priceTBD,
    availability: pick(rng, AVAILABILITY_SPELLINGS[status]),
    deliveryDate: pick(rng, french ? DELIVERY_DATES_FR : DELIVERY_DATES),
    description: describe(french, bedrooms, type, localOrientation, corner),
    type,
    specificType: corner ? (french ? CORNER_FR : CORNER_EN) : 'Standard',
    layoutUrl: `${assets}/layouts/${model}.png`,
    images: unitImages(`${assets}/units/${unitNumber}/`, randomInt(rng, 1, 3)),
    brochurePDF: chance(rng, 0.7) ? `${assets}/brochures/${model}.pdf` : '',
    additionalInfo: [
      {
        label: french ? 'Hauteur des plafonds' : 'Ceiling height',
        value: french ? `${randomInt(rng, 27, 33) / 10} m` : `${randomInt(rng, 9, 11)} ft`,
      },
      {
        label: french ? 'Frais de copropriété' : 'Maintenance fees',
        value: `$${(0.45 + rng() * 0.4).toFixed(2)}/${ctx.areaUnit === 'm2' ? 'm²' : 'sqft'}`,
      },
    ],
    orientation: localOrientation,
    parking,
    isFeatured: chance(rng, 0.05),
  };
  if (status === 'OnHold') {
    doc.onHoldExpiresAt = new Date(
      HOLD_BASE + randomInt(rng, 24, 20 * 24) * 3_600_000,
    ).toISOString();
  }
  return { vocabulary: 'viewer', doc };
}

const CORNER_EN = 'Corner unit';
const CORNER_FR = 'Unité de coin';

function unitImages(prefix: string, count: number): string[] {
  const images: string[] = [];
  for (let i = 1; i <= count; i++) images.push(`${prefix}${i}.jpg`);
  return images;
}

function bathroomsFor(rng: Rng, bed: number, den: boolean): number {
  if (bed <= 1) return den && chance(rng, 0.4) ? 2 : 1;
  if (bed === 2) return chance(rng, 0.75) ? 2 : 1;
  if (bed === 3) return chance(rng, 0.5) ? 2.5 : 2;
  return chance(rng, 0.5) ? 3.5 : 3;
}

function describe(
  french: boolean,
  bedrooms: string,
  type: string,
  orientation: string,
  corner: boolean,
): string {
  if (french) {
    const rooms =
      bedrooms === 'Studio'
        ? 'Studio'
        : `${type} ${bedrooms} chambre${bedrooms === '1' ? '' : 's'}`;
    return `${rooms}${corner ? ' de coin' : ''}, orientation ${orientation.toLowerCase()}.`;
  }
  const rooms = bedrooms === 'Studio' ? 'Studio' : `${bedrooms}-bedroom ${type.toLowerCase()}`;
  return `Bright ${corner ? 'corner ' : ''}${rooms} facing ${orientation.toLowerCase()}.`;
}

function makeCommercialSpaces(ctx: ProjectContext): JsonObject[] {
  const { rng } = ctx;
  return Array.from({ length: randomInt(rng, 0, 2) }, (_, i) => ({
    _id: ctx.nextId(),
    name: `CRU-${i + 1}`,
    status: pickWeighted(rng, [
      ['Available', 3],
      ['Leased', 2],
      ['Sold', 1],
    ] as const),
    price: Math.round((600_000 + rng() * 1_400_000) / 1000) * 1000,
    sqft: randomInt(rng, 90, 450) * 10,
  }));
}

function makeCollections(ctx: ProjectContext, units: UnitRecord[]): JsonObject[] {
  const corner = units.filter(
    (unit) => unit.doc.specificType === CORNER_EN || unit.doc.specificType === CORNER_FR,
  );
  const top = units.slice(-Math.min(6, units.length));
  const collections: JsonObject[] = [];
  if (corner.length > 0) {
    collections.push({
      _id: ctx.nextId(),
      name: ctx.city.french ? 'Unités de coin' : 'Corner units',
      units: corner.map((u) => u.doc._id),
    });
  }
  if (top.length > 0) {
    collections.push({
      _id: ctx.nextId(),
      name: ctx.city.french ? 'Vues dégagées' : 'Best views',
      units: top.map((u) => u.doc._id),
    });
  }
  return collections;
}
