// Helpers for the core-loop specs: a sandbox per test, connecting the way an agent does, and
// reading the popup's results. Everything here goes through the shared fixture's PageHandle, so
// the same steps run in Chromium and Firefox.
import { createServer } from 'node:net';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import type { UnitStatus } from '../../sandbox/types';
import {
  expect,
  test as base,
  type ExtensionApi,
  type ExtensionSession,
  type PageHandle,
} from '../fixtures';

declare const chrome: ExtensionApi;

/** The shared fixture plus a fresh sandbox (random port, seed 1) per test, closed after it. */
export const test = base.extend<{ sandbox: Sandbox }>({
  // Playwright reads the fixtures a fixture needs from its destructuring pattern: none here.
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      await use(sandbox);
    } finally {
      // A test may have closed it already to take the server down.
      await sandbox.close().catch(() => {});
    }
  },
});

export { expect };

/**
 * Wait until the page's visible text contains `text` (or matches it), checking every 100 ms.
 * PageHandle.waitForText in Firefox re-checks only on DOM mutations that puppeteer observes
 * (child lists and attributes, not text data), so it misses a line whose text Preact rewrites in
 * place ("Updated just now" → "Syncing… 1 of 8 projects"). Polling sees it in both browsers, and
 * a failure shows the text the page had.
 */
export async function waitForText(
  page: PageHandle,
  text: string | RegExp,
  options: { timeout?: number } = {},
): Promise<void> {
  const poll = expect.poll(() => page.text(), { intervals: [100], timeout: options.timeout });
  if (typeof text === 'string') await poll.toContain(text);
  else await poll.toMatch(text);
}

/** What the options page and the popup may show of a token: "…" and its last four characters. */
export function tokenHint(token: string): string {
  return `…${token.slice(-4)}`;
}

/**
 * Options page: paste the token and the sandbox's address, Save, and wait for the account line.
 * Returns the options page, still open.
 */
export async function connect(
  extension: ExtensionSession,
  sandbox: Sandbox,
  token = sandbox.demoToken,
): Promise<PageHandle> {
  const options = await extension.openPage('options.html');
  await options.fillByLabel('API token', token);
  await options.fillByLabel('API base URL', sandbox.url);
  await options.clickByRole('button', 'Save');
  await waitForText(options, `Saved. Token saved, ends in ${tokenHint(token)}.`);
  return options;
}

/** Open the popup and wait until it shows a finished sync ("Updated just now"). */
export async function openPopup(extension: ExtensionSession): Promise<PageHandle> {
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, /Updated (just now|\d+ min ago)/, { timeout: 20_000 });
  return popup;
}

export interface ResultRow {
  number: string;
  project: string;
  status: string;
}

/** The popup's unit results (role=option rows) as an agent reads them. */
export function resultRows(popup: PageHandle): Promise<ResultRow[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[role=option]')].map((row) => ({
      number: row.querySelector('.unit-number')?.textContent?.trim() ?? '',
      project: (row.querySelector('.row-sub')?.textContent ?? '').split(' · ')[0]?.trim() ?? '',
      status: row.querySelector('.pill')?.textContent?.trim() ?? '',
    })),
  );
}

/** Project names in the popup's project list (no search) or "Matching projects". */
export function projectNames(popup: PageHandle): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('.project-name')].map((el) => el.textContent?.trim() ?? ''),
  );
}

/** The result count line under the filters ("1 unit", "No units match."). */
export function resultCount(popup: PageHandle): Promise<string> {
  return popup.evaluate(() => document.querySelector('.result-count')?.textContent?.trim() ?? '');
}

/** Type a search and wait until the results show `number` of `project` among them. */
export async function searchFor(
  popup: PageHandle,
  query: string,
  expected: { number: string; project: string },
): Promise<ResultRow[]> {
  await popup.fillByLabel('Search units', query);
  await expect
    .poll(() => resultRows(popup))
    .toContainEqual(
      expect.objectContaining({ number: expected.number, project: expected.project }),
    );
  return resultRows(popup);
}

/**
 * Open a result's detail from the keyboard, as the popup is meant to be used: arrows from the
 * search field down to the row, then Enter.
 */
