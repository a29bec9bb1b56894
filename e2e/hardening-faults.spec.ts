// Faults in the real browser: the sandbox misbehaves while the popup is open over a synced
// catalog. Each refresh must end in its sentence, with the list still shown, the token still
// saved, and no error in any extension console (pages, and in Chromium the service worker).
// The full matrix of faults runs in Node: tests/hardening/fault-matrix.test.tsx.
import type { FaultSwitches } from '../sandbox/faults';
import { noFaults } from '../sandbox/server';
import type { ExtensionApi, PageHandle } from './fixtures';
import { auditPage, describeFindings } from './support/axe';
import { connect } from './support/connect';
import { resultRows } from './support/finder';
import { openResult, refreshAndWait, searchFor } from './support/popup';
import { unitsWithStatus } from './support/sandbox-units';
import { ask } from './support/messages';
import { SMALL_SANDBOX } from './support/sandbox';
import { catalogOf, syncStateOf } from './support/storage';
import { expect, test, type Sandbox } from './support/test';
import { waitForText } from './support/wait';

declare const chrome: ExtensionApi;

// The small sandbox these cases are written against (4 projects of 12 units, seed 4).
test.use({ sandboxData: SMALL_SANDBOX });

interface BrowserFault {
  name: string;
  faults: Partial<FaultSwitches>;
  /** What the popup's status block says, up to the clock time. */
  shows: string | RegExp;
}

const FAULTS: BrowserFault[] = [
  {
    name: 'HTTP 500',
    faults: { status: 500 },
    shows:
      'Planpoint had a problem on its side (HTTP 500: Internal Server Error). Try again in a few minutes. Showing data from',
  },
  {
    name: 'HTTP 503',
    faults: { status: 503 },
    shows:
      'Planpoint had a problem on its side (HTTP 503: Service Unavailable). Try again in a few minutes. Showing data from',
  },
  {
    name: 'HTTP 403 on every project',
    faults: { status: 403, pathPrefix: '/api/projects/', projectIds: [] },
    shows:
      'Your Planpoint account is not allowed to access this project (Forbidden). Ask its owner to share it with you, or check that the token in Settings belongs to the right account. Showing data from',
  },
  {
    name: 'HTTP 404 on the project list',
    faults: { status: 404, pathPrefix: '/api/projects/mine' },
    shows:
      'Planpoint did not recognise this address (Not Found). Check the API base URL in Settings. Showing data from',
  },
  {
    name: 'a paused account',
    faults: { paused: true },
    shows:
      'Your account is paused on Planpoint (This account is paused). It can be used again once its owner resumes it. Showing data from',
  },
  {
    name: 'a dropped connection',
    faults: { dropConnection: true },
    // One calm line; the reason is its title (checked in the offline test below).
    shows: /Offline · data from .+ · Retry/,
  },
  {
    name: 'an HTML error page',
    faults: { htmlError: true },
    shows:
      'Planpoint answered with an error page (HTTP 502). It may be down for a moment; try again in a few minutes. Showing data from',
  },
  {
    name: 'malformed JSON',
    faults: { malformedJson: true },
    shows:
      'Planpoint sent data the extension could not read. Check the API base URL in Settings; if it is right, try again later. Showing data from',
  },
  {
    name: 'a body of the wrong shape',
    faults: { wrongShape: true },
    shows:
      'Planpoint sent data the extension could not read. Check the API base URL in Settings; if it is right, try again later. Showing data from',
  },
];

