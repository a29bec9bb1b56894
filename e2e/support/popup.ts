// Using the popup as an agent does: open it on a synced catalog, search, open a result from the
// keyboard. What it shows is read through ./finder.ts.
import { expect, type ExtensionSession, type PageHandle } from '../fixtures';
import { resultRows, type ResultRow } from './finder';
import { syncStateOf } from './storage';
import { waitForText } from './wait';

/** Open the popup and wait until it shows a finished sync ("Updated just now"). */
export async function openPopup(extension: ExtensionSession): Promise<PageHandle> {
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, /Updated (just now|\d+ min ago)/, { timeout: 20_000 });
  return popup;
}

/** Type a search and wait until the results show `number` of `project` among them. */
export async function searchFor(
  popup: PageHandle,
  query: string,
  expected: { number: string; project: string },
): Promise<ResultRow[]> {
  await popup.fillByLabel('Search units', query);
  await expect
    .poll(() => resultRows(popup))
    .toContainEqual(
      expect.objectContaining({ number: expected.number, project: expected.project }),
    );
  return resultRows(popup);
}

/**
 * Open a result's detail from the keyboard, as the popup is meant to be used: arrows from the
 * search field down to the row, then Enter.
 */
export async function openResult(
  popup: PageHandle,
  unit: { number: string; project: string },
): Promise<void> {
  // Back in the search field first: a click elsewhere (Refresh) took the focus.
  await popup.clickByRole('combobox', 'Search units');
  const rows = await resultRows(popup);
  const index = rows.findIndex((r) => r.number === unit.number && r.project === unit.project);
  expect(index, `unit ${unit.number} of ${unit.project} in the results`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await popup.press('ArrowDown');
  await popup.press('Enter');
  await waitForText(popup, `Unit ${unit.number}`);
  await waitForText(popup, 'Copy summary');
}

/** Open the popup on a connected catalog and go to one unit's detail: a write test's start. */
export async function openUnitDetail(
  extension: ExtensionSession,
  unit: { number: string; projectName: string },
): Promise<PageHandle> {
  const popup = await openPopup(extension);
  const row = { number: unit.number, project: unit.projectName };
  await searchFor(popup, `${unit.number} ${unit.projectName}`, row);
  await openResult(popup, row);
  return popup;
}

/** Press the popup's Refresh (or the offline line's Retry) and wait until the sync it started
 * has finished, with an error or not. */
export async function refreshAndWait(popup: PageHandle, button = 'Refresh'): Promise<void> {
  const before = (await syncStateOf(popup))?.startedAt;
  await popup.clickByRole('button', button);
  await expect
    .poll(async () => {
      const state = await syncStateOf(popup);
      return !!state && !state.running && state.startedAt !== before;
    })
    .toBe(true);
}
