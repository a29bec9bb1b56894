// Each unit of a new catalog paired with the same unit (by id) in the catalog before it, without
// a lookup table of all 60,000 ids: filling one took longer than everything else the diff does
// (hashing 60,000 id strings, in a heap that holds two catalogs). Two syncs list units in the
// same order, projects one after the other, so the lists are walked side by side; where a unit
// came or went, only its project's units are looked up by id.
import type { Unit } from './model';

/** `was` null: the unit is new; `unit` null: it went away. Never both. */
export type PairVisit = (was: Unit | null, unit: Unit | null) => void;

interface Run {
  start: number;
  end: number;
}

/**
 * The range of each project's units in `units` from `from` on, or null when a project's units
 * are not all in one run (then the caller pairs by id over the whole rest).
 */
function projectRuns(units: readonly Unit[], from: number): Map<string, Run> | null {
  const runs = new Map<string, Run>();
  let k = from;
  while (k < units.length) {
    const projectId = (units[k] as Unit).projectId;
    if (runs.has(projectId)) return null;
    const start = k;
    while (k < units.length && (units[k] as Unit).projectId === projectId) k++;
    runs.set(projectId, { start, end: k });
  }
  return runs;
}

/** Pairs `after[a..aEnd)` with `before[b..bEnd)`: side by side, then by id from a difference. */
function pairRange(
  before: readonly Unit[],
  b: number,
  bEnd: number,
  after: readonly Unit[],
  a: number,
  aEnd: number,
  visit: PairVisit,
): void {
  while (a < aEnd && b < bEnd && (before[b] as Unit).id === (after[a] as Unit).id) {
    visit(before[b] as Unit, after[a] as Unit);
    a++;
    b++;
  }
  if (a === aEnd && b === bEnd) return;
  const old = new Map<string, Unit>();
  for (let k = b; k < bEnd; k++) old.set((before[k] as Unit).id, before[k] as Unit);
  for (let k = a; k < aEnd; k++) {
    const unit = after[k] as Unit;
    const was = old.get(unit.id);
    if (was) old.delete(unit.id);
    visit(was ?? null, unit);
  }
  for (const was of old.values()) visit(was, null);
}

/**
 * Calls `visit` for every unit of `after`, in its order, with the unit of the same id in
 * `before` (or null), then for every unit of `before` no longer in `after`.
 */
export function pairUnits(before: readonly Unit[], after: readonly Unit[], visit: PairVisit): void {
  const shared = Math.min(before.length, after.length);
  let i = 0;
  for (; i < shared; i++) {
    const was = before[i] as Unit;
    const unit = after[i] as Unit;
    if (was.id !== unit.id) break;
    visit(was, unit);
  }
  if (i === before.length && i === after.length) return;
  const beforeRuns = projectRuns(before, i);
  const afterRuns = beforeRuns && projectRuns(after, i);
  if (!beforeRuns || !afterRuns) {
    pairRange(before, i, before.length, after, i, after.length, visit);
    return;
  }
  // A unit belongs to its project's floors in Planpoint and never moves to another project, so
  // pairing project by project finds every pair (one that did move would read as removed from
  // one project and added to the other).
  for (const [projectId, run] of afterRuns) {
    const old = beforeRuns.get(projectId);
    if (old) beforeRuns.delete(projectId);
    pairRange(before, old?.start ?? 0, old?.end ?? 0, after, run.start, run.end, visit);
  }
  for (const run of beforeRuns.values()) {
    for (let k = run.start; k < run.end; k++) visit(before[k] as Unit, null);
  }
}
