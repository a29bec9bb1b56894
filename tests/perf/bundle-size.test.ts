// The popup's JS budget: everything popup.html loads before it runs (its entry, the chunks it
// preloads and their static imports: Preact and the browser polyfill included), gzipped, at most
// 40 kB. It measures the Chrome build in .output/chrome-mv3 and never builds: `npm test` runs
// `npm run build` before the unit tests, so there the figure is the one of the source under test;
// on its own, run `npm run build` first (again after changing the source).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundles, type PageBundle } from '../../bench/extension/bundle';
import { POPUP_JS_GZIP_BUDGET } from '../../bench/extension/targets';

const CHROME_BUILD = resolve('.output/chrome-mv3');
let measured: PageBundle[] | undefined;

/** The pages of the existing build; each test fails with this message when there is none. */
function builtBundles(): PageBundle[] {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(
      `No Chrome build in ${CHROME_BUILD}: run \`npm run build\` before this test (npm test does).`,
    );
  }
  measured ??= measureBundles(CHROME_BUILD);
  return measured;
}
describe('bundle sizes', () => {
  it(`popup JS is at most ${POPUP_JS_GZIP_BUDGET / 1000} kB gzipped`, () => {
    const bundles = builtBundles();
    const popup = bundles.find((b) => b.page === 'popup.html')!;
    const files = popup.js.map((f) => `${f.file} ${f.gzip} B`).join(', ');
    expect(popup.js.length, 'popup.html loads some JS').toBeGreaterThan(0);
    expect(popup.jsGzip, `popup JS gzipped (${files})`).toBeLessThanOrEqual(POPUP_JS_GZIP_BUDGET);
  });

  it('counts shared chunks: the popup includes what it shares with the options page', () => {
    const bundles = builtBundles();
    const popup = bundles.find((b) => b.page === 'popup.html')!;
    const options = bundles.find((b) => b.page === 'options.html')!;
    const shared = popup.js.filter((f) => options.js.some((o) => o.file === f.file));
    expect(shared.length, 'a chunk both pages load (Preact, the polyfill)').toBeGreaterThan(0);
    expect(popup.jsGzip).toBe(popup.js.reduce((sum, f) => sum + f.gzip, 0));
  });
});
