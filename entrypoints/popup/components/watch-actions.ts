// Starring and unstarring a unit or a search. The first star asks for the optional
// `notifications` permission: permissions.request must run in the click's own call, before
// any await, or the browser refuses it as not coming from the agent.
import { browser } from 'wxt/browser';
import type { Unit } from '@/lib/catalog/model';
import { sameSearch, type Watched } from '@/lib/catalog/watched';
import { watched } from '@/lib/settings';

function askForNotificationsOnFirstStar(current: Watched): void {
  if (current.units.length + current.searches.length > 0) return;
  browser.permissions.request({ permissions: ['notifications'] }).then(
    // Refused: the Changes view still marks watched changes with a star.
    () => undefined,
    (error) => console.warn('Planpoint Agent: notifications permission not asked', error),
  );
}

export function toggleWatchedUnit(current: Watched, unit: Unit): Promise<void> {
  if (current.units.some((u) => u.id === unit.id)) {
    return watched.setValue({ ...current, units: current.units.filter((u) => u.id !== unit.id) });
  }
  askForNotificationsOnFirstStar(current);
  const entry = { id: unit.id, projectId: unit.projectId, number: unit.number };
  return watched.setValue({ ...current, units: [...current.units, entry] });
}

export function toggleWatchedSearch(current: Watched, query: string): Promise<void> {
  const text = query.trim();
  if (current.searches.some((s) => sameSearch(s, text))) {
    return watched.setValue({
      ...current,
      searches: current.searches.filter((s) => !sameSearch(s, text)),
    });
  }
  askForNotificationsOnFirstStar(current);
  return watched.setValue({ ...current, searches: [...current.searches, text] });
}

export function unwatchUnit(current: Watched, unitId: string): Promise<void> {
  return watched.setValue({ ...current, units: current.units.filter((u) => u.id !== unitId) });
}

export function unwatchSearch(current: Watched, query: string): Promise<void> {
  return watched.setValue({ ...current, searches: current.searches.filter((s) => s !== query) });
}
