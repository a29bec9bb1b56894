// The core loop against the local sandbox, in Chromium and Firefox: sync, search by unit number
// and by project, a unit's detail, copy, open in Planpoint, a change picked up on refresh, and
// what the popup keeps showing when Planpoint fails (one project, every request, or the server).
import type { ExtensionApi } from './fixtures';
import { connect } from './support/connect';
import { detailFact, detailStatus, projectNames, resultCount, resultRows } from './support/finder';
import { openPopup, openResult, searchFor } from './support/popup';
import { sandboxUnit } from './support/sandbox-units';
import { expectedSummary } from './support/summary';
import { expect, test } from './support/test';
import { waitForText } from './support/wait';

declare const chrome: ExtensionApi;

const PARKVIEW = 'Parkview Residences';
const ROSEMONT = 'Le Rosemont';
const DEMO_PROJECTS = 8;
const UNITS_PER_PROJECT = 40;

test('sync shows its progress, then when the catalog was updated', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  expect(await popup.text()).toContain('Updated just now');
  const names = await projectNames(popup);
  expect(names).toHaveLength(DEMO_PROJECTS);
  expect(names.slice(0, 2)).toEqual([PARKVIEW, ROSEMONT]);
  // Its units and its commercial spaces: both are listed and counted.
  const parkview = sandbox.store.findProjectByName(PARKVIEW)!;
  const listings = sandbox.store.listingCount(parkview._id);
  expect(listings).toBeGreaterThanOrEqual(UNITS_PER_PROJECT);
  expect(await popup.text()).toContain(`Toronto · ${listings} units`);

  // A slow server: the refresh reports each project as it arrives.
  sandbox.faults.latencyMs = 400;
  await popup.clickByRole('button', 'Refresh');
  await waitForText(popup, new RegExp(`Syncing… \\d+ of ${DEMO_PROJECTS} projects`));
  // Beside the words, a bar with the same numbers.
  const bar = await popup.evaluate(() => {
    const progress = document.querySelector('progress');
    return progress && { max: progress.max, value: progress.value, label: progress.ariaLabel };
  });
  expect(bar?.max).toBe(DEMO_PROJECTS);
  expect(bar?.label).toBe(`Syncing… ${bar?.value} of ${DEMO_PROJECTS} projects`);
  expect(await popup.evaluate(() => document.body.innerText.includes('Updated'))).toBe(false);
  await waitForText(popup, 'Updated just now', { timeout: 20_000 });
  sandbox.faults.latencyMs = 0;

  // The age line follows the catalog's time: 3½ minutes ago reads "3 min ago" even with the
  // popup's clock up to 30 s behind, and is not old enough for the popup to refresh on open.
  // The catalog's head (lib/catalog/packed.ts) is stored as a JSON string and carries the time.
  await popup.evaluate(async () => {
    const { catalogHead } = (await chrome.storage.local.get('catalogHead')) as {
      catalogHead: string;
    };
    const head = JSON.parse(catalogHead) as { syncedAt: number };
    head.syncedAt = Date.now() - 210_000;
    await chrome.storage.local.set({ catalogHead: JSON.stringify(head) });
  });
  await waitForText(popup, 'Updated 3 min ago');
  const again = await extension.openPage('popup.html');
  await waitForText(again, 'Updated 3 min ago');
});

