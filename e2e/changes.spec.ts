// What changed between two syncs, in the browser: the sandbox's change switch (over HTTP) moves
// units between statuses, changes prices, adds and removes a unit; the next sync lists each
// change in the Changes view, sums the project's day in its row, and a watched unit's change
// raises a notification. One session walks it all, so the suite pays for one start per browser.
import { auditPage, describeFindings } from './support/axe';
import { showIn } from './support/color-scheme';
import type { ExtensionApi, PageHandle } from './fixtures';
import type { ChangeSwitchReport } from '../sandbox/change-switch';
import { connect } from './support/connect';
import { openPopup, openResult, searchFor } from './support/popup';
import { SMALL_SANDBOX } from './support/sandbox';
import { availableUnitServedIn, unitsWithStatus } from './support/sandbox-units';
import { syncStateOf } from './support/storage';
import { expect, test, type Sandbox } from './support/test';
import { waitForText } from './support/wait';

declare const chrome: ExtensionApi;

// Headless Chromium cannot answer the prompt permissions.request shows, so there the fixture
// grants `notifications` at install; Firefox asks from the star's click and grants it without a
// prompt (see e2e/fixtures/firefox.ts).
test.use({ sandboxData: SMALL_SANDBOX, grantPermissions: ['notifications'] });

const price = (value: number) => `$${value.toLocaleString('en-US')}`;
const WORD = { Available: 'Available', OnHold: 'On hold', Reserved: 'Reserved', Sold: 'Sold' };

