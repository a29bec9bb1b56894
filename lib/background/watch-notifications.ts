// A browser notification for each change to what the agent watches, and the click that opens
// what it is about. `notifications` is an optional permission, asked for by the click that first
// stars something: without it the browser has no `notifications` API here, nothing is shown, and
// the Changes view's star marks are where the agent sees these changes.
import { browser } from 'wxt/browser';
import type { Project } from '../catalog/model';
import type { WatchAlert } from '../catalog/watch';
import { changeLine, unitTitle } from '../change-text';
import { t } from '../i18n';
import { pageForEntry } from './omnibox';

const ID_PREFIX = 'planpoint-watch|';
/** A search's notification names this many of its new units, then "and N more". */
const UNITS_NAMED = 3;

/** The notification's id carries what a click opens: "unit:<id>" or the search's text. */
function notificationId(alert: WatchAlert, at: number): string {
  return alert.kind === 'unit'
    ? unitNotificationId(alert.unit.id, at)
    : `${ID_PREFIX}${at}|${alert.query}`;
}

/** The id of a notification about one unit, which a click opens (a hold's end uses it too). */
export function unitNotificationId(unitId: string, at: number): string {
  return `${ID_PREFIX}${at}|unit:${unitId}`;
}

/** The popup page a click on the notification opens; null for another notification. */
export function pageForNotification(id: string): string | null {
  if (!id.startsWith(ID_PREFIX)) return null;
  const rest = id.slice(ID_PREFIX.length);
  return pageForEntry(rest.slice(rest.indexOf('|') + 1));
}

export function notificationText(
  alert: WatchAlert,
  projectsById: ReadonlyMap<string, Project>,
): { title: string; message: string } {
  if (alert.kind === 'unit') {
    return {
      title: unitTitle(alert.unit.number, projectsById.get(alert.unit.projectId)?.name),
      message: alert.changes.map(changeLine).join(' · '),
    };
  }
  const named = alert.units
    .slice(0, UNITS_NAMED)
    .map((unit) => unitTitle(unit.number, projectsById.get(unit.projectId)?.name));
  const more = alert.units.length - named.length;
  return {
    title: t('watch.notifySearch', [alert.query]),
    message: more > 0 ? t('watch.andMore', [named.join(', '), String(more)]) : named.join(', '),
  };
}

/** Whether notifications may be shown (the optional permission granted). */
export function canNotify(): boolean {
  return typeof browser.notifications?.create === 'function';
}

export async function notifyWatched(
  alerts: readonly WatchAlert[],
  projects: readonly Project[],
  at: number,
): Promise<void> {
  if (alerts.length === 0 || !canNotify()) return;
  const projectsById = new Map(projects.map((project) => [project.id, project]));
  await Promise.all(
    alerts.map((alert) =>
      browser.notifications.create(notificationId(alert, at), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        ...notificationText(alert, projectsById),
      }),
    ),
  );
}

/**
 * Call at start-up: a click on a watch notification opens its unit or search. The API appears
 * only once the permission is granted, so a grant made while this background runs adds the
 * listener then.
 */
export function watchNotificationClicks(open: (page: string) => void): void {
  let listening = false;
  const listen = () => {
    if (listening || !canNotify()) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => {
      const page = pageForNotification(id);
      if (!page) return;
      open(page);
      void browser.notifications.clear(id);
    });
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
