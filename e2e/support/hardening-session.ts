// Helpers for the hardening specs: a sandbox per test, a profile connected to it the way an agent
// does it, storage read from an extension page, and every console line of the extension (its
// pages and, in Chromium, its service worker) collected so a test can assert none is an error.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import {
  expect,
  test as base,
  type ExtensionApi,
  type ExtensionSession,
  type PageHandle,
} from '../fixtures';

declare const chrome: ExtensionApi;

export { expect };
export type { Sandbox };

/** The shared fixture plus a small sandbox (4 projects of 12 units) per test, closed after it. */
export const test = base.extend<{ sandbox: Sandbox; consoles: Consoles }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern.
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, seed: 4, projects: 4, unitsPerProject: 12 });
    try {
      await use(sandbox);
    } finally {
      await sandbox.close().catch(() => {});
    }
  },
  consoles: async ({ extension }, use) => {
    await use(new Consoles(extension));
  },
});

/**
 * Console lines from every extension page opened through the session and, in Chromium, from the
 * background service worker (Playwright reports a worker's console on the context). The worker
 * also gets a probe that logs uncaught errors and unhandled rejections as console errors, since
 * those reach DevTools without a console call; it is re-armed after each worker restart.
 */
export class Consoles {
  readonly worker: string[] = [];

  constructor(private readonly extension: ExtensionSession) {
    extension.context?.on('console', (message) => {
      if (message.worker()) this.worker.push(`${message.type()}: ${message.text()}`);
    });
  }

  /** Chromium: install the error probe in the running worker (a no-op in Firefox). */
  async armWorker(): Promise<void> {
    if (this.extension.browserName !== 'chromium') return;
    const worker = await this.extension.serviceWorker();
    await worker.evaluate(() => {
      const scope = self as unknown as { __hardeningProbe?: boolean } & typeof globalThis;
      if (scope.__hardeningProbe) return;
      scope.__hardeningProbe = true;
      scope.addEventListener('unhandledrejection', (event) =>
        console.error(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`),
      );
      scope.addEventListener('error', (event) =>
        console.error(`uncaught error: ${(event as ErrorEvent).message}`),
      );
    });
  }

  /** Every line, page by page, then the worker's. */
  all(): string[] {
    return [
      ...this.extension.pages().flatMap((page) => page.consoleLog()),
      ...this.pageLogsOfClosedPages,
      ...this.worker,
    ];
  }

  /** Pages close during a test; keep what they logged. */
  remember(page: PageHandle): void {
    this.pageLogsOfClosedPages.push(...page.consoleLog());
  }

  private readonly pageLogsOfClosedPages: string[] = [];

  /**
   * Errors: console.error calls, uncaught exceptions, unhandled rejections. Chromium also logs
   * each failed network answer as "Failed to load resource: …" at error level; that line is the
   * browser's network log (the faults these tests cause on purpose), not an error in the
   * extension's code, so it is left out here and counted separately by networkLog().
   */
  errors(): string[] {
    return this.all().filter(
      (line) => /^(error|pageerror|assert):/.test(line) && !isNetworkLog(line),
    );
  }

  networkLog(): string[] {
    return this.all().filter(isNetworkLog);
  }
}

function isNetworkLog(line: string): boolean {
  return /^error: Failed to load resource: /.test(line);
}

/**
 * Options page: paste the token and the sandbox's address, Save, and wait until the first sync
 * stored a catalog. Returns the options page, still open.
 */
export async function connect(extension: ExtensionSession, sandbox: Sandbox): Promise<PageHandle> {
  const options = await extension.openPage('options.html');
  await options.fillByLabel('API token', sandbox.demoToken);
  await options.fillByLabel('API base URL', sandbox.url);
  await options.clickByRole('button', 'Save');
  await pollText(options, `Token saved, ends in …${sandbox.demoToken.slice(-4)}`);
  await expect
    .poll(async () => (await syncStateOf(options))?.lastSuccessAt ?? null, { timeout: 20_000 })
    .not.toBeNull();
  return options;
}

/**
 * Wait until the page's visible text contains `text` (or matches it), checking every 100 ms:
 * Firefox's mutation-driven waitForText misses text Preact rewrites in place.
 */
export async function pollText(
  page: PageHandle,
  text: string | RegExp,
  timeout = 15_000,
): Promise<void> {
  const poll = expect.poll(() => page.text(), { intervals: [100], timeout });
  if (typeof text === 'string') await poll.toContain(text);
  else await poll.toMatch(text);
}

export interface StoredSyncState {
  running: boolean;
  startedAt: number | null;
  done: number;
  total: number;
  lastSuccessAt: number | null;
  lastError: { kind: string; message: string } | null;
}

export interface StoredCatalog {
  syncedAt: number;
  projects: { id: string; name: string }[];
  units: { id: string; projectId: string; number: string; status: string }[];
}

export async function syncStateOf(page: PageHandle): Promise<StoredSyncState | null> {
  return page.evaluate(async () => {
    const { syncState } = await chrome.storage.local.get('syncState');
    return (syncState ?? null) as StoredSyncState | null;
  });
}

/**
 * The stored catalog, read from an extension page. Older builds keep it whole under `catalog`;
 * newer ones as a head and packed units (lib/catalog/packed.ts), unpacked here with the app's own
 * function, loaded by path so this helper works with either layout.
 */
export async function catalogOf(page: PageHandle): Promise<StoredCatalog | null> {
  const stored = await page.evaluate(
    async () =>
      (await chrome.storage.local.get(['catalog', 'catalogHead', 'catalogUnits'])) as Record<
        string,
        unknown
      >,
  );
  if (stored['catalogHead'] !== undefined) {
    const packedModule = '../../lib/catalog/packed.ts';
    const { unpackCatalog } = (await import(packedModule)) as {
      unpackCatalog(head: unknown, units: unknown): StoredCatalog | null;
    };
    return unpackCatalog(stored['catalogHead'], stored['catalogUnits']);
  }
  return (stored['catalog'] ?? null) as StoredCatalog | null;
}

/** Everything in every storage area a page of the extension can read, as one JSON text. */
export async function allStorage(
  page: PageHandle,
): Promise<{ local: string; sync: string; session: string }> {
  return page.evaluate(async () => ({
    local: JSON.stringify(await chrome.storage.local.get(null)),
    sync: JSON.stringify(await chrome.storage.sync.get(null)),
    session: JSON.stringify(await chrome.storage.session.get(null)),
  }));
}

/** Ask the background as the popup does (lib/messages.ts) and return its answer. */
export async function ask(page: PageHandle, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }) as Promise<unknown>,
    [type, payload] as const,
  );
}

export interface Recorder {
  url: string;
  seen: { method: string; url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/**
 * A second local server that records every request and its headers: where images, layouts and
 * links from API data point, to prove they are fetched and opened without the token.
 */
export async function startRecorder(): Promise<Recorder> {
  const seen: Recorder['seen'] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (req.url?.endsWith('.png')) {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(ONE_PIXEL_PNG);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Recorder</title><p>recorded</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