test('changes: listed after the change switch, counted on the project, a watched unit notifies', async ({
  extension,
  sandbox,
}) => {
  const [watchedUnit] = unitsWithStatus(sandbox, 'Le Rosemont', 'Sold');
  expect(watchedUnit, 'a sold unit at Le Rosemont to watch').toBeDefined();
  await connect(extension, sandbox);
  const popup = await openPopup(extension);

  // The first sync had nothing to compare with: nothing is listed.
  await popup.clickByRole('button', 'Changes');
  await waitForText(popup, 'No changes in the last 14 days');
  await popup.press('Escape');

  // A star on the unit's detail.
  const row = { number: watchedUnit!.number, project: 'Le Rosemont' };
  await searchFor(popup, `${row.number} le rosemont`, row);
  await openResult(popup, row);
  await popup.clickByRole('button', 'Watch this unit');
  await expect
    .poll(() => popup.evaluate(async () => (await chrome.storage.local.get('watched')).watched))
    .toMatchObject({ units: [{ id: watchedUnit!.id }] });
  await popup.press('Escape');
  await popup.fillByLabel('Search units', '');
  await recordNotifications(popup);

  // The developer's team changes things; the watched unit is released.
  const report = await flipChangeSwitch(sandbox);
  const released = await fetch(`${sandbox.url}/__sandbox/units/${watchedUnit!.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'Available' }),
  });
  expect(released.status).toBe(200);
  await refreshAndWait(popup);

  // The watched unit's notification, which a click would open on its detail.
  await expect
    .poll(() => notificationsSeen(popup))
    .toContainEqual(expect.stringMatching(new RegExp(`\\|unit:${watchedUnit!.id}$`)));

  // Parkview's row sums its day.
  await waitForText(popup, 'Last 24 h:');
  const parkviewLine = await popup.evaluate(
    () =>
      [...document.querySelectorAll('.project-row')]
        .find((li) => li.querySelector('.project-name')?.textContent === 'Parkview Residences')
        ?.querySelector('.recent-changes')?.textContent ?? '',
  );
  expect(parkviewLine).toContain('1 new');
  expect(parkviewLine).toContain('2 prices changed');
  expect(parkviewLine).toContain('1 removed');

  // The Changes view lists each change, the watched one starred.
  await popup.clickByRole('button', 'Changes');
  // The view loads on demand: its lines, not the project list still showing, are waited for.
  await popup.waitFor(() => document.querySelector('.changes li.change') !== null);
  const lines = await popup.evaluate(() =>
    [...document.querySelectorAll('.changes li.change')].map((li) => ({
      text: (li.textContent ?? '').replace(/\s+/g, ' '),
      starred: li.querySelector('.watched-mark') !== null,
    })),
  );
  const texts = lines.map((line) => line.text);
  const projectOf = (unitId: string) =>
    sandbox.store.getProject(sandbox.store.projectOfUnit(unitId) ?? '')?.name ?? '';
  for (const change of report.statusChanges) {
    const words = `${change.number} · ${projectOf(change.unitId)}: ${WORD[change.from as keyof typeof WORD]} → ${WORD[change.to as keyof typeof WORD]}`;
    expect(
      texts.some((text) => text.includes(words)),
      words,
    ).toBe(true);
  }
  for (const change of report.priceChanges) {
    const words = `${change.number} · Parkview Residences: Price ${price(change.from)} → ${price(change.to)}`;
    expect(
      texts.some((text) => text.includes(words)),
      words,
    ).toBe(true);
  }
  expect(
    texts.some((text) =>
      text.includes(`${report.added[0]!.number} · Parkview Residences: New unit`),
    ),
  ).toBe(true);
  expect(
    texts.some((text) =>
      text.includes(`${report.removed[0]!.number} · Parkview Residences: Removed`),
    ),
  ).toBe(true);
  const watchedLine = lines.find((line) =>
    line.text.includes(`${row.number} · Le Rosemont: Sold → Available`),
  );
  expect(watchedLine?.starred).toBe(true);
  expect(lines.filter((line) => line.starred)).toHaveLength(1);
  // The view passes the same WCAG 2.1 AA audit as every other screen, in both themes.
  for (const scheme of ['dark', 'light'] as const) {
    await showIn(popup, scheme);
    expect(describeFindings(`changes view, ${scheme}`, await auditPage(popup))).toEqual([]);
  }

  // A unit opens from its line; Back returns to the changes; the Watched list removes it.
  // (The Watched list names it too: the change's own line is clicked.)
  await popup.evaluate((title) => {
    const lines = [...document.querySelectorAll<HTMLButtonElement>('.change-project button')];
    lines.find((button) => button.textContent === title)?.click();
  }, `${row.number} · Le Rosemont`);
  await waitForText(popup, 'Copy summary');
  await popup.press('Escape');
  await waitForText(popup, 'Watched');
  await popup.clickByRole('button', `Remove unit ${row.number} from the watched`);
  await waitForText(popup, 'Nothing watched yet');
});

test('a watched search notifies of a new match; new leads can show on the toolbar badge', async ({
  extension,
  sandbox,
}) => {
  const options = await connect(extension, sandbox);
  const badgeText = () => options.evaluate(() => chrome.action.getBadgeText({}));
  const leads = sandbox.store
    .projectsOf(sandbox.accounts[0]!.id)
    .reduce((sum, p) => sum + sandbox.store.leadsOf(p._id).length, 0);
  await options.clickByRole('checkbox', 'Show new leads on the toolbar badge');
  await expect.poll(badgeText).toBe(String(leads));

  // Star a search: the switch adds a 2-bedroom at $575,000 to Parkview.
  const popup = await openPopup(extension);
  await popup.fillByLabel('Search units', '2bd under 600k available');
  await popup.clickByRole('button', 'Watch this search');
  await expect
    .poll(() => popup.evaluate(async () => (await chrome.storage.local.get('watched')).watched))
    .toMatchObject({ searches: ['2bd under 600k available'] });
  // Looking at the leads leaves none new: the badge empties.
  await popup.fillByLabel('Search units', '');
  await popup.clickByRole('button', `Leads ${leads} new`);
  await expect.poll(badgeText).toBe('');
  await popup.press('Escape');
  await recordNotifications(popup);

  const report = await flipChangeSwitch(sandbox);
  await refreshAndWait(popup);
  await expect
    .poll(() => notificationsSeen(popup))
    .toContainEqual(expect.stringMatching(/\|2bd under 600k available$/));
  // The switch's leads arrive after the catalog: the badge counts them.
  await expect.poll(badgeText, { timeout: 20_000 }).toBe(String(report.leads.length));
});

test('a hold ending today notifies once, after a sync, naming its unit', async ({
  extension,
  sandbox,
}) => {
  // A contract (SDK) unit: Planpoint gives its hold no end, so the agent sets one for today.
  const unit = availableUnitServedIn(sandbox, 'sdk');
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const row = { number: unit.number, project: unit.project };
  await searchFor(popup, `${unit.number} ${unit.project}`, row);
  await openResult(popup, row);
  await popup.clickByRole('button', 'Put on hold');
  await popup.clickByRole('button', 'Confirm');
  await waitForText(popup, 'Release');
  await popup.press('Escape');
  await popup.fillByLabel('Search units', '');
  await popup.clickByRole('button', 'My holds');
  await waitForText(popup, 'Planpoint gives this hold no end.');
  // Firefox asks from this button's click (granted there without a prompt); Chromium has the
  // permission from the start (see the top of this file) and says so instead.
  await waitForText(popup, /Notify me the day a hold ends|A notification comes the day/);
  if ((await popup.text()).includes('Notify me the day a hold ends')) {
    await popup.clickByRole('button', 'Notify me the day a hold ends');
  }
  await waitForText(popup, 'A notification comes the day each hold ends.');
  // Later today (or the day's last minute, late in the evening).
  const end = new Date(Math.min(Date.now() + 30 * 60_000, new Date().setHours(23, 59, 0, 0)));
  const pad = (n: number) => String(n).padStart(2, '0');
  await popup.fillByLabel(
    `Remind me on (unit ${unit.number})`,
    `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}T${pad(end.getHours())}:${pad(end.getMinutes())}`,
  );
  await waitForText(popup, 'Your date');
  await popup.press('Escape');
  await recordNotifications(popup);

  const forUnit = async () =>
    (await notificationsSeen(popup)).filter((id) => id.endsWith(`|unit:${unit.id}`));
  await refreshAndWait(popup);
  await expect.poll(forUnit).toHaveLength(1);
  // The next sync the same day says nothing more.
  await refreshAndWait(popup);
  await popup.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(await forUnit()).toHaveLength(1);
});

/**
 * Every notification the page sees from now on: headless Firefox closes one after a few
 * seconds, so getAll() alone could miss it; onShown (Firefox) and onClosed (both) catch it then.
 */
async function recordNotifications(page: PageHandle): Promise<void> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    Object.assign(window, { seenNotifications: seen });
    const firefoxOnly = chrome.notifications as unknown as {
      onShown?: { addListener(listener: (id: string) => void): void };
    };
    firefoxOnly.onShown?.addListener((id) => seen.add(id));
    chrome.notifications.onClosed.addListener((id) => seen.add(id));
    setInterval(
      () =>
        void chrome.notifications
          .getAll()
          .then((all) => Object.keys(all).forEach((id) => seen.add(id))),
      100,
    );
  });
}

function notificationsSeen(page: PageHandle): Promise<string[]> {
  return page.evaluate(() => [
    ...(window as unknown as { seenNotifications: Set<string> }).seenNotifications,
  ]);
}

async function flipChangeSwitch(sandbox: Sandbox): Promise<ChangeSwitchReport> {
  const answer = await fetch(`${sandbox.url}/__sandbox/changes`, { method: 'POST' });
  expect(answer.status).toBe(200);
  return (await answer.json()) as ChangeSwitchReport;
}

/** Refresh from the popup and wait until that sync has finished. */
async function refreshAndWait(popup: PageHandle): Promise<void> {
  const before = (await syncStateOf(popup))!.lastSuccessAt!;
  await popup.clickByRole('button', 'Refresh');
  await expect
    .poll(async () => (await syncStateOf(popup))?.lastSuccessAt ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(before);
}
