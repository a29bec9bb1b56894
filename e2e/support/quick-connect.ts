// Quick-lookup tests: a local Planpoint (the sandbox) and a profile connected to it the way an
// agent does it, from the options page.
import { startSandbox, type Sandbox } from '../../sandbox/server';
import type { ExtensionSession, PageHandle } from '../fixtures';

export type { Sandbox };

/** A sandbox on a free port: 8 projects of 40 units, the demo data every test starts from. */
export function startQuickSandbox(): Promise<Sandbox> {
  return startSandbox({ port: 0 });
}

/** The options page's words, in the interface language the browser runs in. */
export interface ConnectLabels {
  token: string;
  baseUrl: string;
  save: string;
  saved: string;
}

export const ENGLISH_CONNECT: ConnectLabels = {
  token: 'API token',
  baseUrl: 'API base URL',
  save: 'Save',
  saved: 'Token saved, ends in',
};

/**
 * Paste the sandbox's token and address on the options page, save, and wait until the first
 * sync finished. Returns the options page, still open.
 */
export async function connectProfile(
  extension: ExtensionSession,
  sandbox: Sandbox,
  labels: ConnectLabels = ENGLISH_CONNECT,
): Promise<PageHandle> {
  const options = await extension.openPage('options.html');
  await options.fillByLabel(labels.token, sandbox.demoToken);
  await options.fillByLabel(labels.baseUrl, sandbox.url);
  await options.clickByRole('button', labels.save);
  await options.waitForText(labels.saved);
  await waitForCatalog(options);
  return options;
}

/**
 * Wait until the first sync finished, as the options page shows it: its "Show available units
 * of" list (the page's one <select>) offers the synced projects.
 */
export async function waitForCatalog(options: PageHandle, timeoutMs = 15_000): Promise<void> {
  await poll(
    'the first sync to list projects on the options page',
    () => options.evaluate(() => document.querySelectorAll('select option').length > 1),
    timeoutMs,
  ).catch(async (error: Error) => {
    throw new Error(`${error.message}; the page shows: ${await options.text().catch(() => '?')}`);
  });
}

/** Repeat `check` until it returns true. */
export async function poll(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A sandbox unit the way a test picks one: its id, number and project. */
export interface PickedUnit {
  id: string;
  number: string;
  projectName: string;
}

/** Units of a demo project whose status (as the sandbox serves it) is `status`. */
export function unitsWithStatus(
  sandbox: Sandbox,
  projectName: string,
  status: 'Available' | 'OnHold' | 'Sold',
): PickedUnit[] {
  const project = sandbox.store.findProjectByName(projectName);
  if (!project) throw new Error(`No sandbox project named ${projectName}`);
  return sandbox.store
    .unitsOf(project._id)
    .filter((unit) => sandbox.store.unitStatus(unit._id) === status)
    .map((unit) => ({
      id: unit._id,
      number: String(unit.unitNumber ?? unit.name),
      projectName: project.name,
    }));
}