test('search finds a unit by number and by project, and shows its detail', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);

  // A number only one project has.
  let rows = await searchFor(popup, '801', { number: '801', project: ROSEMONT });
  expect(rows.map((r) => `${r.number} ${r.project}`)).toEqual([`801 ${ROSEMONT}`]);
  expect(await resultCount(popup)).toBe('1 unit');

  // A number every project has, narrowed by a word of the project's name.
  rows = await searchFor(popup, '305 parkview', { number: '305', project: PARKVIEW });
  expect(rows[0]).toEqual(expect.objectContaining({ number: '305', project: PARKVIEW }));
  expect(rows).toHaveLength(1);

  // The project alone: its units, all of them and only them.
  rows = await searchFor(popup, 'parkview residences', { number: '101', project: PARKVIEW });
  expect(rows).toHaveLength(
    sandbox.store.listingCount(sandbox.store.findProjectByName(PARKVIEW)!._id),
  );
  expect(new Set(rows.map((r) => r.project))).toEqual(new Set([PARKVIEW]));
  expect(await popup.text('[aria-label="Matching projects"]')).toContain(PARKVIEW);

  await popup.fillByLabel('Search units', 'no such unit zzz');
  await expect.poll(() => resultCount(popup)).toBe('No units match.');
  expect(await resultRows(popup)).toEqual([]);

  // Detail: every fact checked against the sandbox's own record of the unit.
  const facts = sandboxUnit(sandbox, PARKVIEW, '305');
  await searchFor(popup, '305 parkview', { number: '305', project: PARKVIEW });
  await openResult(popup, { number: '305', project: PARKVIEW });
  expect(await detailFact(popup, 'Project')).toBe(PARKVIEW);
  expect(await detailFact(popup, 'Floor')).toBe(facts.floor);
  expect(await detailFact(popup, 'Bedrooms')).toBe(facts.bedrooms);
  expect(await detailFact(popup, 'Price')).toBe(facts.price);
  expect(await detailStatus(popup)).toBe(facts.status);
  expect(await popup.text()).toContain('Open in Planpoint');

  await popup.clickByRole('button', '← Back');
  await expect.poll(() => resultRows(popup)).toHaveLength(1);
  // Focus returns to the search field from an effect, just after the rows are back.
  await expect
    .poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
    .toBe('305 parkview');
});

test('detail actions: copy the summary, open the project in Planpoint', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const facts = sandboxUnit(sandbox, PARKVIEW, '305');
  // The real clipboard, read back by the page. A placeholder first: the copy must replace it.
  await popup.evaluate(() => navigator.clipboard.writeText('placeholder'));
  expect(await popup.readClipboard()).toBe('placeholder');

  await searchFor(popup, '305 parkview', { number: '305', project: PARKVIEW });
  await openResult(popup, { number: '305', project: PARKVIEW });
  await popup.clickByRole('button', 'Copy summary');
  await waitForText(popup, 'Summary copied.');
  expect(await popup.readClipboard()).toBe(expectedSummary(PARKVIEW, '305', facts));

  // The network is closed, so the viewer page never loads: what can be checked is where the
  // new tab went. Chromium: Playwright sees the new page and its navigation request.
  expect(facts.viewerUrl).toBe('https://app.planpoint.io/parkview-residences/william');
  const context = extension.context;
  const opened = context
    ? Promise.all([
        context.waitForEvent('page'),
        context.waitForEvent(
          'request',
          (r) => r.isNavigationRequest() && r.url() === facts.viewerUrl,
        ),
      ])
    : null;
  await popup.clickByRole('button', 'Open in Planpoint');
  if (opened) {
    const [page, request] = await opened;
    expect(request.frame().page()).toBe(page);
  }
  // Both browsers: the extension's tabs API sees the tab at the viewer's address.
  await expect
    .poll(() =>
      popup.evaluate(async () =>
        (await chrome.tabs.query({})).map(
          (tab) => tab.url || (tab as { pendingUrl?: string }).pendingUrl || '',
        ),
      ),
    )
    .toContain(facts.viewerUrl);

  // From the results, Ctrl+C copies the selected row without opening it.
  await popup.clickByRole('button', '← Back');
  const upper = sandboxUnit(sandbox, ROSEMONT, '801');
  await searchFor(popup, '801', { number: '801', project: ROSEMONT });
  await popup.press('Control+c');
  await waitForText(popup, 'Copied unit 801.');
  expect(await popup.readClipboard()).toBe(expectedSummary(ROSEMONT, '801', upper));
});

test('a change made on Planpoint shows after Refresh', async ({ extension, sandbox }) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const before = sandboxUnit(sandbox, PARKVIEW, '305');
  const newStatus = before.status === 'Available' ? 'Reserved' : 'Available';

  await searchFor(popup, '305 parkview', { number: '305', project: PARKVIEW });
  expect((await resultRows(popup))[0]?.status).toBe(before.status);

  sandbox.store.setUnitStatus(before.id, newStatus);
  // The popup shows its cached catalog until asked to refresh.
  expect((await resultRows(popup))[0]?.status).toBe(before.status);
  await popup.clickByRole('button', 'Refresh');
  await expect.poll(async () => (await resultRows(popup))[0]?.status).toBe(newStatus);
  await waitForText(popup, 'Updated just now');

  // The detail reads the refreshed unit too, and a popup opened later keeps it.
  await openResult(popup, { number: '305', project: PARKVIEW });
  expect(await detailStatus(popup)).toBe(newStatus);
  const later = await openPopup(extension);
  await searchFor(later, '305 parkview', { number: '305', project: PARKVIEW });
  expect((await resultRows(later))[0]?.status).toBe(newStatus);
});

