import type { Availability } from './model';

/** The statuses an agent may set from a unit's detail, and the word the API takes for each:
 * the SDK contract's enum, plus "Reserved", which Planpoint projects colour (colorReserved)
 * though the contract's enum leaves it out. */
export const SETTABLE_STATUSES = {
  available: 'Available',
  'on-hold': 'OnHold',
  reserved: 'Reserved',
  sold: 'Sold',
} as const satisfies Partial<Record<Availability, string>>;

export type SettableStatus = keyof typeof SETTABLE_STATUSES;

export function isSettableStatus(value: unknown): value is SettableStatus {
  return typeof value === 'string' && Object.hasOwn(SETTABLE_STATUSES, value);
}
