// Quick lookup in the real browsers: the popup's keyboard use, filter chips, status changes
// (accepted and refused), the toolbar badge and the keyboard shortcut, against the sandbox.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GECKO_ID, type ExtensionApi, type PageHandle } from './fixtures';
import { EXTENSION_DIRS } from './fixtures/session';
import { connect } from './support/connect';
import {
  afterEffects,
  bedroomsOf,
  finderState,
  priceOf,
  statusOf,
  waitForFinder,
} from './support/finder';
import { FirefoxWindow } from './support/firefox-chrome';
import { availableListings, sandboxUnit, unitsWithStatus } from './support/sandbox-units';
import { summaryOfRow } from './support/summary';
import { expect, test } from './support/test';
import { poll } from './support/wait';

declare const chrome: ExtensionApi;

const PARKVIEW = 'Parkview Residences';

/** "12 units" / "1 unit" / "40 units, showing the first 30" → 12 / 1 / 40. */
function totalOf(status: string | null): number {
  const match = /^(\d+) units?\b/.exec(status ?? '');
  if (!match) throw new Error(`Not a result count: ${status}`);
  return Number(match[1]);
}

test('keyboard: arrows move the active result, Enter opens it, Escape goes back, then clears', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await extension.openPage('popup.html');
  await waitForFinder(popup, 'the search field to have focus', (s) => s.searchFocused);

  await popup.type('parkview available');
  const results = await waitForFinder(
    popup,
    'results for "parkview available"',
    (s) => s.query === 'parkview available' && s.options.length >= 3,
  );
  const [first, second, third] = results.options;
  const selected = (s: typeof results) => s.options.filter((o) => o.selected).map((o) => o.id);
  expect(results.activeDescendant).toBe(first!.id);
  expect(selected(results)).toEqual([first!.id]);

  await popup.press('ArrowDown');
  let state = await waitForFinder(
    popup,
    'the 2nd result active',
    (s) => s.activeDescendant === second!.id,
  );
  expect(selected(state)).toEqual([second!.id]);
  await popup.press('ArrowDown');
  state = await waitForFinder(
    popup,
    'the 3rd result active',
    (s) => s.activeDescendant === third!.id,
  );
  expect(selected(state)).toEqual([third!.id]);
  await popup.press('ArrowUp');
  state = await waitForFinder(
    popup,
    'the 2nd result active again',
    (s) => s.activeDescendant === second!.id,
  );
  expect(selected(state)).toEqual([second!.id]);
  expect(state.searchFocused).toBe(true);

  await popup.press('Enter');
  state = await waitForFinder(popup, 'the detail of the active result', (s) => s.detail !== null);
  expect(state.detail).toBe(`Unit ${second!.number}`);
  expect(state.detailPill).toBe('Available');
  expect(state.query).toBeNull();
  await afterEffects(popup); // the detail listens for Escape from an effect

  await popup.press('Escape');
  // Back on the results, the search field takes the focus again.
  state = await waitForFinder(
    popup,
    'the results again',
    (s) => s.query !== null && s.searchFocused,
  );
  expect(state.detail).toBeNull();
  expect(state.query).toBe('parkview available');
  expect(state.options.map((o) => o.id)).toEqual(results.options.map((o) => o.id));
  expect(state.activeDescendant).toBe(second!.id);
  await afterEffects(popup);

  await popup.press('Escape');
  state = await waitForFinder(popup, 'the query cleared', (s) => s.query === '');
  expect(state.options).toEqual([]);
  expect(state.activeDescendant).toBeNull();
  await popup.waitForText(PARKVIEW); // the project list shows again
});

test("Ctrl+C copies the selected result's summary to the clipboard", async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await extension.openPage('popup.html');
  await waitForFinder(popup, 'the search field to have focus', (s) => s.searchFocused);
  await popup.type('parkview 2bd');
  const results = await waitForFinder(
    popup,
    'results for "parkview 2bd"',
    (s) => s.query === 'parkview 2bd' && s.options.length >= 2,
  );
  await popup.press('ArrowDown');
  const chosen = results.options[1]!;
  await waitForFinder(popup, 'the 2nd result active', (s) => s.activeDescendant === chosen.id);

  await popup.press('Control+c');
  const copied = await waitForFinder(popup, 'the copy to be confirmed', (s) =>
    Boolean(s.status?.startsWith('Copied') || s.status?.startsWith('Could not copy')),
  );
  expect(copied.status).toBe(`Copied unit ${chosen.number}.`);

  // Read the clipboard back the way a person would: paste it over the search text.
  await popup.press('Control+a');
  await popup.press('Control+v');
  const pasted = await waitForFinder(popup, 'the paste', (s) => s.query !== 'parkview 2bd');
  const viewerUrl = sandboxUnit(sandbox, PARKVIEW, chosen.number).viewerUrl;
  expect(pasted.query).toBe(summaryOfRow(chosen, viewerUrl));
  expect(pasted.query).toMatch(new RegExp(`^${PARKVIEW} · Unit ${chosen.number} · `));
});

