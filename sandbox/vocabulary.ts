// The two unit vocabularies and how a write in either one lands on a unit served in the other.
// A client following the SDK contract PATCHes {status: "OnHold"}; a viewer-vocabulary unit must
// then read back availability "On Hold", so the change is visible whichever names it is served in.

import { ApiError } from './errors';
import {
  UNIT_STATUSES,
  type Json,
  type JsonObject,
  type UnitStatus,
  type UnitVocabulary,
} from './types';

const AVAILABILITY_TEXT: Record<UnitStatus, string> = {
  Available: 'Available',
  OnHold: 'On Hold',
  Sold: 'Sold',
  Leased: 'Leased',
  Unavailable: 'Unavailable',
  Reserved: 'Reserved',
};

export function statusToAvailability(status: UnitStatus): string {
  return AVAILABILITY_TEXT[status];
}

/** Reads free availability text ("on hold", "Available ") as a status; null when unrecognised. */
export function availabilityToStatus(text: string): UnitStatus | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return UNIT_STATUSES.find((status) => status.toLowerCase() === key) ?? null;
}

export function isUnitStatus(value: unknown): value is UnitStatus {
  return typeof value === 'string' && (UNIT_STATUSES as readonly string[]).includes(value);
}

/** "Studio" -> 0, "2+1" -> 2, "3" -> 3; null when it cannot be read. */
export function bedroomsToNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'studio') return 0;
  const match = /^(\d+(?:\.\d+)?)/.exec(trimmed);
  return match?.[1] === undefined ? null : Number(match[1]);
}

export function bedroomsToText(bed: number): string {
  return bed === 0 ? 'Studio' : String(bed);
}

/** SDK field name -> viewer field name, for the fields that mean the same thing. */
const SDK_TO_VIEWER = {
  unitNumber: 'name',
  status: 'availability',
  bed: 'bedrooms',
  bath: 'bathrooms',
  sqft: 'squareFeet',
} as const;

const NUMBER_FIELDS = ['price', 'bed', 'bath', 'sqft', 'parking', 'bathrooms', 'squareFeet'];
const STRING_FIELDS = [
  'unitNumber',
  'name',
  'availability',
  'model',
  'orientation',
  'type',
  'specificType',
  'deliveryDate',
  'description',
];
const BOOLEAN_FIELDS = ['unitPriceTBD', 'isFeatured'];

/** Rejects values of the wrong type for the unit fields both vocabularies define. */
export function validateUnitFields(fields: JsonObject): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    if (NUMBER_FIELDS.includes(key) && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new ApiError(400, `${key} must be a number`);
    }
    if (STRING_FIELDS.includes(key) && typeof value !== 'string') {
      throw new ApiError(400, `${key} must be a string`);
    }
    if (BOOLEAN_FIELDS.includes(key) && typeof value !== 'boolean') {
      throw new ApiError(400, `${key} must be a boolean`);
    }
    if (key === 'bedrooms' && typeof value !== 'string' && typeof value !== 'number') {
      throw new ApiError(400, 'bedrooms must be a string or a number');
    }
    if (key === 'status' && !isUnitStatus(value)) {
      throw new ApiError(400, `status must be one of ${UNIT_STATUSES.join(', ')}`);
    }
  }
}

/**
 * Rewrites a patch into the unit's own vocabulary: {status: "OnHold"} becomes
 * {availability: "On Hold"} for a viewer unit, {availability: "on hold"} becomes
 * {status: "OnHold"} for an SDK unit. `name` is an SDK field too (a display name), so it is kept
 * as is; fields outside the shared set pass through unchanged.
 */
export function translatePatch(patch: JsonObject, vocabulary: UnitVocabulary): JsonObject {
  validateUnitFields(patch);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(patch)) {
    if (vocabulary === 'viewer') {
      out[viewerKey(key)] = toViewerValue(key, value);
    } else {
      out[sdkKey(key)] = toSdkValue(key, value);
    }
  }
  return out;
}

function viewerKey(key: string): string {
  return key in SDK_TO_VIEWER ? SDK_TO_VIEWER[key as keyof typeof SDK_TO_VIEWER] : key;
}

function sdkKey(key: string): string {
  if (key === 'name') return key;
  const entry = Object.entries(SDK_TO_VIEWER).find(([, viewer]) => viewer === key);
  return entry ? entry[0] : key;
}

function toViewerValue(key: string, value: Json): Json {
  if (key === 'status' && isUnitStatus(value)) return statusToAvailability(value);
  if ((key === 'bed' || key === 'bedrooms') && typeof value === 'number') {
    return bedroomsToText(value);
  }
  return value;
}

function toSdkValue(key: string, value: Json): Json {
  if (key === 'availability' && typeof value === 'string') {
    const status = availabilityToStatus(value);
    if (!status) throw new ApiError(400, `availability "${value}" is not a known status`);
    return status;
  }
  if (key === 'bedrooms' && typeof value === 'string') {
    const bed = bedroomsToNumber(value);
    if (bed === null) throw new ApiError(400, `bedrooms "${value}" is not a number of bedrooms`);
    return bed;
  }
  return value;
}
