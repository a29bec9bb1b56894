// Tabs the extension opens itself (the address bar and the right-click menu open popup.html in a
// new tab): found among the browser's tabs by address, in either browser.
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ExtensionSession, PageHandle } from '../fixtures';

export interface OpenedTab {
  /** `location.href` when the tab was found. */
  readonly url: string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

/**
 * Wait for a tab whose address starts with `prefix` (e.g. `${origin}/popup.html?q=`) and whose
 * document finished loading. `anyPage` is any page of the session: in Firefox it leads to the
 * browser, whose tabs are listed over WebDriver BiDi.
 */
export async function waitForTab(
  extension: ExtensionSession,
  anyPage: PageHandle,
  prefix: string,
  timeoutMs = 10_000,
): Promise<OpenedTab> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found =
      anyPage.raw.kind === 'playwright'
        ? await findPlaywrightTab(extension, prefix)
        : await findPuppeteerTab(anyPage.raw.page, prefix);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for a tab at ${prefix}…`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function findPlaywrightTab(
  extension: ExtensionSession,
  prefix: string,
): Promise<OpenedTab | null> {
  for (const page of extension.context?.pages() ?? []) {
    if (!page.url().startsWith(prefix)) continue;
    const ready = await page.evaluate(() => document.readyState === 'complete').catch(() => false);
    if (ready) return playwrightTab(page);
  }
  return null;
}

function playwrightTab(page: PlaywrightPage): OpenedTab {
  return {
    url: page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
    close: () => page.close(),
  };
}

async function findPuppeteerTab(anyPage: PuppeteerPage, prefix: string): Promise<OpenedTab | null> {
  for (const page of await anyPage.browser().pages()) {
    // page.url() is not kept current for moz-extension:// documents over BiDi: ask the page.
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState === 'complete' }))
      .catch(() => null);
    if (state?.ready && state.href.startsWith(prefix)) return puppeteerTab(page, state.href);
  }
  return null;
}

function puppeteerTab(page: PuppeteerPage, url: string): OpenedTab {
  return {
    url,
    evaluate: async (fn, arg) => {
      await page.bringToFront();
      return (await page.evaluate(fn as (arg: unknown) => unknown, arg)) as never;
    },
    close: () => page.close(),
  };
}
