// What one sync changed, unit by unit: the catalog before it against the catalog it wrote.
// Only what an agent acts on is compared (availability and price), plus units that appeared or
// went away; an edit of a description or a photo is not news to a buyer.
import type { Availability, Catalog, Unit } from './model';

interface ChangedUnit {
  unitId: string;
  projectId: string;
  /** The unit's number when the change was seen: a removed unit can no longer be looked up. */
  number: string;
}

export type UnitChange = ChangedUnit &
  (
    | { kind: 'status'; from: Availability; to: Availability }
    /** A null price is none or "TBD"; `rental`: the prices are rents per month. */
    | { kind: 'price'; from: number | null; to: number | null; rental: boolean }
    | { kind: 'added' }
    | { kind: 'removed' }
  );

/** Per project, how many changes of each sort: what its line in the project list says. */
export type ChangeTally = Partial<Record<TallyKey, number>>;
export type TallyKey = Availability | 'price' | 'added' | 'removed';

/** The order a project's line names its changes in: what an agent sells first. */
export const TALLY_ORDER: readonly TallyKey[] = [
  'added',
  'available',
  'on-hold',
  'reserved',
  'sold',
  'leased',
  'price',
  'unavailable',
  'unknown',
  'removed',
];

function priceOf(unit: Unit): number | null {
  return unit.priceTBD ? null : unit.price;
}

function compareUnit(was: Unit, unit: Unit, changes: UnitChange[]): void {
  const who = { unitId: unit.id, projectId: unit.projectId, number: unit.number };
  if (was.status !== unit.status) {
    changes.push({ ...who, kind: 'status', from: was.status, to: unit.status });
  }
  const from = priceOf(was);
  const to = priceOf(unit);
  if (from !== to) changes.push({ ...who, kind: 'price', from, to, rental: unit.rental });
}

/**
 * Every change from `before` to `after`, in `after`'s unit order (removed units last). No
 * previous catalog (the first sync after signing in) gives none: everything would be "new".
 */
export function diffCatalogs(before: Catalog | null, after: Catalog): UnitChange[] {
  if (!before) return [];
  const changes: UnitChange[] = [];
  // Two syncs list units in the same order (projects, then their units) unless units came or
  // went: walk both lists side by side while the ids agree, which needs no lookup table for a
  // 60,000-unit catalog; from the first difference on, look the rest up by id.
  const shared = Math.min(before.units.length, after.units.length);
  let i = 0;
  for (; i < shared; i++) {
    const was = before.units[i] as Unit;
    const unit = after.units[i] as Unit;
    if (was.id !== unit.id) break;
    compareUnit(was, unit, changes);
  }
  const old = new Map<string, Unit>();
  for (let k = i; k < before.units.length; k++) {
    const unit = before.units[k] as Unit;
    old.set(unit.id, unit);
  }
  for (let k = i; k < after.units.length; k++) {
    const unit = after.units[k] as Unit;
    const was = old.get(unit.id);
    if (was) {
      old.delete(unit.id);
      compareUnit(was, unit, changes);
    } else {
      changes.push({
        unitId: unit.id,
        projectId: unit.projectId,
        number: unit.number,
        kind: 'added',
      });
    }
  }
  for (const unit of old.values()) {
    changes.push({
      unitId: unit.id,
      projectId: unit.projectId,
      number: unit.number,
      kind: 'removed',
    });
  }
  return changes;
}

export function tallyKey(change: UnitChange): TallyKey {
  return change.kind === 'status' ? change.to : change.kind;
}

/** Changes counted per project and sort, into `into` (several syncs add up). */
export function tallyChanges(
  changes: readonly UnitChange[],
  into: Record<string, ChangeTally> = {},
): Record<string, ChangeTally> {
  for (const change of changes) {
    const tally = (into[change.projectId] ??= {});
    const key = tallyKey(change);
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return into;
}