export async function openResult(
  popup: PageHandle,
  unit: { number: string; project: string },
): Promise<void> {
  // Back in the search field first: a click elsewhere (Refresh) took the focus.
  await popup.clickByRole('combobox', 'Search units');
  const rows = await resultRows(popup);
  const index = rows.findIndex((r) => r.number === unit.number && r.project === unit.project);
  expect(index, `unit ${unit.number} of ${unit.project} in the results`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await popup.press('ArrowDown');
  await popup.press('Enter');
  await waitForText(popup, `Unit ${unit.number}`);
  await waitForText(popup, 'Copy summary');
}

/** A fact of the open unit detail ("Price" → "$630,000"), or null when it is not shown. */
export function detailFact(popup: PageHandle, label: string): Promise<string | null> {
  return popup.evaluate((wanted) => {
    for (const fact of document.querySelectorAll('.facts .fact')) {
      if (fact.querySelector('dt')?.textContent?.trim() === wanted) {
        return fact.querySelector('dd')?.textContent?.trim() ?? null;
      }
    }
    return null;
  }, label);
}

/** The status pill of the open unit detail. */
export function detailStatus(popup: PageHandle): Promise<string> {
  return popup.evaluate(
    () => document.querySelector('.detail-header .pill')?.textContent?.trim() ?? '',
  );
}

const STATUS_WORDS: Record<UnitStatus, string> = {
  Available: 'Available',
  OnHold: 'On hold',
  Sold: 'Sold',
  Leased: 'Leased',
  Unavailable: 'Unavailable',
  Reserved: 'Reserved',
};

export interface SandboxUnitFacts {
  id: string;
  projectId: string;
  /** "Level 3" */
  floor: string;
  /** "$630,000", or "Price TBD" */
  price: string;
  /** As the popup words it: "Available", "On hold"… */
  status: string;
  /** "Studio", "2 bd" */
  bedrooms: string;
  /** https://app.planpoint.io/{namespace}/{hostName} */
  viewerUrl: string;
}

/**
 * A unit as the sandbox holds it right now, in the words the popup uses, whichever vocabulary
 * (SDK or viewer docs) the sandbox serves it in. Expected values come from here, not from the UI.
 */
export function sandboxUnit(
  sandbox: Sandbox,
  projectName: string,
  number: string,
): SandboxUnitFacts {
  const project = sandbox.store.findProjectByName(projectName);
  if (!project) throw new Error(`No sandbox project named ${projectName}`);
  const doc = sandbox.store
    .unitsOf(project._id)
    .find((u) => String(u.unitNumber ?? u.name) === number);
  if (!doc) throw new Error(`No unit ${number} in ${projectName}`);
  const status = sandbox.store.unitStatus(doc._id);
  if (!status) throw new Error(`Unit ${number} of ${projectName} has no status`);
  const bedrooms = bedroomsWord(doc.bed ?? doc.bedrooms);
  const tbd = doc.unitPriceTBD === true || typeof doc.price !== 'number';
  return {
    id: doc._id,
    projectId: project._id,
    floor: sandbox.store.getFloor(doc.floor)?.name ?? '',
    price: tbd ? 'Price TBD' : `$${(doc.price as number).toLocaleString('en-US')}`,
    status: STATUS_WORDS[status],
    bedrooms,
    viewerUrl: `https://app.planpoint.io/${project.namespace}/${project.hostName}`,
  };
}

/** Bedrooms as the popup writes them: SDK units count them, viewer units write "Studio", "2+1". */
function bedroomsWord(raw: unknown): string {
  const text = String(raw).replace(/\s+/g, '');
  if (text === '0' || /^studio$/i.test(text)) return 'Studio';
  if (/^\d+(\+\d+)?$/.test(text)) return `${text} bd`;
  throw new Error(`Unexpected bedrooms in the sandbox: ${String(raw)}`);
}

/** The one-line summary "Copy summary" puts on the clipboard. */
export function expectedSummary(projectName: string, number: string, facts: SandboxUnitFacts) {
  return [
    projectName,
    `Unit ${number}`,
    facts.floor,
    facts.bedrooms,
    facts.price,
    facts.status,
  ].join(' · ');
}

/**
 * The page shows nothing of `secret`: not in its text, not in its markup, not in any field's
 * value (which markup does not carry).
 */
export async function expectNotShown(page: PageHandle, secret: string, what: string) {
  const seen = await page.evaluate(() => ({
    text: document.body.innerText,
    html: document.documentElement.outerHTML,
    values: [...document.querySelectorAll('input, textarea')].map(
      (el) => (el as HTMLInputElement).value,
    ),
  }));
  expect(seen.text, `${what} in the page text`).not.toContain(secret);
  expect(seen.html, `${what} in the page markup`).not.toContain(secret);
  expect(seen.values.join('\n'), `${what} in a field`).not.toContain(secret);
}

/** Everything the extension keeps in storage.local and storage.session, as one JSON text. */
export function storedJson(page: PageHandle): Promise<string> {
  return page.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null).catch(() => ({}));
    return JSON.stringify({ local, session });
  });
}

/** One key of storage.local (WXT's `local:apiToken` is `apiToken` there). */
export function storedValue(page: PageHandle, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    return (await chrome.storage.local.get(k))[k] ?? null;
  }, key);
}

/** A base URL nothing listens on: a port the system just handed out and took back. */
export async function unreachableBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return `http://127.0.0.1:${address.port}`;
}
