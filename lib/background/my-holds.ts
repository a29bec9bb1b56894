// Keeps "My holds" (lib/catalog/my-holds.ts) in step with what the agent does from the extension
// and with each sync, and announces the day a hold ends. Notes are about buyers: never logged.
import { browser } from 'wxt/browser';
import type { Catalog } from '../catalog/model';
import {
  currentHolds,
  holdsEndingToday,
  prunedHolds,
  withEntry,
  withHolds,
  withoutHolds,
  type MyHold,
} from '../catalog/my-holds';
import type { SettableStatus } from '../catalog/settable-status';
import { unitTitle } from '../change-text';
import { t, uiLocale } from '../i18n';
import { myHolds } from '../settings';
import { canNotify, unitNotificationId } from './watch-notifications';

/** After the agent set these units' availability from the extension: a hold is the agent's
 * from now on; any other availability ends it. */
export async function rememberStatusChange(
  unitIds: readonly string[],
  status: SettableStatus,
): Promise<void> {
  if (unitIds.length === 0) return;
  const holds = await myHolds.getValue();
  await myHolds.setValue(
    status === 'on-hold' ? withHolds(holds, unitIds, Date.now()) : withoutHolds(holds, unitIds),
  );
}

/**
 * After a sync stored `catalog`: forgets the holds that ended (sold, released, expired, the unit
 * deleted), and shows a notification for each hold that ends today, once per end.
 */
export async function reviewHolds(catalog: Catalog, now = Date.now()): Promise<void> {
  const holds = await myHolds.getValue();
  if (Object.keys(holds).length === 0) return;
  const current = currentHolds(holds, catalog.units);
  const ending = canNotify() ? holdsEndingToday(current, now) : [];
  const projects = new Map(catalog.projects.map((project) => [project.id, project]));
  await Promise.all(
    ending.map((hold) =>
      browser.notifications.create(unitNotificationId(hold.unit.id, now), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: unitTitle(hold.unit.number, projects.get(hold.unit.projectId)?.name),
        message: holdEndMessage(hold, now),
      }),
    ),
  );
  // Read again just before writing: a note typed in the popup meanwhile is kept.
  let next = prunedHolds(await myHolds.getValue(), current);
  for (const hold of ending) next = withEntry(next, hold.unit.id, { remindedFor: hold.endsAt });
  await myHolds.setValue(next);
}

export function holdEndMessage(hold: MyHold, now: number): string {
  const when = new Date(hold.endsAt ?? now).toLocaleTimeString(uiLocale(), {
    hour: '2-digit',
    minute: '2-digit',
  });
  const line = t(
    hold.endsAt !== null && hold.endsAt < now ? 'holds.endedToday' : 'holds.endsToday',
    [when],
  );
  return hold.entry.note ? `${line} · ${hold.entry.note}` : line;
}
