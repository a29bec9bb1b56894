// The WCAG 2.1 AA audit (axe-core) of every screen of the popup and the settings page, in light
// and dark, in Chromium and Firefox, against the sandbox. One test per theme walks all screens in
// one browser profile, as an agent would: first run, connecting, the project list, the leads, a
// commercial space, a search, the selection bar, a unit's detail (with its floor plan) and its
// forms and confirmations, My holds, the project forms, a sync in progress. Every violation of every screen is listed before the test fails; on the screens
// with the most controls, every keyboard stop must also show a focus ring. Then: reflow at 200%
// zoom, and no motion when the system asks for less.
import type { PageHandle } from './fixtures';
import { auditPage, describeFindings } from './support/axe';
import { stopsWithoutFocusRing } from './support/focus';
import { reduceMotion } from './support/reduced-motion';
import { showIn } from './support/color-scheme';
import { connect, openAdvanced } from './support/connect';
import { resultRows } from './support/finder';
import { openPopup, openResult, searchFor } from './support/popup';
import { expect, test } from './support/test';
import { waitForText } from './support/wait';
import { zoomTo200, zoomedLayout } from './support/zoom';

const PROJECT = 'Parkview Residences';

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes the WCAG 2.1 AA audit in the ${scheme} theme`, async ({
    extension,
    sandbox,
  }) => {
    test.setTimeout(180_000);
    const findings: string[] = [];
    const audited: string[] = [];
    const audit = async (page: PageHandle, screen: string, focusRings?: 'and focus rings') => {
      findings.push(...describeFindings(screen, await auditPage(page)));
      if (focusRings) {
        for (const stop of await stopsWithoutFocusRing(page)) {
          findings.push(`${screen}: no visible focus ring on ${stop}`);
        }
      }
      audited.push(screen);
    };
    const open = async (path: string): Promise<PageHandle> => {
      const page = await extension.openPage(path);
      await showIn(page, scheme);
      return page;
    };

    // First run: no token yet.
    const firstPopup = await open('popup.html');
    await waitForText(firstPopup, 'Sign in with your Planpoint account');
    await audit(firstPopup, 'popup, first run', 'and focus rings');
    await openAdvanced(firstPopup);
    await audit(firstPopup, 'popup, first run, Advanced open', 'and focus rings');
    const firstOptions = await open('options.html');
    await waitForText(firstOptions, 'No token saved yet.');
    await audit(firstOptions, 'settings, no token', 'and focus rings');
    await firstOptions.close();
    await firstPopup.close();

    const options = await connect(extension, sandbox);
    await showIn(options, scheme);
    await audit(options, 'settings, token saved', 'and focus rings');

    const popup = await openPopup(extension);
    await showIn(popup, scheme);
    await audit(popup, 'project list');

    // Leads: read after the sync; the button counts them as new until the view is opened.
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.lead-count') !== null))
      .toBe(true);
    await popup.evaluate(() =>
      document.querySelector<HTMLElement>('.lead-count')?.closest('button')?.click(),
    );
    // The view's code loads on first open; "New" alone would also match "New project".
    await popup.waitFor(() => document.querySelector('.lead-new') !== null);
    await audit(popup, 'leads', 'and focus rings');
    await popup.press('Escape');
    await waitForText(popup, 'Search units');

    // A commercial space's detail: no edits, and the sentence saying why.
    const space = sandbox.store
      .projectsOf(sandbox.accounts[0]!.id)
      .flatMap((p) =>
        sandbox.store
          .commercialSpacesOf(p._id)
          .map((s) => ({ name: String(s['name']), project: p.name })),
      )[0];
    expect(space, 'a commercial space in the demo account').toBeDefined();
    await searchFor(popup, `commercial ${space!.name}`, {
      number: space!.name,
      project: space!.project,
    });
    await openResult(popup, { number: space!.name, project: space!.project });
    await waitForText(popup, "Planpoint's API offers no way to change one");
    await audit(popup, 'commercial space detail');
    await popup.press('Escape');
    await waitForText(popup, 'Search units');

    await popup.fillByLabel('Search units', 'parkview available');
    await expect.poll(async () => (await resultRows(popup)).length).toBeGreaterThan(3);
    await audit(popup, 'search results');
    // The short notice a copy leaves by its row, in both themes' colours.
    await popup.press('Control+c');
    await popup.waitFor(() => document.querySelector('.row-notice') !== null);
    await audit(popup, 'copy notice by a row');

    await popup.press('Control+ ');
    await popup.press('ArrowDown');
    await popup.press(' ');
    await waitForText(popup, '2 selected');
    await audit(popup, 'bulk-selection bar', 'and focus rings');
    await popup.clickByRole('button', 'Clear selection');

    // A new query puts the active row back at the top, where openResult counts from.
    const [first] = await resultRows(popup);
    await popup.fillByLabel('Search units', `${first!.number} parkview`);
    await openResult(popup, first!);
    await audit(popup, 'unit detail', 'and focus rings');
    await popup.clickByRole('button', 'Copy summary');
    await popup.waitFor(() => document.querySelector('.copy-notice')?.textContent !== '');
    await audit(popup, 'unit detail, summary copied');

    await popup.clickByRole('button', 'Put on hold');
    await waitForText(popup, `Mark unit ${first!.number} as On hold?`);
    await audit(popup, 'status change confirmation');
    // Confirmed: the hold is the agent's, listed in My holds (audited below).
    await popup.clickByRole('button', 'Confirm');
    await waitForText(popup, 'Release');

    await popup.clickByRole('button', 'Delete unit');
    await waitForText(popup, 'This cannot be undone.');
    await audit(popup, 'delete confirmation');
    await popup.clickByRole('button', 'Cancel');

    await popup.clickByRole('button', 'Edit');
    await waitForText(popup, 'Unit number');
    await audit(popup, 'unit edit form');
    await popup.clickByRole('button', 'Cancel');
    await popup.clickByRole('button', '← Back');
    await waitForText(popup, 'Search units');
    await popup.fillByLabel('Search units', '');

    await popup.clickByRole('button', 'My holds');
    await popup.waitFor(() => document.querySelector('.hold') !== null);
    await audit(popup, 'my holds', 'and focus rings');
    await popup.press('Escape');
    await waitForText(popup, 'Search units');

    await popup.clickByRole('button', `Add unit to ${PROJECT}`);
    await waitForText(popup, `New unit in ${PROJECT}`);
    await audit(popup, 'add-unit form');
    await popup.press('Escape');

    await popup.clickByRole('button', 'New project');
    await waitForText(popup, 'Create project');
    await audit(popup, 'new-project form');
    await popup.press('Escape');

    await popup.clickByRole('button', `Edit project ${PROJECT}`);
    await popup.clickByRole('button', 'Delete project');
    await waitForText(popup, "Type the project's name to confirm");
    await audit(popup, 'delete-project confirmation');
    await popup.press('Escape');
    await popup.clickByRole('button', 'Cancel');

    // A slow server keeps the sync running long enough to audit its progress line.
    sandbox.faults.latencyMs = 2_000;
    await popup.clickByRole('button', 'Refresh');
    await waitForText(popup, /Syncing… \d+ of \d+ projects/);
    // The bar beside the words has their numbers, and the words as its name.
    const progress = await popup.evaluate(() => {
      const bar = document.querySelector('progress');
      return bar && { value: bar.value, max: bar.max, name: bar.getAttribute('aria-label') };
    });
    expect(progress?.name).toBe(`Syncing… ${progress?.value} of ${progress?.max} projects`);
    await audit(popup, 'sync in progress');

    expect(audited).toHaveLength(20);
    expect(findings, findings.join('\n')).toEqual([]);
  });
}

test('at 200% zoom the popup and the settings page reflow: no sideways scrolling, every key control reachable', async ({
  extension,
  sandbox,
}) => {
  const problems: string[] = [];
  const check = async (page: PageHandle, screen: string, controls: string[]) => {
    const layout = await zoomedLayout(page, controls);
    if (layout.scrollsSideways) {
      const { scrollWidth, clientWidth } = layout.scrollsSideways;
      problems.push(`${screen}: scrolls sideways (${scrollWidth} px of content in ${clientWidth})`);
    }
    for (const name of layout.unreachable) problems.push(`${screen}: "${name}" not reachable`);
  };
  const open = async (path: string) => {
    const page = await extension.openPage(path);
    await zoomTo200(page);
    return page;
  };

  const firstRun = await open('popup.html');
  await waitForText(firstRun, 'Sign in with your Planpoint account');
  await check(firstRun, 'popup, first run', ['Email', 'Password', 'Sign in']);
  await firstRun.close();

  const options = await connect(extension, sandbox);
  await zoomTo200(options);
  await check(options, 'settings', ['API token', 'API base URL', 'Save', 'Sign in']);

  const popup = await openPopup(extension);
  await zoomTo200(popup);
  await check(popup, 'project list', ['Search units', 'Refresh', 'Settings', 'New project']);
  await popup.fillByLabel('Search units', 'parkview available');
  await expect.poll(async () => (await resultRows(popup)).length).toBeGreaterThan(3);
  await check(popup, 'search results', ['Search units', 'Refresh']);
  const [first] = await resultRows(popup);
  await popup.fillByLabel('Search units', `${first!.number} parkview`);
  await openResult(popup, first!);
  await check(popup, 'unit detail', ['← Back', 'Edit', 'Copy summary', 'Delete unit']);
  await popup.clickByRole('button', 'Edit');
  await check(popup, 'unit edit form', ['Unit number', 'Price', 'Save', 'Cancel']);

  expect(problems, problems.join('\n')).toEqual([]);
});

test('when the system asks for reduced motion, nothing on the pages animates or transitions', async ({
  extension,
}) => {
  // Any element's own animation and transition, as a component might declare one.
  const moving = (page: PageHandle) =>
    page.evaluate(() => {
      const probe = document.createElement('button');
      probe.style.transition = 'opacity 300ms';
      probe.style.animation = 'none 300ms infinite';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const durations = `${style.transitionDuration} ${style.animationDuration}`;
      probe.remove();
      return durations;
    });
  // One page at a time, in front: Firefox restyles a background tab only when it is shown.
  const popup = await extension.openPage('popup.html');
  await popup.waitForText('Planpoint Agent');
  expect(await moving(popup), 'popup, motion allowed').toBe('0.3s 0.3s');
  await reduceMotion(popup);
  expect(await moving(popup), 'popup, reduced motion').toBe('0s 0s');
  await popup.close();
  const options = await extension.openPage('options.html');
  await options.waitForText('Planpoint Agent');
  await reduceMotion(options);
  expect(await moving(options), 'settings, reduced motion').toBe('0s 0s');
});
