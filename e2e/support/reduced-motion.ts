// The system's "reduce motion" setting for a page the test has open: Chromium emulates the media
// feature for that page; Firefox reads it from the ui.prefersReducedMotion preference, set for
// the whole browser (as its accessibility settings would).
import { expect, type PageHandle } from '../fixtures';
import { FirefoxWindow } from './firefox-chrome';

declare const Services: { prefs: { setIntPref(name: string, value: number): void } };

export async function reduceMotion(page: PageHandle): Promise<void> {
  if (page.raw.kind === 'playwright') {
    await page.raw.page.emulateMedia({ reducedMotion: 'reduce' });
  } else {
    await FirefoxWindow.of(page).evaluate(() =>
      Services.prefs.setIntPref('ui.prefersReducedMotion', 1),
    );
  }
  await expect
    .poll(() => page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), {
      message: 'the page to see prefers-reduced-motion: reduce',
    })
    .toBe(true);
}
