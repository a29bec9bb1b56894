// Is focus visible at every stop of the keyboard's way through a page? Tab from where focus is
// until it comes back round (or leaves the page), reading each focused element's outline.
// Firefox tabs on from a page's last stop into its own toolbar, and a page without the system
// focus matches no :focus (so no ring shows): the focus is put back in the page before and
// after, as a click in it would.
import type { PageHandle } from '../fixtures';
import { expect } from '../fixtures';
import { FirefoxWindow } from './firefox-chrome';

declare const gBrowser: { selectedBrowser: { focus(): void } };

async function focusPage(page: PageHandle): Promise<void> {
  if (page.raw.kind !== 'puppeteer' || (await page.evaluate(() => document.hasFocus()))) return;
  await FirefoxWindow.of(page).evaluate(() => gBrowser.selectedBrowser.focus());
}

/** The focus stops (tag, class, text) whose outline is missing or thinner than 2px. */
export async function stopsWithoutFocusRing(page: PageHandle, maxStops = 60): Promise<string[]> {
  const seen = new Set<string>();
  const missing: string[] = [];
  await focusPage(page);
  for (let i = 0; i < maxStops; i++) {
    await page.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || !document.hasFocus()) return null;
      const path: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) path.unshift(e);
      const style = getComputedStyle(el);
      return {
        id: path.map((e) => [...(e.parentElement?.children ?? [])].indexOf(e)).join('.'),
        name: `<${el.tagName.toLowerCase()} class="${el.className}"> ${(
          el.getAttribute('aria-label') ??
          el.textContent ??
          ''
        )
          .trim()
          .slice(0, 40)}`,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!stop || seen.has(stop.id)) break;
    seen.add(stop.id);
    if (!stop.ring) missing.push(stop.name);
  }
  await focusPage(page);
  if (seen.size === 0) missing.push('no element took the focus from the keyboard');
  return missing;
}

/** The focused element's accessible name as a person hears it: aria-label, its label, its text. */
export function focusedName(page: PageHandle): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !document.hasFocus()) return null;
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
  });
}

/**
 * Press Tab (Shift+Tab when `backwards`) until the focus is on the control named `name`, as a
 * keyboard user moves through a page; fails naming every stop passed when it is not reached.
 * Leaving the page fails too: Firefox tabs on into its toolbar where headless Chromium wraps
 * round, so a walk must go the way its control lies to pass in both.
 */
export async function tabTo(
  page: PageHandle,
  name: string | RegExp,
  options: { backwards?: boolean; maxStops?: number } = {},
): Promise<void> {
  const matches = (found: string | null) =>
    found !== null && (typeof name === 'string' ? found === name : name.test(found));
  await focusPage(page);
  if (matches(await focusedName(page))) return;
  const passed: string[] = [];
  for (let i = 0; i < (options.maxStops ?? 60); i++) {
    await page.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const found = await focusedName(page);
    if (matches(found)) return;
    if (found === null) {
      await focusPage(page);
      throw new Error(
        `Tab left the page before "${String(name)}"; it passed: ${passed.join(' | ')}`,
      );
    }
    passed.push(found);
  }
  throw new Error(`Tab never reached "${String(name)}"; it passed: ${passed.join(' | ')}`);
}

/** Wait until the focus lands on the control named `name` by itself (autofocus, a view's return). */
export async function expectFocusOn(page: PageHandle, name: string): Promise<void> {
  await focusPage(page);
  await expect.poll(() => focusedName(page), { message: `the focus on "${name}"` }).toBe(name);
}