test('chips: understood filters show as chips, removing one widens the results, a quick chip adds its filter', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await extension.openPage('popup.html');
  await popup.fillByLabel('Search units', '2bd under 600k available');
  let state = await waitForFinder(popup, 'three chips', (s) => s.chips.length === 3);
  expect(state.chips).toEqual([
    'Remove filter 2 bd',
    'Remove filter ≤ $600K',
    'Remove filter Available',
  ]);
  expect(state.quickChips).toEqual(['Studio', '1 bd', '3 bd']);
  const narrow = totalOf(state.status);
  expect(state.options.length).toBeGreaterThan(0);
  for (const option of state.options) {
    expect(bedroomsOf(option), option.number).toBe(2);
    expect(priceOf(option), option.number).toBeLessThanOrEqual(600_000);
    expect(statusOf(option), option.number).toBe('Available');
  }

  await popup.clickByRole('button', 'Remove filter ≤ $600K');
  state = await waitForFinder(popup, 'the price chip gone', (s) => s.chips.length === 2);
  expect(state.query).toBe('2bd available');
  expect(state.chips).toEqual(['Remove filter 2 bd', 'Remove filter Available']);
  expect(totalOf(state.status)).toBeGreaterThan(narrow);
  expect(state.options.some((o) => (priceOf(o) ?? 0) > 600_000)).toBe(true);
  for (const option of state.options) {
    expect(bedroomsOf(option), option.number).toBe(2);
    expect(statusOf(option), option.number).toBe('Available');
  }

  await popup.clickByRole('button', 'Remove filter 2 bd');
  state = await waitForFinder(popup, 'the bedrooms chip gone', (s) => s.chips.length === 1);
  expect(state.query).toBe('available');
  expect(state.quickChips).toEqual(['Studio', '1 bd', '2 bd', '3 bd']);
  const anyBedrooms = totalOf(state.status);

  await popup.clickByRole('button', 'Studio');
  state = await waitForFinder(popup, 'the Studio chip', (s) => s.chips.length === 2);
  expect(state.query).toBe('available studio');
  expect(state.chips).toEqual(['Remove filter Available', 'Remove filter Studio']);
  expect(state.quickChips).toEqual(['1 bd', '2 bd', '3 bd']);
  expect(totalOf(state.status)).toBeLessThan(anyBedrooms);
  for (const option of state.options) {
    expect(bedroomsOf(option), option.number).toBe(0);
    expect(statusOf(option), option.number).toBe('Available');
  }
});

/** Open a unit's detail from the search field: its number and project, then Enter. */
async function openUnit(popup: PageHandle, unit: { number: string; projectName: string }) {
  await popup.fillByLabel('Search units', `${unit.number} ${unit.projectName}`);
  await waitForFinder(
    popup,
    `unit ${unit.number} first`,
    (s) => s.options[0]?.number === unit.number && s.options[0].sub.startsWith(unit.projectName),
  );
  await popup.press('Enter');
  return waitForFinder(popup, `the detail of unit ${unit.number}`, (s) => s.detail !== null);
}

test('a status change Planpoint accepts: the pill shows it at once and the sandbox has it', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[0]!;
  await connect(extension, sandbox);
  const popup = await extension.openPage('popup.html');
  const detail = await openUnit(popup, unit);
  expect(detail.detail).toBe(`Unit ${unit.number}`);
  expect(detail.detailPill).toBe('Available');

  await popup.clickByRole('button', 'Put on hold');
  await popup.waitForText(`Mark unit ${unit.number} as On hold?`);
  await popup.clickByRole('button', 'Confirm');
  await waitForFinder(popup, 'the pill to say On hold', (s) => s.detailPill === 'On hold');
  await poll('the sandbox to hold the unit', () => sandbox.store.unitStatus(unit.id) === 'OnHold');
  // The saved catalog now has the unit on hold: the pill stays, and Release is offered.
  await popup.waitForText('Release');
  expect((await finderState(popup)).detailPill).toBe('On hold');
  expect(await popup.text()).not.toContain('Not changed');

  // A popup opened afterwards reads the saved catalog: the unit is on hold there too.
  await popup.close();
  const reopened = await extension.openPage('popup.html');
  await reopened.fillByLabel('Search units', `${unit.number} ${unit.projectName}`);
  const row = await waitForFinder(
    reopened,
    `unit ${unit.number} in the results`,
    (s) => s.options[0]?.number === unit.number,
  );
  expect(statusOf(row.options[0]!)).toBe('On hold');
});

