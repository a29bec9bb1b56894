// npm run screenshots: the README's pictures, taken from the built extension in real Chromium
// against the local sandbox. Run `npm run build` first.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSandbox } from '../sandbox/server';

const OUT = 'docs/screenshots';
const extensionDir = resolve('.output/chrome-mv3');
mkdirSync(OUT, { recursive: true });

const sandbox = await startSandbox({ port: 0, projects: 8, unitsPerProject: 40 });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pp-shots-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  colorScheme: 'light',
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;

  const popupFirstRun = await openPopup();
  await popupFirstRun.getByLabel('API token').waitFor();
  await shot(popupFirstRun, 'popup-first-run.png');
  await popupFirstRun.close();

  const options = await context.newPage();
  await options.setViewportSize({ width: 760, height: 900 });
  await options.goto(`${origin}/options.html`);
  await options.getByLabel('API token').fill(sandbox.demoToken);
  await options.getByLabel('API base URL').fill(sandbox.url);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Token saved, ends in').first().waitFor();
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });

  const popup = await openPopup();
  await popup.getByText(/Updated/).waitFor();
  await shot(popup, 'popup-projects.png');
  await popup.getByLabel('Search units').fill('2bd under 900k available');
  await popup.getByRole('option').first().waitFor();
  await shot(popup, 'popup-search.png');
  // The same list as an agent whose system is in dark mode sees it.
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shot(popup, 'popup-search-dark.png');
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByLabel('Search units').fill('204 parkview');
  await popup.getByRole('option').first().click();
  await popup.getByRole('button', { name: 'Copy summary' }).waitFor();
  await shot(popup, 'popup-detail.png');
  console.log(`Screenshots written to ${OUT}/`);

  async function openPopup(): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 460, height: 560 });
    await page.goto(`${origin}/popup.html`);
    return page;
  }
} finally {
  await context.close();
  await sandbox.close();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${OUT}/${name}` });
}
