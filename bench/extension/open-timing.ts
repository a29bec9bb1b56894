// Opening an extension page timed the way an agent sees it: from the moment a new tab is asked
// for (as the toolbar opens the popup) to an event in the page. One clock for both ends: Node's
// epoch time before the tab is asked for, and in the page performance.timeOrigin plus an entry's
// time. The floor is the same open of a page that runs no script (the extension's icon): what
// any extension page costs before its own code, so the popup's figures are judged as ratios to
// it, measured in the same run on the same loaded machine.
import type { Page } from '@playwright/test';
import type { ExtensionSession } from '../../e2e/fixtures';

/** A static resource of the build: opening it runs no script at all. */
export const FLOOR_PAGE = 'icon/128.png';

export interface TimedPage {
  page: Page;
  /** Epoch ms just before the tab was asked for. */
  openedAt: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

/** Opens `path` in a new tab; returns once the navigation is committed (the page may still load). */
export async function openTimed(session: ExtensionSession, path: string): Promise<TimedPage> {
  if (!session.context) throw new Error('The bench drives Chromium only');
  const openedAt = epochNow();
  const page = await session.context.newPage();
  await page.goto(`${session.extensionOrigin}/${path}`, { waitUntil: 'commit' });
  return { page, openedAt };
}

/** Milliseconds from the open to the page's first performance entry named `name`; null if none. */
export async function msToEntry(
  { page, openedAt }: TimedPage,
  name: string,
): Promise<number | null> {
  const at = await page.evaluate((entry) => {
    const found = performance.getEntriesByName(entry)[0];
    return found ? performance.timeOrigin + found.startTime : null;
  }, name);
  return at === null ? null : at - openedAt;
}

/** One open of the page that runs no script, to its first paint. */
export async function floorOnce(session: ExtensionSession): Promise<number> {
  const timed = await openTimed(session, FLOOR_PAGE);
  await timed.page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  const ms = await msToEntry(timed, 'first-contentful-paint');
  await timed.page.close();
  if (ms === null) throw new Error(`No first paint of ${FLOOR_PAGE}`);
  return ms;
}
