// Leads in the popup: buyers' enquiries read with the sync, newest first, marked new until the
// agent has looked, each with its contact links and the unit it is about.
import { connect } from './support/connect';
import { openPopup } from './support/popup';
import { SMALL_SANDBOX } from './support/sandbox';
import { expect, test } from './support/test';
import { waitForText } from './support/wait';

test.use({ sandboxData: SMALL_SANDBOX });

test('leads: counted as new on the button, listed newest first, a unit opens from its lead', async ({
  extension,
  sandbox,
}) => {
  const projects = sandbox.store.projectsOf(sandbox.accounts[0]!.id);
  const served = projects
    .flatMap((p) => sandbox.store.leadsOf(p._id).map((lead) => ({ lead, project: p })))
    .sort(
      (a, b) => Date.parse(b.lead.createdAt as string) - Date.parse(a.lead.createdAt as string),
    );
  expect(served.length).toBeGreaterThan(1);
  await connect(extension, sandbox);
  const popup = await openPopup(extension);

  // Read after the catalog: the button counts every lead as new until the agent looks.
  await expect
    .poll(() => popup.evaluate(() => document.querySelector('.lead-count')?.textContent ?? ''))
    .toBe(String(served.length));
  await popup.clickByRole('button', `Leads ${served.length} new`);
  // The view's code loads on first open; "New" alone would also match "New project".
  await popup.waitFor(() => document.querySelector('.lead-new') !== null);
  const shown = await popup.evaluate(() =>
    [...document.querySelectorAll('.lead')].map((li) => ({
      name: li.querySelector('strong')?.textContent ?? '',
      isNew: li.querySelector('.lead-new') !== null,
      mail: li.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? null,
    })),
  );
  expect(shown.map((l) => l.name)).toEqual(served.map((s) => s.lead.name));
  expect(shown.every((l) => l.isNew)).toBe(true);
  expect(shown[0]!.mail).toBe(`mailto:${served[0]!.lead.email}`);

  // The unit a lead is about opens its detail; Back returns to the leads.
  const about = served.find((s) => s.lead.unit)!;
  const unit = sandbox.store.getUnit(about.lead.unit as string)!;
  const number = String(unit['unitNumber'] ?? unit['name']);
  await popup.evaluate((name) => {
    const item = [...document.querySelectorAll('.lead')].find(
      (li) => li.querySelector('strong')?.textContent === name,
    );
    item?.querySelector<HTMLButtonElement>('.lead-line button')?.click();
  }, about.lead.name as string);
  await waitForText(popup, `Unit ${number}`);
  await waitForText(popup, 'Copy summary');
  await popup.press('Escape');
  await waitForText(popup, 'Leads');
  expect(await popup.evaluate(() => document.querySelectorAll('.lead').length)).toBe(served.length);

  // Back to the search: everything has been seen, so the button counts nothing new.
  await popup.press('Escape');
  await expect
    .poll(() => popup.evaluate(() => document.querySelector('.lead-count')?.textContent ?? null))
    .toBeNull();
});
