// npm run screenshots: the README's pictures, taken from the built extension in real Chromium
// against the local sandbox. Run `npm run build` first.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyChangeSwitch } from '../sandbox/change-switch';
import { startSandbox } from '../sandbox/server';
import { launchChromiumWithExtension } from './chromium-launch';
import { availableUnitServedIn } from '../e2e/support/sandbox-units';

const OUT = 'docs/screenshots';
const extensionDir = resolve('.output/chrome-mv3');
mkdirSync(OUT, { recursive: true });

const sandbox = await startSandbox({
  port: 0,
  projects: 8,
  unitsPerProject: 40,
  servePictures: true,
});
const browser = await launchChromiumWithExtension({
  extensionDir,
  headless: true,
  colorScheme: 'light',
  profilePrefix: 'pp-shots-',
});
const { context, extensionOrigin: origin } = browser;
try {
  const popupFirstRun = await openPopup();
  await popupFirstRun.getByLabel('Email').waitFor();
  await shot(popupFirstRun, 'popup-first-run.png');
  await popupFirstRun.close();

  const options = await context.newPage();
  await options.setViewportSize({ width: 760, height: 900 });
  await options.goto(`${origin}/options.html`);
  await options.locator('details.advanced > summary').click();
  await options.getByLabel('API token').fill(sandbox.demoToken);
  await options.getByLabel('API base URL').fill(sandbox.url);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByText('Token saved, ends in').first().waitFor();
  await options.getByTestId('next-step').waitFor();
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });

  const popup = await openPopup();
  await popup.getByText(/Updated/).waitFor();
  await shot(popup, 'popup-projects.png');
  // Buyers' enquiries: read after the sync, all new on a first run.
  await popup.locator('.lead-count').waitFor();
  await popup.getByRole('button', { name: /^Leads/ }).click();
  await popup.locator('.lead').first().waitFor();
  await shot(popup, 'popup-leads.png');
  await popup.keyboard.press('Escape');
  // What changed: the sandbox's change switch, a refresh, then the Changes view and the project
  // list's line for the last 24 hours.
  applyChangeSwitch(sandbox.store, sandbox.accounts[0]!.id);
  await popup.getByRole('button', { name: 'Refresh' }).click();
  await popup.locator('.recent-changes').first().waitFor();
  await shot(popup, 'popup-projects-changed.png');
  await popup.getByRole('button', { name: 'Changes' }).click();
  await popup.locator('.changes li.change').first().waitFor();
  await shot(popup, 'popup-changes.png');
  await popup.keyboard.press('Escape');
  await popup.getByLabel('Search units').fill('2bd under 900k available');
  await popup.getByRole('option').first().waitFor();
  await shot(popup, 'popup-search.png');
  // Three results picked for a change to many units at once.
  for (const box of (await popup.locator('[role=option] .row-check').all()).slice(0, 3)) {
    await box.click();
  }
  await popup.getByText('3 selected').waitFor();
  await shot(popup, 'popup-bulk.png');
  await popup.getByRole('button', { name: 'Clear selection' }).click();
  // The same list as an agent whose system is in dark mode sees it.
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shot(popup, 'popup-search-dark.png');
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByLabel('Search units').fill('204 parkview');
  await popup.getByRole('option').first().click();
  await popup.getByRole('button', { name: 'Copy summary' }).waitFor();
  await shot(popup, 'popup-detail.png');
  await popup.getByRole('button', { name: 'Edit', exact: true }).click();
  await popup.getByLabel('Price', { exact: true }).fill('-5');
  await popup.keyboard.press('Enter');
  await popup.getByText('Price cannot be negative.').waitFor();
  await shot(popup, 'popup-edit.png');

  // My holds: two units put on hold from their detail, one of them with a private note, the
  // other (whose hold Planpoint gives no end) with the agent's own date.
  const holdsPopup = await openPopup();
  await holdsPopup.getByText(/Updated/).waitFor();
  const [withEnd, withoutEnd] = (['viewer', 'sdk'] as const).map((vocabulary) => {
    const unit = availableUnitServedIn(sandbox, vocabulary);
    return `${unit.number} ${unit.project}`;
  });
  for (const search of [withEnd!, withoutEnd!]) {
    await holdsPopup.getByLabel('Search units').fill(search);
    await holdsPopup.getByRole('option').first().click();
    await holdsPopup.getByRole('button', { name: 'Put on hold' }).click();
    await holdsPopup.getByRole('button', { name: 'Confirm' }).click();
    await holdsPopup.getByRole('button', { name: 'Release' }).waitFor();
    await holdsPopup.keyboard.press('Escape');
  }
  await holdsPopup.getByLabel('Search units').fill('');
  await holdsPopup.getByRole('button', { name: 'My holds' }).click();
  await holdsPopup.locator('.hold').nth(1).waitFor();
  await holdsPopup.locator('.hold-note').first().fill('for Sarah, 48 h');
  const reminder = new Date(Date.now() + 5 * 24 * 3_600_000);
  reminder.setHours(17, 45, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  await holdsPopup
    .locator('input[type=datetime-local]')
    .fill(
      `${reminder.getFullYear()}-${pad(reminder.getMonth() + 1)}-${pad(reminder.getDate())}T17:45`,
    );
  await holdsPopup.getByText('Your date').waitFor();
  await shot(holdsPopup, 'popup-holds.png');
  console.log(`Screenshots written to ${OUT}/`);

  async function openPopup(): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 460, height: 560 });
    await page.goto(`${origin}/popup.html`);
    return page;
  }
} finally {
  await browser.close();
  await sandbox.close();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${OUT}/${name}` });
}
