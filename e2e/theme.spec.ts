// Light and dark: the popup and the settings page follow the system's theme, and already have it
// in their first frame (no flash of the light theme when the system is dark).
import { readFile } from 'node:fs/promises';
import { expect, test, type PageHandle } from './fixtures';
import { EXTENSION_DIRS } from './fixtures/session';
import { FirefoxWindow } from './support/firefox-chrome';

/** The page background and text colours of each theme (components/theme.css). */
const THEMES = {
  light: { background: 'rgb(255, 255, 255)', text: 'rgb(27, 31, 36)' },
  dark: { background: 'rgb(21, 24, 28)', text: 'rgb(230, 233, 237)' },
} as const;

/**
 * What the system says; then the page is reloaded. In Chromium a script run before the page's own
 * records the body's colours in the first animation frame (frames are painted after it). Firefox
 * runs no WebDriver BiDi preload script in moz-extension:// pages, so there the first frame is
 * vouched for by the build check below (stylesheets in <head>, before any script).
 */
async function reloadIn(page: PageHandle, scheme: 'light' | 'dark'): Promise<void> {
  const recordFirstFrame = () => {
    requestAnimationFrame(() => {
      const style = getComputedStyle(document.body);
      document.documentElement.dataset['firstFrame'] = JSON.stringify({
        background: style.backgroundColor,
        text: style.color,
      });
    });
  };
  if (page.raw.kind === 'playwright') {
    await page.raw.page.emulateMedia({ colorScheme: scheme });
    await page.raw.page.addInitScript(recordFirstFrame);
  } else {
    await FirefoxWindow.of(page).setColorScheme(scheme);
  }
  await page.reload();
}

async function colors(page: PageHandle) {
  if (page.raw.kind === 'playwright') {
    await page.waitFor(() => document.documentElement.dataset['firstFrame'] !== undefined);
  }
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    const firstFrame = document.documentElement.dataset['firstFrame'];
    return {
      firstFrame: firstFrame ? (JSON.parse(firstFrame) as object) : null,
      now: { background: style.backgroundColor, text: style.color },
      prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
    };
  });
}

for (const path of ['popup.html', 'options.html'] as const) {
  test(`${path} follows the system's light or dark theme`, async ({ extension }) => {
    const page = await extension.openPage(path);
    await page.waitForText('Planpoint Agent');

    for (const scheme of ['dark', 'light', 'dark'] as const) {
      await reloadIn(page, scheme);
      await page.waitForText('Planpoint Agent');
      const seen = await colors(page);
      expect(seen.prefersDark, scheme).toBe(scheme === 'dark');
      if (page.raw.kind === 'playwright') {
        expect(seen.firstFrame, `${scheme}: first frame`).toEqual(THEMES[scheme]);
      }
      expect(seen.now, `${scheme}: after the page rendered`).toEqual(THEMES[scheme]);
    }
  });
}

test('the built pages load their stylesheets in <head>, before any script can run', async ({
  extensionBrowser,
}) => {
  const dir = EXTENSION_DIRS[extensionBrowser];
  for (const path of ['popup.html', 'options.html']) {
    const html = await readFile(`${dir}/${path}`, 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const sheets = [...head.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(sheets.length, path).toBeGreaterThan(0);
    // Scripts are modules (deferred), so no script runs before the stylesheets apply.
    expect(html.match(/<script(?![^>]*type="module")[^>]*>/g), path).toBeNull();
    const css = (await Promise.all(sheets.map((href) => readFile(`${dir}${href}`, 'utf8')))).join(
      '\n',
    );
    expect(css, path).toMatch(/color-scheme:\s*light dark/);
    expect(css, path).toMatch(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  }
});
