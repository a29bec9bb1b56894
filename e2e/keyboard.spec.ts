// Every flow by keyboard alone, as an agent who never touches the mouse works: Tab to a control,
// Enter or Space to use it, arrows in the results, Escape to go back. Each step is checked where
// it lands: in the sandbox for writes, on the page for the rest.
import { tokenHint, waitForFirstSync } from './support/connect';
import { expectFocusOn, tabTo } from './support/focus';
import { resultRows } from './support/finder';
import { openPopup } from './support/popup';
import { SMALL_SANDBOX } from './support/sandbox';
import { unitsWithStatus } from './support/sandbox-units';
import { storedValue } from './support/storage';
import { expect, test } from './support/test';
import { poll, waitForText } from './support/wait';

test.use({ sandboxData: SMALL_SANDBOX });

const PARKVIEW = 'Parkview Residences';

test('every flow by keyboard alone: connect, find, change, edit, select and copy, leads, my holds, add, delete, create', async ({
  extension,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[1]!;

  // Settings: past Sign in, Advanced opens from the keyboard; the token and the server, then
  // Enter saves.
  const options = await extension.openPage('options.html');
  await waitForText(options, 'No token saved yet.');
  await tabTo(options, 'Advanced');
  await options.press('Enter');
  await tabTo(options, 'API token');
  await options.type(sandbox.demoToken);
  await tabTo(options, 'API base URL');
  await options.press('Control+a');
  await options.type(sandbox.url);
  await options.press('Enter');
  await waitForText(options, `Saved. Token saved, ends in ${tokenHint(sandbox.demoToken)}`);
  await waitForFirstSync(options);

  // The popup opens with the focus in the search field; arrows pick a row, Enter opens it.
  const popup = await openPopup(extension);
  await expectFocusOn(popup, 'Search units');
  await popup.type(`${unit.number} parkview`);
  await expect
    .poll(() => resultRows(popup))
    .toContainEqual(expect.objectContaining({ number: unit.number, project: PARKVIEW }));
  const index = (await resultRows(popup)).findIndex((r) => r.number === unit.number);
  for (let i = 0; i < index; i++) await popup.press('ArrowDown');
  await popup.press('Enter');
  await waitForText(popup, `Unit ${unit.number}`);

  // A status change and its confirmation.
  await tabTo(popup, 'Put on hold');
  await popup.press('Enter');
  await waitForText(popup, `Mark unit ${unit.number} as On hold?`);
  await tabTo(popup, 'Confirm');
  await popup.press('Enter');
  await poll('the sandbox to hold the unit', () => sandbox.store.unitStatus(unit.id) === 'OnHold');

  // The edit form: Enter saves, Escape goes back to the results.
  // Edit sits above the availability row, with Copy summary.
  await tabTo(popup, 'Edit', { backwards: true });
  await popup.press('Enter');
  await tabTo(popup, 'Price');
  await popup.press('Control+a');
  await popup.type('612000');
  await popup.press('Enter');
  await poll(
    'the sandbox to have the new price',
    () => sandbox.store.getUnit(unit.id)?.price === 612000,
  );
  await popup.press('Escape');
  await waitForText(popup, 'Search units');
  await expectFocusOn(popup, 'Search units');

  // Selecting from the keyboard, then the selection bar's actions.
  await popup.press('Control+a');
  await popup.type('parkview available');
  await expect.poll(async () => (await resultRows(popup)).length).toBeGreaterThan(2);
  await popup.press('Control+ ');
  await popup.press('ArrowDown');
  await popup.press(' ');
  await waitForText(popup, '2 selected');
  await tabTo(popup, 'Copy for email');
  await popup.press('Enter');
  await waitForText(popup, '2 units copied as a table for email.');
  await tabTo(popup, 'Clear selection', { backwards: true });
  await popup.press('Enter');
  await expect.poll(() => popup.text()).not.toContain('2 selected');

  // The leads, and back.
  await tabTo(popup, /^Leads/, { backwards: true });
  await popup.press('Enter');
  await popup.waitFor(() => document.querySelector('.lead') !== null);
  await popup.press('Escape');
  await expectFocusOn(popup, 'Leads');

  // A new unit from the project list, then deleted from its detail.
  await tabTo(popup, 'Search units', { backwards: true });
  await popup.press('Control+a');
  await popup.press('Backspace');

  // My holds: the unit held above, a note typed on it, and back.
  await tabTo(popup, 'My holds');
  await popup.press('Enter');
  await popup.waitFor(() => document.querySelector('.hold') !== null);
  await tabTo(popup, `Private note on unit ${unit.number}`);
  await popup.type('for Sarah');
  await poll('the note to be kept', async () =>
    JSON.stringify(await storedValue(popup, 'myHolds')).includes('for Sarah'),
  );
  await popup.press('Escape');
  await expectFocusOn(popup, 'My holds');

  await tabTo(popup, `Add unit to ${PARKVIEW}`);
  await popup.press('Enter');
  await waitForText(popup, `New unit in ${PARKVIEW}`);
  await expectFocusOn(popup, 'Unit number');
  await popup.type('K-1');
  await popup.press('Enter');
  const project = sandbox.store.findProjectByName(PARKVIEW)!;
  const created = () =>
    sandbox.store.unitsOf(project._id).find((u) => (u.unitNumber ?? u.name) === 'K-1');
  await poll('the sandbox to have unit K-1', () => created() !== undefined);
  await waitForText(popup, 'Unit K-1');
  await tabTo(popup, 'Delete unit');
  await popup.press('Enter');
  await waitForText(popup, 'This cannot be undone.');
  await tabTo(popup, 'Delete');
  await popup.press('Enter');
  await poll('the sandbox to delete unit K-1', () => created() === undefined);
  await waitForText(popup, 'Search units');

  // A new project: its form opens on the name, Enter creates it.
  await tabTo(popup, 'New project');
  await popup.press('Enter');
  await expectFocusOn(popup, 'Name');
  await popup.type('Keyboard Court');
  await popup.press('Enter');
  await poll('the sandbox to have the project', () =>
    Boolean(sandbox.store.findProjectByName('Keyboard Court')),
  );
  await waitForText(popup, 'Keyboard Court');
});
