// Every console line of the extension, collected so a test can assert none is an error and none
// holds the token: its pages and, in Chromium, its service worker. The `consoles` fixture of
// ./test.ts.
import type { ExtensionSession, PageHandle } from '../fixtures';

/**
 * Console lines from every extension page opened through the session and, in Chromium, from the
 * background service worker (Playwright reports a worker's console on the context). The worker
 * also gets a probe that logs uncaught errors and unhandled rejections as console errors, since
 * those reach DevTools without a console call; it is re-armed after each worker restart.
 */
export class Consoles {
  readonly worker: string[] = [];
  private readonly pageLogsOfClosedPages: string[] = [];

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