test('a status change Planpoint refuses: the pill goes back and the reason shows', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[1]!;
  await connect(extension, sandbox);
  const popup = await extension.openPage('popup.html');
  await openUnit(popup, unit);

  // Writes to this unit are refused, slowly enough to see the optimistic pill first.
  Object.assign(sandbox.faults, { status: 403, pathPrefix: '/api/units/', latencyMs: 2_500 });
  await popup.clickByRole('button', 'Mark sold');
  await popup.waitForText(`Mark unit ${unit.number} as Sold?`);
  await popup.clickByRole('button', 'Confirm');
  await waitForFinder(popup, 'the optimistic Sold pill', (s) => s.detailPill === 'Sold');
  await popup.waitForText('Saving…');

  await popup.waitForText('Not changed: You are not allowed to change units in this project.');
  const after = await finderState(popup);
  expect(after.detailPill).toBe('Available');
  expect(await popup.text('[role=alert]')).toBe(
    'Not changed: You are not allowed to change units in this project.',
  );
  expect(sandbox.store.unitStatus(unit.id)).toBe('Available');
});

test('badge: the pinned project shows its available count, and "!" once the token is rejected', async ({
  extension,
  sandbox,
}) => {
  const available = availableListings(sandbox, PARKVIEW);
  const options = await connect(extension, sandbox);
  await options.waitForText('Show available units of');
  const badge = () =>
    options.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      title: await chrome.action.getTitle({}),
    }));
  expect((await badge()).text).toBe('');

  await selectByLabel(options, 'Show available units of', PARKVIEW);
  await poll('the badge count', async () => (await badge()).text !== '');
  expect(await badge()).toEqual({
    text: String(available),
    title: `Planpoint Agent: ${available} available at ${PARKVIEW}`,
  });

  // The token stops being accepted (the sandbox cannot revoke one: every request answers 401).
  sandbox.faults.status = 401;
  const popup = await extension.openPage('popup.html');
  await popup.clickByRole('button', 'Refresh');
  await poll('the badge to warn', async () => (await badge()).text === '!', 15_000);
  expect((await badge()).title).toMatch(/^Planpoint Agent: ./);
});

test('shortcut: the manifest suggests a key for _execute_action, the browser assigns it and the options page shows it', async ({
  extension,
}) => {
  const built = JSON.parse(
    await readFile(join(EXTENSION_DIRS[extension.browserName], 'manifest.json'), 'utf8'),
  ) as { commands?: Record<string, { suggested_key?: { default?: string } }> };
  const suggested = built.commands?._execute_action?.suggested_key?.default;
  expect(suggested).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);

  const options = await extension.openPage('options.html');
  // Let the page settle first: on install the extension opens its settings tab too, and Firefox
  // may hand this tab that page while the test starts to read it.
  await options.waitForText('Keyboard shortcut');
  // The browser loaded that declaration, its description in the interface language.
  const loaded = await options.evaluate(() => chrome.runtime.getManifest().commands);
  expect(loaded?._execute_action?.suggested_key?.default).toBe(suggested);
  expect(loaded?._execute_action?.description).toBe('Open Planpoint Agent');
  const commands = await options.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe(suggested);
  await options.waitForText(`Open Planpoint Agent with ${suggested}.`);

  if (extension.browserName === 'firefox') {
    // Firefox registered the key in its window, where pressing it opens the popup.
    const [modifier, , letter] = suggested!.split('+');
    const keys = await FirefoxWindow.of(options).extensionKeys(GECKO_ID);
    expect(keys).toEqual([{ key: letter, modifiers: `${modifier!.toLowerCase()},shift` }]);
  }
});

/** Choose an option of the <select> labelled `label` by its text, once the page offers it. */
async function selectByLabel(page: PageHandle, label: string, optionText: string): Promise<void> {
  const findTarget = () =>
    page.evaluate(
      ({ label, optionText }) => {
        const labelEl = [...document.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === label,
        );
        const select = labelEl?.htmlFor ? document.getElementById(labelEl.htmlFor) : null;
        if (!(select instanceof HTMLSelectElement)) return null;
        const option = [...select.options].find((o) => o.text === optionText);
        return option ? { id: select.id, value: option.value } : null;
      },
      { label, optionText },
    );
  // The list of projects fills in as the page reads the first sync's catalog.
  let found: { id: string; value: string } | null = null;
  await poll(`an option "${optionText}" in a select labelled "${label}"`, async () => {
    found = await findTarget();
    return found !== null;
  });
  // TypeScript cannot see the assignment inside the callback.
  const target = found as { id: string; value: string } | null;
  if (!target) throw new Error(`No option "${optionText}" in a select labelled "${label}"`);
  if (page.raw.kind === 'playwright') {
    await page.raw.page.getByLabel(label, { exact: true }).selectOption({ label: optionText });
  } else {
    await page.raw.page.bringToFront();
    await page.raw.page.select(`#${target.id}`, target.value);
  }
}
