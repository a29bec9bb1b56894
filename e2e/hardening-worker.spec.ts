// The MV3 service worker stopped in the middle of a sync, as Chrome stops an idle worker: the
// catalog in storage must still be the last complete one, and the next time the popup opens the
// extension must recover: no "Syncing…" left hanging, the interrupted refresh finished, and a
// catalog whose every project is whole. Chromium only: Firefox runs the background as an event
// page, which no test API can stop.
import { noFaults } from '../sandbox/server';
import type { PageHandle } from './fixtures';
import { connect } from './support/connect';
import { SMALL_SANDBOX } from './support/sandbox';
import { catalogOf, syncStateOf, type StoredCatalog } from './support/storage';
import { expect, test, type Sandbox } from './support/test';
import { waitForText } from './support/wait';

// The small sandbox these cases are written against (4 projects of 12 units, seed 4).
test.use({ sandboxData: SMALL_SANDBOX });

/** Every project of the demo account has all its units in the catalog, none from elsewhere. */
function expectWhole(catalog: StoredCatalog | null, sandbox: Sandbox): void {
  const projects = sandbox.store.projectsOf(sandbox.accounts[0]!.id);
  expect(catalog?.projects.map((p) => p.id).sort()).toEqual(projects.map((p) => p._id).sort());
  for (const project of projects) {
    const expected = [
      ...sandbox.store.unitsOf(project._id),
      ...sandbox.store.commercialSpacesOf(project._id),
    ].map((u) => String(u['_id']));
    const stored = catalog!.units.filter((u) => u.projectId === project._id).map((u) => u.id);
    expect(stored.sort(), project.name).toEqual(expected.sort());
  }
}

function statusOf(catalog: StoredCatalog | null, unitId: string): string | undefined {
  return catalog?.units.find((u) => u.id === unitId)?.status;
}

test('a worker stopped mid-sync: the next open recovers with a consistent catalog', async ({
  extension,
  sandbox,
  consoles,
}) => {
  test.skip(
    extension.browserName !== 'chromium',
    'Firefox runs the background as an event page; only Chromium lets a test stop the worker',
  );
  const options = await connect(extension, sandbox);
  await consoles.armWorker();
  let popup: PageHandle = await extension.openPage('popup.html');
  await waitForText(popup, 'Updated');
  const before = await catalogOf(popup);
  expectWhole(before, sandbox);

  // Something for the next sync to bring: a unit of the last project is sold meanwhile.
  const projects = sandbox.store.projectsOf(sandbox.accounts[0]!.id);
  const changed = sandbox.store.unitsOf(projects.at(-1)!._id)[0]!;
  const wasAvailable = statusOf(before, changed._id);
  sandbox.store.setUnitStatus(changed._id, wasAvailable === 'sold' ? 'Available' : 'Sold');
  // The first project answers at once, the others take a while: the sync is caught half way.
  Object.assign(sandbox.faults, {
    latencyMs: 4_000,
    projectIds: projects.slice(1).map((p) => p._id),
  });

  await popup.clickByRole('button', 'Refresh');
  await expect
    .poll(async () => {
      const state = await syncStateOf(popup);
      return !!state?.running && state.total > 0 && state.done < state.total;
    })
    .toBe(true);
  // Long enough for the first project to arrive, well before the others do.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await extension.stopServiceWorker();

  // What the stopped worker left: the last complete catalog, untouched, and a "running" state.
  expect(await catalogOf(popup)).toEqual(before);
  expect((await syncStateOf(popup))?.running).toBe(true);

  Object.assign(sandbox.faults, noFaults());
  consoles.remember(popup);
  await popup.close();
  consoles.remember(options);
  await options.close();

  // The next open wakes the worker: the interrupted refresh is finished, nothing hangs.
  popup = await extension.openPage('popup.html');
  await expect
    .poll(async () => statusOf(await catalogOf(popup), changed._id), { timeout: 20_000 })
    .toBe(wasAvailable === 'sold' ? 'available' : 'sold');
  await waitForText(popup, 'Updated just now');
  expect(await popup.text()).not.toContain('Syncing');
  const state = await syncStateOf(popup);
  expect(state).toMatchObject({ running: false, lastError: null });
  const after = await catalogOf(popup);
  expectWhole(after, sandbox);
  expect(after!.syncedAt).toBeGreaterThan(before!.syncedAt);

  await consoles.armWorker();
  expect(consoles.errors()).toEqual([]);
});
