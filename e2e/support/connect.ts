// Connecting a profile to the sandbox the way an agent does it: the options page, Advanced (the
// token and the address live there, after Sign in), the token and the sandbox's address, Save;
// then the first sync. Every spec that needs a connected profile
// starts here. (core-loop-connect.spec.ts tests that page itself, step by step.)
import { expect, type ExtensionSession, type PageHandle } from '../fixtures';
import type { Sandbox } from './sandbox';
import { syncStateOf } from './storage';
import { waitForText } from './wait';

/** The options page's words, in the interface language the browser runs in. */
export interface ConnectLabels {
  token: string;
  baseUrl: string;
  save: string;
  /** What the page says once the token is saved, up to the token's last characters. */
  saved: string;
  /** The disclosure that holds the token and the address. */
  advanced: string;
}

export const ENGLISH_CONNECT: ConnectLabels = {
  token: 'API token',
  baseUrl: 'API base URL',
  save: 'Save',
  saved: 'Saved. Token saved, ends in',
  advanced: 'Advanced',
};

export const FRENCH_CONNECT: ConnectLabels = {
  token: "Jeton d'API",
  baseUrl: "URL de base de l'API",
  save: 'Enregistrer',
  saved: 'Enregistré. Jeton enregistré, se termine par',
  advanced: 'Avancé',
};

/** What the options page and the popup may show of a token: "…" and its last four characters. */
export function tokenHint(token: string): string {
  return `…${token.slice(-4)}`;
}

/**
 * Open the Advanced section of the settings page or the popup's first run, where the token and
 * the address are, unless it is open already (it opens by itself once an address is set).
 */
export async function openAdvanced(
  page: PageHandle,
  labels: ConnectLabels = ENGLISH_CONNECT,
): Promise<void> {
  await waitForText(page, labels.advanced);
  const opened = await page.evaluate(() => {
    const details = document.querySelector('details.advanced');
    if (!details) return 'missing';
    if (details.hasAttribute('open')) return 'open';
    // The summary's own click, as a pointer or Enter on it gives: the page's toggle handler runs.
    (details.querySelector('summary') as HTMLElement).click();
    return 'opened';
  });
  expect(opened, 'an Advanced section on the page').not.toBe('missing');
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('details.advanced')?.hasAttribute('open')),
    )
    .toBe(true);
}

/**
 * Paste the sandbox's demo token and address on the options page, Save, and wait until the
 * page confirms the token and the first sync has stored a catalog. Returns the options page,
 * still open.
 */
export async function connect(
  extension: ExtensionSession,
  sandbox: Sandbox,
  labels: ConnectLabels = ENGLISH_CONNECT,
): Promise<PageHandle> {
  const options = await extension.openPage('options.html');
  await openAdvanced(options, labels);
  await options.fillByLabel(labels.token, sandbox.demoToken);
  await options.fillByLabel(labels.baseUrl, sandbox.url);
  await options.clickByRole('button', labels.save);
  await waitForText(options, `${labels.saved} ${tokenHint(sandbox.demoToken)}`);
  await waitForFirstSync(options);
  return options;
}

/** Wait until the first sync after saving a token has stored a catalog. */
export async function waitForFirstSync(page: PageHandle): Promise<void> {
  await expect
    .poll(async () => (await syncStateOf(page))?.lastSuccessAt ?? null, {
      message: 'the first sync to store a catalog',
      timeout: 20_000,
    })
    .not.toBeNull();
}
