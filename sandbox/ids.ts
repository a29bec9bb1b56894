// Mongo-style ObjectIds (24 hex digits), made deterministic: a timestamp part, a part from the
// seed, the owning scope (a project index, or a special scope) and a counter within that scope.
// Each project's ids depend only on its own index, so they do not shift when sizes change.

import { mixSeed } from './random';

const BASE_TIMESTAMP = 0x65e1f000; // 2024-03-01, when the demo projects were "created"

/** Scope for accounts, groups and enterprises. */
export const GLOBAL_SCOPE = 0xff00;
/** Scope for documents created through the API while the sandbox runs. */
export const RUNTIME_SCOPE = 0xfe00;

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

export function objectId(seedTag: number, scope: number, counter: number): string {
  const timestamp = (BASE_TIMESTAMP + (scope % 4096) * 3_600 + (counter % 3_600)) >>> 0;
  return hex(timestamp, 8) + hex(seedTag & 0xffffff, 6) + hex(scope & 0xffff, 4) + hex(counter, 6);
}

/** Hands out consecutive ids within one scope. */
export function idSequence(seedTag: number, scope: number, start = 1): () => string {
  let counter = start;
  return () => objectId(seedTag, scope, counter++);
}

/** The seed-derived part of every id of a dataset. */
export function seedTag(seed: number): number {
  return mixSeed(seed, 0x5eed) & 0xffffff;
}

export const OBJECT_ID = /^[0-9a-fA-F]{24}$/;

export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value);
}
