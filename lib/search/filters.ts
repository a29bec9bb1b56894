// Filters from the query, merged into plain bounds and a code table, and the per-unit check.
// Several filters of one kind combine the way an agent means them: "2bd 3bd" and
// "available reserved" widen (either), "over 500k under 700k" narrows (both).

import { countInRun, type ProjectFacts } from './project-facts';
import type { QueryFilter } from './query';
import { AVAILABILITIES } from '../catalog/model';
import {
  availabilityTier,
  CODE_BEDROOMS_SHIFT,
  CODE_DEN,
  CODE_PENTHOUSE,
  CODE_TABLE_SIZE,
  SQFT_PER_M2,
  type UnitFacts,
} from './unit-facts';

export interface UnitConditions {
  /**
   * By unit code (status, den, bedrooms, penthouse): 0 when the unit fails the status, bedroom
   * or penthouse filters, else its availability tier + 1.
   */
  codeTable: Uint8Array;
  /** Bit t set: some code in the table has availability tier t. */
  tiers: number;
  bathroomsMin: number;
  priceMin: number;
  priceMax: number;
  areaMin: number;
  areaMax: number;
  /** Distinct floor levels accepted, or else a penthouse when `penthouse`; empty = any floor. */
  floors: number[];
  penthouse: boolean;
  checkPrice: boolean;
  checkArea: boolean;
  checkBathrooms: boolean;
  checkFloor: boolean;
  /** True when only the code table decides: a project's units can be counted by code. */
  codeOnly: boolean;
  /** True when there is no filter at all. */
  none: boolean;
}

/** Availability tier + 1 by status bits of a code; 0 for the unused value 7. */
const TIER_OF_STATUS = Uint8Array.from({ length: 8 }, (_, status) => {
  const availability = AVAILABILITIES[status];
  return availability === undefined ? 0 : availabilityTier(availability) + 1;
});

/** The last table built: while an agent types words, the filters, so the table, stay the same. */
let lastTable = { key: '', table: new Uint8Array(0), tiers: 0 };

function codeTableFor(
  statuses: number,
  bedrooms: number,
  bedroomsWithDen: number,
  penthouseOnly: boolean,
): { table: Uint8Array; tiers: number } {
  const key = `${statuses}/${bedrooms}/${bedroomsWithDen}/${penthouseOnly}`;
  if (lastTable.key === key) return lastTable;
  const table = new Uint8Array(CODE_TABLE_SIZE);
  let tiers = 0;
  for (let code = 0; code < CODE_TABLE_SIZE; code++) {
    if (penthouseOnly && (code & CODE_PENTHOUSE) === 0) continue;
    const status = code & 7;
    if (statuses !== 0 && ((statuses >>> status) & 1) === 0) continue;
    if (bedrooms !== 0) {
      const rooms = ((code >>> CODE_BEDROOMS_SHIFT) & 31) - 1;
      if (rooms < 0 || ((bedrooms >>> rooms) & 1) === 0) continue;
      if (((bedroomsWithDen >>> rooms) & 1) !== 0 && (code & CODE_DEN) === 0) continue;
    }
    const accepted = TIER_OF_STATUS[status] as number;
    table[code] = accepted;
    if (accepted !== 0) tiers |= 1 << (accepted - 1);
  }
  lastTable = { key, table, tiers };
  return lastTable;
}

export function unitConditions(filters: readonly QueryFilter[]): UnitConditions {
  let statuses = 0;
  let bedrooms = 0;
  let bedroomsWithDen = 0;
  const conditions: UnitConditions = {
    codeTable: new Uint8Array(0),
    tiers: 0,
    bathroomsMin: -Infinity,
    priceMin: -Infinity,
    priceMax: Infinity,
    areaMin: -Infinity,
    areaMax: Infinity,
    floors: [],
    penthouse: false,
    checkPrice: false,
    checkArea: false,
    checkBathrooms: false,
    checkFloor: false,
    codeOnly: true,
    none: filters.length === 0,
  };
  for (const filter of filters) {
    switch (filter.kind) {
      case 'bedrooms': {
        const bit = 1 << Math.min(filter.value, 30);
        bedrooms |= bit;
        if (filter.plusDen) bedroomsWithDen |= bit;
        break;
      }
      case 'bathrooms':
        conditions.bathroomsMin = Math.max(conditions.bathroomsMin, filter.min);
        conditions.checkBathrooms = true;
        break;
      case 'price':
        if (filter.min !== null) conditions.priceMin = Math.max(conditions.priceMin, filter.min);
        if (filter.max !== null) conditions.priceMax = Math.min(conditions.priceMax, filter.max);
        conditions.checkPrice = true;
        break;
      case 'area': {
        const perUnit = filter.unit === 'm2' ? SQFT_PER_M2 : 1;
        if (filter.min !== null)
          conditions.areaMin = Math.max(conditions.areaMin, filter.min * perUnit);
        if (filter.max !== null)
          conditions.areaMax = Math.min(conditions.areaMax, filter.max * perUnit);
        conditions.checkArea = true;
        break;
      }
      case 'floor':
        if (filter.value === 'PH') conditions.penthouse = true;
        else if (!conditions.floors.includes(Number(filter.value))) {
          conditions.floors.push(Number(filter.value));
        }
        break;
      case 'status':
        for (const value of filter.values) statuses |= 1 << AVAILABILITIES.indexOf(value);
        break;
    }
  }
  // "floor PH" alone is a code bit; with numbered floors it is "either", checked unit by unit.
  conditions.checkFloor = conditions.floors.length > 0;
  const penthouseOnly = conditions.penthouse && !conditions.checkFloor;
  const { table, tiers } = codeTableFor(statuses, bedrooms, bedroomsWithDen, penthouseOnly);
  conditions.codeTable = table;
  conditions.tiers = tiers;
  conditions.codeOnly = !(
    conditions.checkPrice ||
    conditions.checkArea ||
    conditions.checkBathrooms ||
    conditions.checkFloor
  );
  return conditions;
}

