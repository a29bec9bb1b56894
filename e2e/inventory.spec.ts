// Keeping inventory from the popup, in Chromium and Firefox against the sandbox: editing a unit
// by keyboard (saved, refused, cancelled), deleting a unit (confirmed by name), and a deletion
// Planpoint refuses, which leaves everything as it was and turns the project view-only until
// the next sign-in.
import type { PageHandle } from './fixtures';
import { connect, openAdvanced } from './support/connect';
import { finderState, projectNames, resultRows } from './support/finder';
import { openPopup, openUnitDetail } from './support/popup';
import { unitsWithStatus } from './support/sandbox-units';
import { expect, test } from './support/test';
import { poll, waitForText } from './support/wait';

const PARKVIEW = 'Parkview Residences';

/** The focused element: a form field by its name, else a button by its label or text. */
const focused = (popup: PageHandle) =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.name || el?.getAttribute('aria-label') || el?.innerText?.trim() || '';
  });

test('edit a unit by keyboard: only what changed is saved, the detail and the search follow', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[2]!;
  const before = { ...sandbox.store.getUnit(unit.id)! };
  await connect(extension, sandbox);
  const popup = await openUnitDetail(extension, unit);

  await popup.clickByRole('button', 'Edit');
  // The form opens on its first field, prefilled.
  await expect.poll(() => focused(popup)).toBe('number');
  await popup.fillByLabel('Price', '987 650');
  await popup.fillByLabel('Description', 'Corner unit, two balconies');
  await popup.fillByLabel('Bedrooms', '3');
  await popup.press('Enter');
  await poll(
    'the sandbox to have the new price',
    () => sandbox.store.getUnit(unit.id)?.price === 987650,
  );
  const after = sandbox.store.getUnit(unit.id)!;
  expect(after.description).toBe('Corner unit, two balconies');
  // Nothing else was sent: the fields the agent left alone are as they were.
  expect(after.orientation).toBe(before.orientation);
  expect(after.model).toBe(before.model);
  await waitForText(popup, /987,650/);
  // The form is gone and focus is back on Edit.
  await expect.poll(() => focused(popup)).toBe('Edit');
  expect(await popup.text()).toContain('Corner unit, two balconies');

  await popup.press('Escape');
  await waitForText(popup, 'Search units');
  await popup.fillByLabel('Search units', `${unit.number} parkview 3bd`);
  await expect
    .poll(
      async () =>
        (await finderState(popup)).options.find((o) => o.number === unit.number)?.facts.join(' ') ??
        '',
    )
    .toMatch(/987,650/);
});

test('an edit refused by a check, then by Planpoint: nothing saved, the reason at the form; Escape cancels', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[3]!;
  const before = { ...sandbox.store.getUnit(unit.id)! };
  await connect(extension, sandbox);
  const popup = await openUnitDetail(extension, unit);

  await popup.clickByRole('button', 'Edit');
  await popup.fillByLabel('Price', '-5');
  await popup.press('Enter');
  await waitForText(popup, 'Price cannot be negative.');
  await expect.poll(() => focused(popup)).toBe('price');

  Object.assign(sandbox.faults, { status: 500, pathPrefix: '/api/units/', methods: ['PATCH'] });
  await popup.fillByLabel('Price', '700000');
  await popup.press('Enter');
  await waitForText(popup, /Not saved: .*Planpoint had a problem on its side/);
  expect(sandbox.store.getUnit(unit.id)).toEqual(before);
  // The form stays open with what the agent typed; Escape closes it, not the detail.
  await popup.press('Escape');
  await expect.poll(() => focused(popup)).toBe('Edit');
  expect(await popup.text()).toContain(`Unit ${unit.number}`);
  expect(await popup.text()).not.toContain('Not saved');
});

