// node bench/extension/build-chrome.mjs OUT_DIR
// Builds the Chrome extension into OUT_DIR/chrome-mv3 with the project's wxt.config.ts, leaving
// .output alone (others may be building or testing it). Plain JavaScript so it runs under node
// alone, from the benchmark and from the bundle-size test.
import { build, prepare } from 'wxt';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node bench/extension/build-chrome.mjs OUT_DIR');
await build({ browser: 'chrome', outDir });
// The build rewrote .wxt/ for OUT_DIR (its tsconfig excludes the output folder): put back the
// project's own.
await prepare({});
