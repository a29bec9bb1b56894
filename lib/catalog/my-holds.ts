// "My holds": the units this agent put on hold from the extension, with a private note and, when
// Planpoint gives a hold no end, a reminder date of the agent's own. Kept on this device only
// (storage.local, removed at sign-out): a note such as "for Sarah, 48 h" is about a buyer.
import type { Unit } from './model';

export interface HoldEntry {
  /** When the agent put the unit on hold from the extension. */
  heldAt: number;
  /** The agent's private note; '' when none. */
  note: string;
  /** The agent's own end date (ms), used only while Planpoint gives the hold none. */
  remindAt: number | null;
  /** The end a notification has been shown for, so each end is announced once. */
  remindedFor: number | null;
}

/** By unit id. */
export type MyHolds = Record<string, HoldEntry>;

export const NO_HOLDS: MyHolds = {};

/** The holds after the agent put `unitIds` on hold at `at`: a hold already kept keeps its note. */
export function withHolds(holds: MyHolds, unitIds: readonly string[], at: number): MyHolds {
  const next = { ...holds };
  for (const id of unitIds) {
    next[id] ??= { heldAt: at, note: '', remindAt: null, remindedFor: null };
  }
  return next;
}

export function withoutHolds(holds: MyHolds, unitIds: readonly string[]): MyHolds {
  const next = { ...holds };
  for (const id of unitIds) delete next[id];
  return next;
}

export function withEntry(holds: MyHolds, unitId: string, change: Partial<HoldEntry>): MyHolds {
  const entry = holds[unitId];
  return entry ? { ...holds, [unitId]: { ...entry, ...change } } : holds;
}

/** Planpoint's expiry of a hold, when it gives one. */
function planpointHoldEnd(unit: Pick<Unit, 'holdExpiresAt'>): number | null {
  const end = unit.holdExpiresAt ? Date.parse(unit.holdExpiresAt) : NaN;
  return Number.isNaN(end) ? null : end;
}

export interface MyHold {
  unit: Unit;
  entry: HoldEntry;
  /** When the hold ends: Planpoint's expiry, else the agent's reminder; null when neither. */
  endsAt: number | null;
  /** Whether the end is Planpoint's (false: the agent's own reminder, or none). */
  endFromPlanpoint: boolean;
}

/**
 * The kept holds whose unit is still on hold, soonest end first (holds with no end last, newest
 * first among them). A unit sold, released or deleted since is not the agent's hold any more.
 */
export function currentHolds(holds: MyHolds, units: readonly Unit[]): MyHold[] {
  const list: MyHold[] = [];
  for (const unit of units) {
    const entry = holds[unit.id];
    if (!entry || unit.status !== 'on-hold') continue;
    const fromPlanpoint = planpointHoldEnd(unit);
    list.push({
      unit,
      entry,
      endsAt: fromPlanpoint ?? entry.remindAt,
      endFromPlanpoint: fromPlanpoint !== null,
    });
  }
  return list.sort(
    (a, b) => (a.endsAt ?? Infinity) - (b.endsAt ?? Infinity) || b.entry.heldAt - a.entry.heldAt,
  );
}

/** `holds` without the ones no longer current: what a sync stores back. */
export function prunedHolds(holds: MyHolds, current: readonly MyHold[]): MyHolds {
  return Object.fromEntries(
    current.flatMap((hold) => {
      const entry = holds[hold.unit.id];
      return entry ? [[hold.unit.id, entry]] : [];
    }),
  );
}

/** The holds to announce at `now`: ending today (local day), not yet announced for that end. */
export function holdsEndingToday(current: readonly MyHold[], now: number): MyHold[] {
  const today = new Date(now).toDateString();
  return current.filter(
    (hold) =>
      hold.endsAt !== null &&
      hold.endsAt >= now - DAY_MS &&
      new Date(hold.endsAt).toDateString() === today &&
      hold.entry.remindedFor !== hold.endsAt,
  );
}

const DAY_MS = 24 * 3_600_000;
