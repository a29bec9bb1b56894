// Connecting a profile to the sandbox the way an agent does it: the options page, the token and
// the sandbox's address, Save; then the first sync. Every spec that needs a connected profile
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
}

export const ENGLISH_CONNECT: ConnectLabels = {
  token: 'API token',
  baseUrl: 'API base URL',
  save: 'Save',
  saved: 'Saved. Token saved, ends in',
};

export const FRENCH_CONNECT: ConnectLabels = {
  token: "Jeton d'API",
  baseUrl: "URL de base de l'API",
  save: 'Enregistrer',
  saved: 'Enregistré. Jeton enregistré, se termine par',
};

/** What the options page and the popup may show of a token: "…" and its last four characters. */
export function tokenHint(token: string): string {
  return `…${token.slice(-4)}`;
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
