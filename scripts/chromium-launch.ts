// The one way this project starts Chromium with the unpacked extension loaded: npm start,
// npm run screenshots and the real-browser tests (e2e/fixtures/chromium.ts) all come here, so the
// binary, the switches and the way the extension's id is found are set in one place.
import {
  chromium,
  type BrowserContext,
  type BrowserContextOptions,
  type Worker,
} from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from './find-browsers';

// Every launch: --no-sandbox lets Chromium run as root (Playwright passes it too unless told to
// keep the sandbox); the rest keep a fresh profile from calling home, as the machines this runs
// on often have no network.
const BASE_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Headless runs happen on servers and in CI: no GPU there, and no QUIC to try before HTTP.
const HEADLESS_ARGS = ['--disable-gpu', '--disable-quic'];

/** The switches that load an unpacked extension, and only it, into a fresh profile. */
export function unpackedExtensionArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

export interface ChromiumLaunchOptions {
  /** An unpacked build, e.g. `.output/chrome-mv3` (absolute). */
  extensionDir: string;
  headless: boolean;
  /** The page size; `null` lets pages follow the window (a headed browser). Playwright's default when absent. */
  viewport?: BrowserContextOptions['viewport'];
  colorScheme?: BrowserContextOptions['colorScheme'];
  /** More switches, e.g. `--lang=fr`. */
  extraArgs?: readonly string[];
  /** How long to wait for the extension's service worker to start; Playwright's 30 s by default. */
  workerTimeoutMs?: number;
  /** Prefix of the temporary profile folder's name. */
  profilePrefix?: string;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's background service worker, running. */
  worker: Worker;
  /** `chrome-extension://<id>`, no trailing slash. */
  extensionOrigin: string;
  /** Close the browser (if still open) and remove its temporary profile. */
  close(): Promise<void>;
}

/**
 * Chromium in a temporary profile with the extension loaded; resolves once the extension's
 * service worker runs, which gives its id. On failure nothing is left behind.
 */
export async function launchChromiumWithExtension(
  options: ChromiumLaunchOptions,
): Promise<LaunchedChromium> {
  const profileDir = await mkdtemp(join(tmpdir(), options.profilePrefix ?? 'planpoint-chromium-'));
  let context: BrowserContext | undefined;
  const close = async () => {
    try {
      await context?.close();
    } finally {
      // Retried: a browser that just exited may still be flushing files into its profile.
      await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      // CHROMIUM_PATH, or the usual install places (./find-browsers.ts); missing: one clear line.
      executablePath: browserPath('chromium'),
      headless: options.headless,
      ...(options.viewport !== undefined && { viewport: options.viewport }),
      ...(options.colorScheme !== undefined && { colorScheme: options.colorScheme }),
      args: [
        ...BASE_ARGS,
        ...(options.headless ? HEADLESS_ARGS : []),
        ...unpackedExtensionArgs(options.extensionDir),
        ...(options.extraArgs ?? []),
      ],
    });
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: options.workerTimeoutMs }));
    // An unpacked extension's id is derived from its path: read it from the worker's URL.
    // (Node's URL gives a `null` origin for chrome-extension:, a scheme it does not know.)
    const { protocol, host } = new URL(worker.url());
    return { context, worker, extensionOrigin: `${protocol}//${host}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}
