// Waiting for what a page shows, or for any condition, with an error that says what was awaited.
import { expect, type PageHandle } from '../fixtures';

/**
 * Wait until the page's visible text contains `text` (or matches it), reading it every 100 ms.
 * Polling sees a line whose text Preact rewrites in place ("Updated just now" → "Syncing… 1 of 8
 * projects") in both browsers, and a failure shows the text the page had.
 */
export async function waitForText(
  page: PageHandle,
  text: string | RegExp,
  options: { timeout?: number } = {},
): Promise<void> {
  const poll = expect.poll(() => page.text(), {
    intervals: [100],
    timeout: options.timeout ?? 15_000,
  });
  if (typeof text === 'string') await poll.toContain(text);
  else await poll.toMatch(text);
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
