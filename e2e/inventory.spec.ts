// Keeping inventory from the popup, in Chromium and Firefox against the sandbox: deleting a
// unit (confirmed by name), and a deletion Planpoint refuses, which leaves everything as it was
// and turns the project view-only until the next sign-in.
import { connect } from './support/connect';
import { resultRows } from './support/finder';
import { openPopup, openResult, searchFor } from './support/popup';
import { unitsWithStatus } from './support/sandbox-units';
import { expect, test } from './support/test';
import { poll, waitForText } from './support/wait';

const PARKVIEW = 'Parkview Residences';

test('delete a unit: asked by name, gone from Planpoint and from the results', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[0]!;
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const row = { number: unit.number, project: PARKVIEW };
  await searchFor(popup, `${unit.number} parkview`, row);
  await openResult(popup, row);

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
  const popup = await openPopup(extension);
  const row = { number: unit.number, project: PARKVIEW };
  await searchFor(popup, `${unit.number} parkview`, row);
  await openResult(popup, row);

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
  await options.fillByLabel('API token', viewer.token);
  await options.fillByLabel('API base URL', sandbox.url);
  await options.clickByRole('button', 'Save');
  await waitForText(options, 'through groups:');
  const popup = await openPopup(extension);
  const row = { number, project: project.name };
  await searchFor(popup, `${number} ${project.name}`, row);
  await openResult(popup, row);

  await popup.clickByRole('button', 'Delete unit');
  await popup.clickByRole('button', 'Delete');
  await waitForText(popup, 'Not deleted: You are not allowed to change units in this project.');
  await waitForText(popup, 'Your token may view this project but not change it.');
  expect(sandbox.store.getUnit(unit._id)).toBeDefined();
});
