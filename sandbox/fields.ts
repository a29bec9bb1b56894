// Checks on the fields of API writes, shared by the store's create and update methods. Each
// throws ApiError(400) with a sentence naming the field.

import { ApiError } from './errors';
import { isObjectId } from './ids';
import type { Json, JsonObject } from './types';

/** An id given as a string or as {_id}; null when neither is a well-formed id. */
export function refId(value: Json | undefined): string | null {
  if (isObjectId(value)) return value;
  if (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    isObjectId(value._id)
  ) {
    return value._id;
  }
  return null;
}

/**
 * The id of a reference written as the contract's create bodies write it, `{_id}` (CreateUnitBody's
 * `floor`, CreateFloorBody's `project`); a bare id string is refused as the contract refuses it.
 */
export function embeddedRefId(value: Json | undefined, field: string): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (isObjectId(value._id)) return value._id;
  }
  throw new ApiError(400, `${field}._id is required: send ${field} as {"_id": "<${field} id>"}`);
}

export function requireText(value: Json | undefined, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ApiError(400, `${field} is required and must be a non-empty string`);
  }
  return value;
}

export function groupName(value: Json | undefined): string {
  if (typeof value !== 'string' || value.trim().length < 3 || value.length > 120) {
    throw new ApiError(400, 'name must be a string of 3 to 120 characters');
  }
  return value;
}

export function checkNumbers(fields: { [key: string]: Json | undefined }, keys: string[]): void {
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined && value !== null && typeof value !== 'number') {
      throw new ApiError(400, `${key} must be a number`);
    }
  }
}

export function withoutKeys(fields: JsonObject, keys: string[]): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!keys.includes(key)) copy[key] = value;
  }
  return copy;
}