test('add a unit from the project list, on a new floor: refused once, then created and found', async ({
  extension,
  sandbox,
}) => {
  const project = sandbox.store.findProjectByName(PARKVIEW)!;
  const unitCount = sandbox.store.unitsOf(project._id).length;
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await popup.clickByRole('button', `Add unit to ${PARKVIEW}`);
  await waitForText(popup, `New unit in ${PARKVIEW}`);
  await expect.poll(() => focused(popup)).toBe('number');
  await popup.fillByLabel('Unit number', 'PH-9');
  await popup.evaluate(() => {
    const floor = document.querySelector<HTMLSelectElement>('select[name="floorId"]')!;
    floor.value = 'new';
    floor.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await popup.fillByLabel('New floor name', 'Rooftop');
  await popup.fillByLabel('Bedrooms', '3');
  await popup.fillByLabel('Price', '1 515 000');

  Object.assign(sandbox.faults, { status: 500, pathPrefix: '/api/units', methods: ['POST'] });
  await popup.press('Enter');
  await waitForText(popup, /Not created: .*Planpoint had a problem on its side/);
  expect(sandbox.store.unitsOf(project._id)).toHaveLength(unitCount);

  Object.assign(sandbox.faults, { status: null });
  await popup.press('Enter');
  await poll('the sandbox to have the new unit', () =>
    sandbox.store.unitsOf(project._id).some((u) => (u.unitNumber ?? u.name) === 'PH-9'),
  );
  const created = sandbox.store
    .unitsOf(project._id)
    .find((u) => (u.unitNumber ?? u.name) === 'PH-9')!;
  expect(sandbox.store.floorsOf(project._id).find((f) => f._id === created.floor)?.name).toBe(
    'Rooftop',
  );
  expect(sandbox.store.unitsOf(project._id)).toHaveLength(unitCount + 1);
  // Its detail opens; the search finds it.
  await waitForText(popup, 'Unit PH-9');
  expect(await popup.text()).toContain('Rooftop');
  await popup.press('Escape');
  await popup.fillByLabel('Search units', 'PH-9 parkview');
  await expect
    .poll(async () => (await resultRows(popup)).map((r) => `${r.number} ${r.project}`))
    .toContain(`PH-9 ${PARKVIEW}`);
});

test('projects: create one, rename it, then delete it by typing its name', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await popup.clickByRole('button', 'New project');
  await expect.poll(() => focused(popup)).toBe('name');
  await popup.fillByLabel('Name', 'Maple Court');
  await popup.press('Enter');
  await poll('the sandbox to have the project', () =>
    Boolean(sandbox.store.findProjectByName('Maple Court')),
  );
  await expect.poll(() => projectNames(popup)).toContain('Maple Court');

  await popup.clickByRole('button', 'Edit project Maple Court');
  await popup.fillByLabel('Name', 'Maple Court II');
  await popup.press('Enter');
  await poll('the sandbox to rename it', () =>
    Boolean(sandbox.store.findProjectByName('Maple Court II')),
  );
  await expect.poll(() => projectNames(popup)).toContain('Maple Court II');

  await popup.clickByRole('button', 'Edit project Maple Court II');
  await popup.clickByRole('button', 'Delete project');
  await waitForText(popup, 'Delete project "Maple Court II" and its 0 units from Planpoint?');
  await expect.poll(() => focused(popup)).toBe('confirmName');
  await popup.fillByLabel("Type the project's name to confirm", 'Maple Court');
  await popup.press('Enter');
  expect(sandbox.store.findProjectByName('Maple Court II')).toBeDefined();
  await popup.fillByLabel("Type the project's name to confirm", 'Maple Court II');
  await popup.press('Enter');
  await poll('the sandbox to delete it', () => !sandbox.store.findProjectByName('Maple Court II'));
  await expect.poll(() => projectNames(popup)).not.toContain('Maple Court II');
});

test('a server that does not offer creating projects says so and changes nothing', async ({
  extension,
  sandbox,
}) => {
  sandbox.shape.projectWritesNotOffered = true;
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const before = await projectNames(popup);
  await popup.clickByRole('button', 'New project');
  await popup.fillByLabel('Name', 'Maple Court');
  await popup.press('Enter');
  await waitForText(
    popup,
    'Not saved: This Planpoint server does not offer creating projects. Nothing was changed.',
  );
  await popup.press('Escape');
  // Focus is back on the button that opened the form.
  await expect.poll(() => focused(popup)).toBe('New project');
  expect(await projectNames(popup)).toEqual(before);
});

test('many units at once: picked by keyboard and Shift+click, marked sold, then the summary', async ({
  extension,
  sandbox,
}) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await popup.fillByLabel('Search units', 'parkview available');
  await expect.poll(async () => (await resultRows(popup)).length).toBeGreaterThan(5);
  // Ctrl+Space begins a selection on the active row; then Space picks rows as the arrows move.
  await popup.press('Control+ ');
  await popup.press('ArrowDown');
  await popup.press(' ');
  await waitForText(popup, '2 selected');
  expect((await finderState(popup)).query).toBe('parkview available');
  // Shift+click on the fifth row's box takes the range from the last row picked.
  await popup.evaluate(() => {
    const box = document.querySelectorAll<HTMLElement>('[role=option] .row-check')[4]!;
    box.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
  });
  await waitForText(popup, '5 selected');
  const picked = await popup.evaluate(() =>
    [...document.querySelectorAll('[role=option][aria-checked=true] .unit-number')].map(
      (el) => el.textContent ?? '',
    ),
  );
  expect(picked).toHaveLength(5);

  // The shortlist for a buyer: a table for email, and the same as text, one line per unit.
  await popup.clickByRole('button', 'Copy for email');
  await waitForText(popup, '5 units copied as a table for email.');
  const lines = (await popup.readClipboard()).split('\n');
  expect(lines.map((line) => line.split(' · ').slice(0, 2).join(' · ')).sort()).toEqual(
    picked.map((n) => `Unit ${n} · ${PARKVIEW}`).sort(),
  );
  const html = await popup.evaluate(async () => {
    for (const item of await navigator.clipboard.read()) {
      if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
    }
    return null;
  });
  expect(html).toMatch(/<table[^>]*>.*<th[^>]*>Unit<\/th>.*<td[^>]*>Available<\/td>/s);
  expect(html?.match(/<tr>/g)).toHaveLength(6);

  await popup.evaluate(() => {
    const status = document.querySelector<HTMLSelectElement>('.bulk select')!;
    status.value = 'sold';
    status.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await popup.clickByRole('button', 'Set status');
  await waitForText(popup, '5 units changed.');
  const project = sandbox.store.findProjectByName(PARKVIEW)!;
  const sold = sandbox.store
    .unitsOf(project._id)
    .filter((u) => picked.includes(String(u.unitNumber ?? u.name)))
    .map((u) => sandbox.store.unitStatus(u._id));
  expect(sold).toEqual(Array(5).fill('Sold'));
  // The selection is done with; the results no longer list them as available.
  await expect
    .poll(async () => (await resultRows(popup)).filter((r) => picked.includes(r.number)))
    .toEqual([]);
});

test('delete a unit: asked by name, gone from Planpoint and from the results', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[0]!;
  await connect(extension, sandbox);
  const popup = await openUnitDetail(extension, unit);

  await popup.clickByRole('button', 'Delete unit');
  await waitForText(
    popup,
    `Delete unit ${unit.number} of ${PARKVIEW} from Planpoint? This cannot be undone.`,
  );
  await popup.clickByRole('button', 'Delete');
  await poll('the sandbox to delete the unit', () => !sandbox.store.getUnit(unit.id));
  // Back to the results, where the unit is no longer found.
  await waitForText(popup, 'Search units');
  await popup.fillByLabel('Search units', `${unit.number} parkview`);
  await expect
    .poll(async () =>
      (await resultRows(popup)).some((r) => r.number === unit.number && r.project === PARKVIEW),
    )
    .toBe(false);
});

test('a deletion Planpoint refuses (403) leaves the unit, says why, and offers no more edits there', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[1]!;
  await connect(extension, sandbox);
  const popup = await openUnitDetail(extension, unit);

  Object.assign(sandbox.faults, { status: 403, pathPrefix: '/api/units/' });
  await popup.clickByRole('button', 'Delete unit');
  await popup.clickByRole('button', 'Delete');
  await waitForText(popup, 'Not deleted: You are not allowed to change units in this project.');
  expect(sandbox.store.getUnit(unit.id)).toBeDefined();
  expect(await popup.text()).toContain(`Unit ${unit.number}`);
  // The token may view this project but not change it: its editing tools give way to that.
  await waitForText(popup, 'Your token may view this project but not change it.');
  const text = await popup.text();
  expect(text).not.toContain('Delete unit');
  expect(text).not.toContain('Mark sold');
  expect(text).not.toContain('Edit');
  // In the project list, the project offers no "Add unit" either; the others still do.
  await popup.press('Escape');
  await popup.fillByLabel('Search units', '');
  const addButtons = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll('button.add-unit')].map((b) => b.getAttribute('aria-label')),
    );
  await expect.poll(addButtons).toContain('Add unit to Carré Laval');
  expect(await addButtons()).not.toContain(`Add unit to ${PARKVIEW}`);
});

test('an account that may only view: Planpoint refuses its change, and the project turns view-only', async ({
  extension,
  sandbox,
}) => {
  const viewer = sandbox.accounts[3]!;
  const project = sandbox.store.projectsOf(sandbox.accounts[1]!.id)[0]!;
  const unit = sandbox.store.unitsOf(project._id)[0]!;
  const number = String(unit.unitNumber ?? unit.name);
  const options = await extension.openPage('options.html');
  await openAdvanced(options);
  await options.fillByLabel('API token', viewer.token);
  await options.fillByLabel('API base URL', sandbox.url);
  await options.clickByRole('button', 'Save');
  await waitForText(options, 'through groups:');
  const popup = await openUnitDetail(extension, { number, projectName: project.name });

  await popup.clickByRole('button', 'Delete unit');
  await popup.clickByRole('button', 'Delete');
  await waitForText(popup, 'Not deleted: You are not allowed to change units in this project.');
  await waitForText(popup, 'Your token may view this project but not change it.');
  expect(sandbox.store.getUnit(unit._id)).toBeDefined();
});
