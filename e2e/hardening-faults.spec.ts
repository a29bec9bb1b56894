// Faults in the real browser: the sandbox misbehaves while the popup is open over a synced
// catalog. Each refresh must end in its sentence, with the list still shown, the token still
// saved, and no error in any extension console (pages, and in Chromium the service worker).
// The full matrix of faults runs in Node: tests/hardening/fault-matrix.test.tsx.
import type { FaultSwitches } from '../sandbox/faults';
import { noFaults } from '../sandbox/server';
import type { ExtensionApi, PageHandle } from './fixtures';
import { connect } from './support/connect';
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
    shows:
      /Offline: showing data from .+\. The server at http:\/\/127\.0\.0\.1:\d+ could not be reached\. Check the API base URL in Settings and your internet connection\./,
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
    await waitForText(
      settings,
      'Planpoint rejected this token. Paste a new one below; the cached list stays available until then.',
    );
    expect(await settings.text()).toContain(`Token saved, ends in …${sandbox.demoToken.slice(-4)}`);
  });

  await test.step('after the fault clears, the next refresh brings the list back up to date', async () => {
    setFaults(sandbox, {});
    await refresh(popup);
    await waitForText(popup, 'Updated just now');
    expect((await syncStateOf(popup))?.lastError).toBeNull();
    await expect.poll(() => settings!.text()).not.toContain('Planpoint rejected this token');
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

test('the sandbox going away mid-session: offline sentence, list kept, token kept', async ({
  extension,
  sandbox,
  consoles,
}) => {
  await connect(extension, sandbox);
  await consoles.armWorker();
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, 'Updated');
  const catalog = await catalogOf(popup);
  await sandbox.close();
  await refresh(popup);
  await waitForText(
    popup,
    `could not be reached. Check the API base URL in Settings and your internet connection.`,
  );
  await waitForText(popup, /Offline: showing data from/);
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
  await waitForText(
    options,
    'Planpoint rejected your API token (Invalid or expired token). Paste a new one in Settings.',
  );
  expect(await options.text()).toContain(`Token saved, ends in …${sandbox.demoToken.slice(-4)}`);
  const stored = await options.evaluate(
    async () => (await chrome.storage.local.get('apiToken'))['apiToken'],
  );
  expect(stored).toBe(sandbox.demoToken);
  expect(consoles.errors()).toEqual([]);
});