/** False when no unit of project `p` can meet the bounds, from its summary alone. */
export function projectMayMeet(summary: ProjectFacts, c: UnitConditions, p: number): boolean {
  if (
    (summary.priceMin[p] as number) > c.priceMax ||
    (summary.priceMax[p] as number) < c.priceMin
  ) {
    return false;
  }
  if ((summary.areaMin[p] as number) > c.areaMax || (summary.areaMax[p] as number) < c.areaMin) {
    return false;
  }
  if ((summary.bathroomsMax[p] as number) < c.bathroomsMin) return false;
  for (let k = summary.codeStart[p] as number; k < (summary.codeStart[p + 1] as number); k++) {
    if (c.codeTable[summary.codes[k] as number] !== 0) return true;
  }
  return false;
}

/**
 * The per-unit check, with every array and bound copied onto itself once per query: the scan
 * calls `passes` for up to 60,000 units, and reads through one object the engine keeps in
 * registers are the cheapest there are.
 */
export class UnitFilter {
  private readonly code: Uint16Array;
  private readonly price: Float64Array;
  private readonly area: Float64Array;
  private readonly bathrooms: Float32Array;
  private readonly floorLevel: Float64Array;
  private readonly codeTable: Uint8Array;
  private readonly codeOnly: boolean;
  private readonly checkPrice: boolean;
  private readonly checkArea: boolean;
  private readonly checkBathrooms: boolean;
  private readonly checkFloor: boolean;
  private readonly priceMin: number;
  private readonly priceMax: number;
  private readonly areaMin: number;
  private readonly areaMax: number;
  private readonly bathroomsMin: number;
  private readonly floors: number[];
  private readonly penthouse: boolean;

  constructor(facts: UnitFacts, c: UnitConditions) {
    this.code = facts.code;
    this.price = facts.price;
    this.area = facts.areaSqft;
    this.bathrooms = facts.bathrooms;
    this.floorLevel = facts.floorLevel;
    this.codeTable = c.codeTable;
    this.codeOnly = c.codeOnly;
    this.checkPrice = c.checkPrice;
    this.checkArea = c.checkArea;
    this.checkBathrooms = c.checkBathrooms;
    this.checkFloor = c.checkFloor;
    this.priceMin = c.priceMin;
    this.priceMax = c.priceMax;
    this.areaMin = c.areaMin;
    this.areaMax = c.areaMax;
    this.bathroomsMin = c.bathroomsMin;
    this.floors = c.floors;
    this.penthouse = c.penthouse;
  }

  /** 0 when `unit` fails a filter, else its availability tier + 1. */
  passes(unit: number): number {
    const code = this.code[unit] as number;
    const accepted = this.codeTable[code] as number;
    if (accepted === 0 || this.codeOnly) return accepted;
    if (this.checkPrice) {
      const price = this.price[unit] as number;
      if (!(price >= this.priceMin && price <= this.priceMax)) return 0;
    }
    if (this.checkArea) {
      const area = this.area[unit] as number;
      if (!(area >= this.areaMin && area <= this.areaMax)) return 0;
    }
    if (this.checkBathrooms && !((this.bathrooms[unit] as number) >= this.bathroomsMin)) return 0;
    if (this.checkFloor) {
      const level = this.floorLevel[unit] as number;
      const floors = this.floors;
      const onFloor = floors.length === 1 ? level === floors[0] : floors.includes(level);
      if (!onFloor && !(this.penthouse && (code & CODE_PENTHOUSE) !== 0)) return 0;
    }
    return accepted;
  }
}

/**
 * How many units of `project` pass the filters, from its code runs alone; null when a filter
 * needs each unit (bathrooms, "floor 12 or PH", or more than one of price, area and floor).
 */
export function countFromRuns(
  summary: ProjectFacts,
  c: UnitConditions,
  project: number,
): number | null {
  const ranges = Number(c.checkPrice) + Number(c.checkArea) + Number(c.checkFloor);
  if (c.checkBathrooms || ranges > 1 || (c.checkFloor && c.penthouse)) return null;
  let units = 0;
  for (
    let k = summary.codeStart[project] as number;
    k < (summary.codeStart[project + 1] as number);
    k++
  ) {
    if (c.codeTable[summary.codes[k] as number] === 0) continue;
    if (c.checkPrice) units += countInRun(summary.prices, k, c.priceMin, c.priceMax);
    else if (c.checkArea) units += countInRun(summary.areas, k, c.areaMin, c.areaMax);
    else if (c.checkFloor)
      for (const floor of c.floors) units += countInRun(summary.floors, k, floor, floor);
    else units += summary.codeCounts[k] as number;
  }
  return units;
}
