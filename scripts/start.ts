// npm start [-- --preset small|5k|60k|150k --port N --headless]
// Builds the extension, starts the local Planpoint sandbox with demo data, and opens Chromium
// with the extension loaded and connected to the sandbox through the options page, as an agent
// would connect it. Without a display it prints what to load and how, and keeps the sandbox up.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SANDBOX_SIZES as PRESETS } from '../sandbox/presets';
import { startSandbox } from '../sandbox/server';
import { launchChromiumWithExtension } from './chromium-launch';
import { findBrowser, missingBrowserLine } from './find-browsers';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'small' },
    port: { type: 'string', default: '8787' },
    headless: { type: 'boolean', default: false },
  },
});
const preset = PRESETS[values.preset as keyof typeof PRESETS];
if (!preset) throw new Error(`--preset must be one of ${Object.keys(PRESETS).join(', ')}`);

console.log('Building the extension for Chrome and Firefox…');
execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const chromeDir = resolve('.output/chrome-mv3');
const firefoxDir = resolve('.output/firefox-mv3');

const sandbox = await startSandbox({
  port: Number(values.port),
  servePictures: true,
  ...preset,
});
const account = sandbox.accounts[0]!;
console.log(`
Planpoint sandbox: ${sandbox.url}  (${values.preset} preset)
Demo token: ${sandbox.demoToken}
Demo sign-in: ${account.email} / ${account.password}
`);

const canShowWindow = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = findBrowser('chromium');
if (!chromium.found) console.log(missingBrowserLine('chromium', chromium));
if (!chromium.found || (!canShowWindow && !values.headless)) {
  console.log(`No browser window can be shown here. To try the extension:
  Chrome/Edge: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${chromeDir}
  Firefox:     open about:debugging#/runtime/this-firefox, "Load Temporary Add-on" → ${firefoxDir}/manifest.json
  Then in the extension's Settings set "API base URL" to ${sandbox.url} and paste the demo token.
  (npm start -- --headless connects a headless Chromium to prove the setup works.)
The sandbox stays up until Ctrl-C.`);
} else {
  await openConnectedBrowser(!canShowWindow || values.headless);
}

async function openConnectedBrowser(headless: boolean): Promise<void> {
  const { context, extensionOrigin: origin } = await launchChromiumWithExtension({
    extensionDir: chromeDir,
    headless,
    viewport: null,
    profilePrefix: 'planpoint-agent-',
  });
  const options = await context.newPage();
  await options.goto(`${origin}/options.html`);
  await options.locator('details.advanced > summary').click();
  await options.getByLabel('API token').fill(sandbox.demoToken);
  await options.getByLabel('API base URL').fill(sandbox.url);
  await options.getByRole('button', { name: 'Save' }).click();
  const outcome = options.locator('.notice, .error').first();
  await outcome.waitFor();
  console.log(`Options page: ${await outcome.textContent()}`);
  const popup = await context.newPage();
  await popup.goto(`${origin}/popup.html`);
  console.log(`Chromium is open with Planpoint Agent connected to the sandbox (popup at ${origin}/popup.html).
Close the browser or press Ctrl-C to stop.`);
  context.on('close', () => void sandbox.close().then(() => process.exit(0)));
}

process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
