import type { Availability, Unit } from './model';

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

/** The viewer docs' free-text words, for units whose availability came in that field. */
const AVAILABILITY_TEXT = {
  available: 'Available',
  'on-hold': 'On Hold',
  reserved: 'Reserved',
  sold: 'Sold',
} as const satisfies Record<SettableStatus, string>;

/** The change to send for a unit, in the field and the words it was read in: the contract's
 * enum in `status`, the viewer docs' text in `availability`. */
export function statusPatch(
  unit: Pick<Unit, 'statusField'>,
  status: SettableStatus,
): { status: string } | { availability: string } {
  return unit.statusField === 'availability'
    ? { availability: AVAILABILITY_TEXT[status] }
    : { status: SETTABLE_STATUSES[status] };
}

/** The statuses to offer for a unit: "Reserved" only where its project marks units reserved
 * (catalogs stored before that was read offer it, as they always did). */
export function offeredStatuses(
  unit: Pick<Unit, 'status'>,
  usesReserved: boolean | undefined,
): SettableStatus[] {
  return (Object.keys(SETTABLE_STATUSES) as SettableStatus[]).filter(
    (status) => status !== unit.status && (status !== 'reserved' || usesReserved !== false),
  );
}
