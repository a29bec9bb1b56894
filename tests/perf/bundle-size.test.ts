// The popup's JS budget: everything popup.html loads before it runs (its entry, the chunks it
// preloads and their static imports: Preact and the browser polyfill included), gzipped, at most
// 40 kB. `npm test` runs the unit tests before its own build, so this test builds the Chrome
// extension itself, into a temporary folder (.output stays as it is), and measures that: the
// figure is the one of the source under test, never of a stale build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChrome } from '../../bench/extension/build';
import { measureBundles, type PageBundle } from '../../bench/extension/bundle';
import { POPUP_JS_GZIP_BUDGET } from '../../bench/extension/targets';

const outDir = mkdtempSync(join(tmpdir(), 'planpoint-bundle-'));
let bundles: PageBundle[];

beforeAll(async () => {
  bundles = measureBundles(await buildChrome(outDir));
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bundle sizes', () => {
  it(`popup JS is at most ${POPUP_JS_GZIP_BUDGET / 1000} kB gzipped`, () => {
    const popup = bundles.find((b) => b.page === 'popup.html')!;
    const files = popup.js.map((f) => `${f.file} ${f.gzip} B`).join(', ');
    expect(popup.js.length, 'popup.html loads some JS').toBeGreaterThan(0);
    expect(popup.jsGzip, `popup JS gzipped (${files})`).toBeLessThanOrEqual(POPUP_JS_GZIP_BUDGET);
  });

  it('counts shared chunks: the popup includes what it shares with the options page', () => {
    const popup = bundles.find((b) => b.page === 'popup.html')!;
    const options = bundles.find((b) => b.page === 'options.html')!;
    const shared = popup.js.filter((f) => options.js.some((o) => o.file === f.file));
    expect(shared.length, 'a chunk both pages load (Preact, the polyfill)').toBeGreaterThan(0);
    expect(popup.jsGzip).toBe(popup.js.reduce((sum, f) => sum + f.gzip, 0));
  });
});