/** Press Refresh and wait until the sync it started has finished (with an error or not). */
async function refresh(popup: PageHandle): Promise<void> {
  const before = (await syncStateOf(popup))?.lastError;
  await popup.clickByRole('button', 'Refresh');
  await expect
    .poll(
      async () => {
        const state = await syncStateOf(popup);
        return !!state && !state.running && state.lastError !== before;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

function setFaults(sandbox: Sandbox, faults: Partial<FaultSwitches>): void {
  const projectIds =
    faults.projectIds && faults.projectIds.length === 0
      ? sandbox.store.projectsOf(sandbox.accounts[0]!.id).map((p) => p._id)
      : (faults.projectIds ?? null);
  Object.assign(sandbox.faults, noFaults(), faults, { projectIds });
}

test('every fault ends in its sentence over the cached list, with the token kept and no errors', async ({
  extension,
  sandbox,
  consoles,
}) => {
  test.setTimeout(120_000);
  const options = await connect(extension, sandbox);
  await consoles.armWorker();
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, 'Updated');
  const catalog = await catalogOf(popup);
  const firstProject = catalog!.projects[0]!.name;
  let settings: PageHandle | null = null;

  for (const fault of FAULTS) {
    await test.step(fault.name, async () => {
      setFaults(sandbox, fault.faults);
      await refresh(popup);
      await waitForText(popup, fault.shows);
      // The list is still there, the catalog untouched, the token still saved.
      expect(await popup.text()).toContain(firstProject);
      expect(await catalogOf(popup)).toEqual(catalog);
      expect(await ask(popup, 'getSettings', {})).toMatchObject({ settings: { hasToken: true } });
    });
  }

  await test.step('a definite 401 asks for a new token and keeps the old one', async () => {
    setFaults(sandbox, { status: 401 });
    await refresh(popup);
    await waitForText(
      popup,
      'Planpoint rejected your API token (Unauthorized). Paste a new one in Settings. Showing data from',
    );
    expect(await popup.text()).toContain(firstProject);
    expect(await catalogOf(popup)).toEqual(catalog);
    const stored = await popup.evaluate(
      async () => (await chrome.storage.local.get('apiToken'))['apiToken'],
    );
    expect(stored).toBe(sandbox.demoToken);
    // "Paste a new token" opens the settings page, where the saved token is still listed.
    consoles.remember(options);
    await options.close();
    await popup.clickByRole('button', 'Paste a new token');
    await expect
      .poll(() =>
        popup.evaluate(async () =>
          (await chrome.tabs.query({})).some((tab) => tab.url?.endsWith('/options.html')),
        ),
      )
      .toBe(true);
    settings = await extension.openPage('options.html');
    // Only the rejection: nothing above it says the token works or what it reaches.
    await waitForText(
      settings,
      `Planpoint rejected the saved token (ends in …${sandbox.demoToken.slice(-4)}). Sign in again, or paste a new token under Advanced; the cached list stays available until then.`,
    );
    const page = await settings.text();
    expect(page).not.toContain('It reaches');
    expect(page).not.toContain('synced');
    expect(page).not.toContain('Paste a new one in Settings');
  });

  await test.step('after the fault clears, the next refresh brings the list back up to date', async () => {
    setFaults(sandbox, {});
    await refresh(popup);
    await waitForText(popup, 'Updated just now');
    expect((await syncStateOf(popup))?.lastError).toBeNull();
    await expect.poll(() => settings!.text()).not.toContain('Planpoint rejected the saved token');
    await waitForText(settings!, `Token saved, ends in …${sandbox.demoToken.slice(-4)}`);
  });

  await consoles.armWorker();
  expect(consoles.errors()).toEqual([]);
  expect(consoles.all().join('\n')).not.toContain(sandbox.demoToken);
  if (extension.browserName === 'chromium') {
    // The worker's console is collected: each failed sync left its one-line warning there.
    expect(consoles.worker.filter((l) => l.includes('Planpoint Agent: sync failed')).length).toBe(
      FAULTS.length + 1,
    );
  }
});

/** The popup's sync status block: its lines (with their class and title) and buttons. */
function statusBlock(popup: PageHandle) {
  return popup.evaluate(() => {
    const block = document.querySelector('.sync-status');
    return {
      lines: [...(block?.querySelectorAll('p') ?? [])].map((p) => ({
        text: (p as HTMLElement).innerText,
        className: p.className,
        title: p.getAttribute('title'),
      })),
      errors: block?.querySelectorAll('.error').length ?? 0,
    };
  });
}

/** Each named button on the page, whether it is disabled, and its title. */
function buttonStates(popup: PageHandle, names: string[]) {
  return popup.evaluate((wanted) => {
    const buttons = [...document.querySelectorAll('button')];
    return wanted.map((name) => {
      const button = buttons.find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      );
      return { name, disabled: button?.disabled ?? null, title: button?.title ?? null };
    });
  }, names);
}

const WRITES_OFFLINE = 'Offline: changes need a connection.';

test('the sandbox going away mid-session: one amber line with Retry, the list works, changes wait', async ({
  extension,
  sandbox,
  consoles,
}) => {
  test.setTimeout(90_000);
  await connect(extension, sandbox);
  await consoles.armWorker();
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, 'Updated');
  const catalog = await catalogOf(popup);
  const project = catalog!.projects[0]!;
  const unit = unitsWithStatus(sandbox, project.name, 'Available')[0]!;
  await sandbox.close();
  await refresh(popup);

  // One line, calm: no red, no address; the reason is on its title.
  await waitForText(popup, /Offline · data from .+ · Retry/);
  const block = await statusBlock(popup);
  expect(block.errors).toBe(0);
  expect(block.lines).toHaveLength(1);
  expect(block.lines[0]!.className).toBe('sync-offline');
  expect(block.lines[0]!.text).not.toContain('127.0.0.1');
  expect(block.lines[0]!.title).toMatch(
    /^The server at http:\/\/127\.0\.0\.1:\d+ could not be reached\. Check the API base URL in Settings and your internet connection\.$/,
  );
  // The amber line passes the contrast audit like every other screen.
  expect(describeFindings('popup, offline', await auditPage(popup))).toEqual([]);

  // Adding and editing wait for a connection, and say so.
  expect(await popup.text()).toContain(WRITES_OFFLINE);
  expect(await buttonStates(popup, ['New project', `Add unit to ${project.name}`])).toEqual([
    { name: 'New project', disabled: true, title: '' },
    { name: `Add unit to ${project.name}`, disabled: true, title: WRITES_OFFLINE },
  ]);

  // The cached list still finds and opens a unit; its changes are disabled with the reason.
  await searchFor(popup, `${unit.number} ${project.name}`, {
    number: unit.number,
    project: project.name,
  });
  await openResult(popup, { number: unit.number, project: project.name });
  await waitForText(popup, WRITES_OFFLINE);
  for (const state of await buttonStates(popup, [
    'Put on hold',
    'Mark sold',
    'Edit',
    'Delete unit',
  ])) {
    expect(state, state.name).toEqual({ name: state.name, disabled: true, title: WRITES_OFFLINE });
  }
  expect(await popup.text()).not.toContain('is being refreshed');
  await popup.press('Escape');

  // The selection bar: copying works, changing waits.
  await popup.fillByLabel('Search units', project.name);
  await expect.poll(async () => (await resultRows(popup)).length).toBeGreaterThan(1);
  await popup.press('Control+ ');
  await waitForText(popup, '1 selected');
  await waitForText(popup, WRITES_OFFLINE);
  expect(await buttonStates(popup, ['Set status', 'Change price', 'Copy for email'])).toEqual([
    { name: 'Set status', disabled: true, title: WRITES_OFFLINE },
    { name: 'Change price', disabled: true, title: WRITES_OFFLINE },
    { name: 'Copy for email', disabled: false, title: '' },
  ]);

  // Retry refreshes: still unreachable, so the same line comes back, the list still kept.
  await refreshAndWait(popup, 'Retry');
  await waitForText(popup, /Offline · data from .+ · Retry/);
  expect(await catalogOf(popup)).toEqual(catalog);
  expect(await ask(popup, 'getSettings', {})).toMatchObject({ settings: { hasToken: true } });
  expect(consoles.errors()).toEqual([]);
});

test('a rejected token on the settings page: the sentence, and the saved token stays', async ({
  extension,
  sandbox,
  consoles,
}) => {
  const options = await connect(extension, sandbox);
  await options.fillByLabel('API token', 'not-a-planpoint-token');
  await options.clickByRole('button', 'Save');
  // Asked for again where it was typed: this page is Settings already.
  await waitForText(
    options,
    'Planpoint rejected this API token (Invalid or expired token). Check that it was copied in full, or paste another one above.',
  );
  expect(await options.text()).not.toContain('Paste a new one in Settings');
  expect(await options.text()).toContain(`Token saved, ends in …${sandbox.demoToken.slice(-4)}`);
  const stored = await options.evaluate(
    async () => (await chrome.storage.local.get('apiToken'))['apiToken'],
  );
  expect(stored).toBe(sandbox.demoToken);
  expect(consoles.errors()).toEqual([]);
});