test('the background refreshes on its 30-minute alarm, with no popup open', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const alarm = await popup.evaluate(() => chrome.alarms.get('refresh-catalog'));
  expect(alarm?.periodInMinutes).toBe(30);

  const before = sandboxUnit(sandbox, PARKVIEW, '305');
  const newStatus = before.status === 'Available' ? 'Reserved' : 'Available';
  sandbox.store.setUnitStatus(before.id, newStatus);
  await popup.close();

  // The settings page only watches: it starts no sync, as the popup may when it opens.
  const watcher = await extension.openPage('options.html');
  const storedHead = () => watcher.evaluate(() => chrome.storage.local.get('catalogHead'));
  const first = await storedHead();
  // Time cannot be moved on in a real browser: the same alarm is set to ring now instead (an
  // extension loaded for development may set alarms under a minute in both browsers).
  await watcher.evaluate(() => chrome.alarms.create('refresh-catalog', { when: Date.now() + 200 }));
  await expect.poll(storedHead, { timeout: 20_000 }).not.toEqual(first);

  const later = await openPopup(extension);
  await searchFor(later, '305 parkview', { number: '305', project: PARKVIEW });
  expect((await resultRows(later))[0]?.status).toBe(newStatus);
});

test('a project that fails is named, and the others still show', async ({ extension, sandbox }) => {
  const parkview = sandbox.store.findProjectByName(PARKVIEW)!;
  sandbox.faults.status = 500;
  sandbox.faults.projectIds = [parkview._id];

  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await waitForText(popup, `Could not refresh ${PARKVIEW}: Planpoint had a problem on its side`);
  expect(await popup.text()).toContain('(HTTP 500');
  expect(await projectNames(popup)).toHaveLength(DEMO_PROJECTS);
  const rows = await searchFor(popup, '801', { number: '801', project: ROSEMONT });
  expect(rows).toHaveLength(1);
  await popup.fillByLabel('Search units', '305 parkview');
  await expect.poll(() => resultCount(popup)).toBe(`${PARKVIEW} has no unit 305.`);

  // Planpoint recovers: the next refresh brings the project's units and drops the message.
  sandbox.reset();
  await popup.press('Escape'); // clears the search: the project list is back
  await expect.poll(() => projectNames(popup)).toHaveLength(DEMO_PROJECTS);
  await popup.clickByRole('button', 'Refresh');
  await expect
    .poll(() => popup.text(), { intervals: [100], timeout: 20_000 })
    .not.toContain('Could not refresh');
  await waitForText(popup, 'Updated just now');
  await searchFor(popup, '305 parkview', { number: '305', project: PARKVIEW });
});

test('Planpoint failing (500, then down): the popup keeps the cached catalog and says why', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);

  // Every request answers 500 (the client retries, then gives up).
  sandbox.faults.status = 500;
  await popup.clickByRole('button', 'Refresh');
  await waitForText(
    popup,
    /Planpoint had a problem on its side \(HTTP 500[^)]*\)\. Try again in a few minutes\. Showing data from \d/,
    { timeout: 20_000 },
  );
  expect(await popup.text()).not.toContain('Updated');
  expect(await projectNames(popup)).toHaveLength(DEMO_PROJECTS);
  await searchFor(popup, '305 parkview', { number: '305', project: PARKVIEW });

  // The server goes away altogether.
  await sandbox.close();
  await popup.clickByRole('button', 'Refresh');
  await waitForText(popup, /Offline · data from \d.* · Retry/, { timeout: 20_000 });
  // The reason is the line's title, not more lines in the popup.
  expect(
    await popup.evaluate(() => document.querySelector('.sync-offline')?.getAttribute('title')),
  ).toBe(
    `The server at ${sandbox.url} could not be reached. Check the API base URL in Settings and your internet connection.`,
  );
  expect(await popup.text()).not.toContain('HTTP 500');
  await expect.poll(() => resultRows(popup)).toHaveLength(1);

  // Opened again while still offline, the popup starts from the same cache and message.
  const later = await extension.openPage('popup.html');
  await waitForText(later, /Offline · data from \d.* · Retry/);
  await searchFor(later, '801', { number: '801', project: ROSEMONT });
  await later.press('Escape');
  await expect.poll(() => projectNames(later)).toHaveLength(DEMO_PROJECTS);
});
