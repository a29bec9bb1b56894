// What one sync changed, unit by unit: the catalog before it against the catalog it wrote.
// Only what an agent acts on is compared (availability and price), plus units that appeared or
// went away; an edit of a description or a photo is not news to a buyer.
import type { Availability, Catalog, Unit } from './model';
import { pairUnits } from './unit-pairs';

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

// Change objects are written out as plain literals: spreading a shared `{ unitId, … }` into each
// one made the diff of 60,000 changed units about 15 times slower in V8.
function compareUnit(was: Unit, unit: Unit, changes: UnitChange[]): void {
  if (was.status !== unit.status) {
    changes.push({
      unitId: unit.id,
      projectId: unit.projectId,
      number: unit.number,
      kind: 'status',
      from: was.status,
      to: unit.status,
    });
  }
  const from = priceOf(was);
  const to = priceOf(unit);
  if (from !== to) {
    changes.push({
      unitId: unit.id,
      projectId: unit.projectId,
      number: unit.number,
      kind: 'price',
      from,
      to,
      rental: unit.rental,
    });
  }
}

/** What one sync changed: the log's lines, and the changed units themselves for the watched
 * searches (new-matches.ts), so those need not pair the two catalogs' units again. */
export interface CatalogDiff {
  changes: UnitChange[];
  /** Units of `after` that are new or have a new availability or price, in its order. */
  changed: Unit[];
  /** The same units before the sync; null for a new one. */
  was: (Unit | null)[];
}

/**
 * Every change from `before` to `after`, in `after`'s unit order (removed units last). No
 * previous catalog (the first sync after signing in) gives none: everything would be "new".
 */
export function compareCatalogs(before: Catalog | null, after: Catalog): CatalogDiff {
  const diff: CatalogDiff = { changes: [], changed: [], was: [] };
  if (!before) return diff;
  const { changes } = diff;
  const removed: UnitChange[] = [];
  pairUnits(before.units, after.units, (was, unit) => {
    if (was && unit) {
      const count = changes.length;
      compareUnit(was, unit, changes);
      if (changes.length === count) return;
    } else if (unit) {
      changes.push({
        unitId: unit.id,
        projectId: unit.projectId,
        number: unit.number,
        kind: 'added',
      });
    } else if (was) {
      removed.push({
        unitId: was.id,
        projectId: was.projectId,
        number: was.number,
        kind: 'removed',
      });
      return;
    }
    diff.changed.push(unit as Unit);
    diff.was.push(was);
  });
  for (const change of removed) changes.push(change);
  return diff;
}

export function diffCatalogs(before: Catalog | null, after: Catalog): UnitChange[] {
  return compareCatalogs(before, after).changes;
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
