// Light or dark for a page the test has open, as when the system switches: Chromium emulates the
// media feature for that page; Firefox sets the content colour-scheme override for the whole
// browser (FirefoxWindow). Both apply at once, without a reload.
import { expect, type PageHandle } from '../fixtures';
import { FirefoxWindow } from './firefox-chrome';

export type ColorScheme = 'light' | 'dark';

export async function showIn(page: PageHandle, scheme: ColorScheme): Promise<void> {
  if (page.raw.kind === 'playwright') {
    await page.raw.page.emulateMedia({ colorScheme: scheme });
  } else {
    await FirefoxWindow.of(page).setColorScheme(scheme);
  }
  await expect
    .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), {
      message: `the page to see the ${scheme} theme`,
    })
    .toBe(scheme === 'dark');
}
