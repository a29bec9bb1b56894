// Is focus visible at every stop of the keyboard's way through a page? Tab from where focus is
// until it comes back round (or leaves the page), reading each focused element's outline.
// Firefox tabs on from a page's last stop into its own toolbar, and a page without the system
// focus matches no :focus (so no ring shows): the focus is put back in the page before and
// after, as a click in it would.
import type { PageHandle } from '../fixtures';
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
