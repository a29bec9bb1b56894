// What the agent watches: a star on a unit, or on a search such as "2bd under 600k available".
// Kept in storage.local as an account value. Only the shapes and plain checks live here, so the
// popup's first load stays free of the matching (lib/catalog/watch.ts).

export interface WatchedUnit {
  id: string;
  projectId: string;
  /** Shown in the Watched list even when the unit has gone from the catalog. */
  number: string;
}

export interface Watched {
  units: WatchedUnit[];
  /** Search text as the agent typed it. */
  searches: string[];
}

export const NOTHING_WATCHED: Watched = { units: [], searches: [] };

export function isWatchedUnit(watched: Watched, unitId: string): boolean {
  return watched.units.some((unit) => unit.id === unitId);
}

/** Searches are the same when they read the same, spacing and case aside. */
export function sameSearch(a: string, b: string): boolean {
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}
