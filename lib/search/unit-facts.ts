// The values filters compare, one typed array per field in display order: a pass over 60,000
// units reads a few flat arrays instead of chasing 60,000 objects. Status, bedrooms, den and
// penthouse are packed into one small code, so a query turns them into a single table lookup.

import { AVAILABILITIES, type Availability, type Project, type Unit } from '../catalog/model';
import { fold } from './fold';

/** Ranking tier: what an agent can sell now, then what may free up, then the rest. */
export function availabilityTier(status: Availability): number {
  if (status === 'available') return 0;
  if (status === 'on-hold' || status === 'reserved') return 1;
  return 2;
}

export const SQFT_PER_M2 = 10.7639;

/**
 * Unit code layout: status in bits 0-2, den in bit 3, bedrooms + 1 in bits 4-8 (0: unknown),
 * penthouse in bit 9.
 */
export const CODE_DEN = 1 << 3;
export const CODE_BEDROOMS_SHIFT = 4;
export const MAX_BEDROOMS = 30;
export const CODE_PENTHOUSE = 1 << 9;
/** Every code is below this: a per-query table indexed by code decides those filters at once. */
export const CODE_TABLE_SIZE = 1 << 10;

export function unitCode(
  status: number,
  bedrooms: number | null,
  den: boolean,
  ph: boolean,
): number {
  const rooms =
    bedrooms === null ? 0 : Math.min(MAX_BEDROOMS, Math.max(0, Math.floor(bedrooms))) + 1;
  return status | (den ? CODE_DEN : 0) | (rooms << CODE_BEDROOMS_SHIFT) | (ph ? CODE_PENTHOUSE : 0);
}

export interface UnitFacts {
  /** See unitCode. */
  code: Uint16Array;
  /** NaN when unknown; so are price, area and floor. */
  bathrooms: Float32Array;
  /** NaN also when the project shows "Price TBD". */
  price: Float64Array;
  /** Always square feet, whatever the project measures in. */
  areaSqft: Float64Array;
  floorLevel: Float64Array;
}

export function allocateUnitFacts(count: number): UnitFacts {
  return {
    code: new Uint16Array(count),
    bathrooms: new Float32Array(count),
    price: new Float64Array(count),
    areaSqft: new Float64Array(count),
    floorLevel: new Float64Array(count),
  };
}

const DEN = /\+|den|bureau/i;
const PENTHOUSE = /^(?:ph|penthouse)/;
const PENTHOUSE_NUMBER = /^(?:ph|penthouse)/i;
const DIGITS = /\d+/;

export function recordUnitFacts(
  facts: UnitFacts,
  at: number,
  unit: Unit,
  project: Project | undefined,
): void {
  const status = AVAILABILITIES.indexOf(unit.status);
  const floorName = unit.floorName === null ? '' : fold(unit.floorName);
  const penthouse = PENTHOUSE.test(floorName) || PENTHOUSE_NUMBER.test(unit.number);
  const den = unit.bedroomsLabel !== null && DEN.test(unit.bedroomsLabel);
  facts.code[at] = unitCode(
    status < 0 ? AVAILABILITIES.length - 1 : status,
    unit.bedrooms,
    den,
    penthouse,
  );
  facts.bathrooms[at] = unit.bathrooms ?? NaN;
  // A price of 0 is how projects write "on request", and a rent per month is no sale price: no
  // price filter ("under 600k") may match either.
  const salePrice = !unit.priceTBD && !unit.rental && unit.price !== null && unit.price !== 0;
  facts.price[at] = salePrice ? (unit.price as number) : NaN;
  const perUnit = project?.areaUnit === 'm2' ? SQFT_PER_M2 : 1;
  facts.areaSqft[at] = unit.area === null ? NaN : unit.area * perUnit;
  const levelInName = DIGITS.exec(floorName);
  facts.floorLevel[at] = unit.floorLevel ?? (levelInName ? Number(levelInName[0]) : NaN);
}

/** The facts of a list of units (none recorded for a null), each in its project's area unit. */
export function factsOf(
  units: readonly (Unit | null)[],
  projectOf: (projectId: string) => Project | undefined,
): UnitFacts {
  const facts = allocateUnitFacts(units.length);
  units.forEach((unit, at) => {
    if (unit) recordUnitFacts(facts, at, unit, projectOf(unit.projectId));
  });
  return facts;
}
