// The popup leads with the answer, in the real browsers: a broad search mixes projects and pages
// through "Show more" without moving what is shown, a search that finds nothing never ends there
// (the nearest units of the project it named, or example searches), the key hints sit at the foot
// of the results, and "Updated …" refreshes when clicked.
import { connect } from './support/connect';
import { resultCount, resultRows } from './support/finder';
import { openPopup } from './support/popup';
import { syncStateOf } from './support/storage';
import { expect, test } from './support/test';
import { waitForText } from './support/wait';

const PARKVIEW = 'Parkview Residences';

test('a broad search mixes projects, Show more adds below, the search field stays pinned', async ({
  extension,
  sandbox,
}) => {
  const projectCount = sandbox.store.projectsOf(sandbox.accounts[0]!.id).length;
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await popup.fillByLabel('Search units', 'available');
  await expect.poll(async () => (await resultRows(popup)).length).toBe(50);

  // Each project's first five before more of any: the first page names every project.
  const first = await resultRows(popup);
  expect(new Set(first.slice(0, 5 * projectCount).map((r) => r.project)).size).toBe(projectCount);
  const foot = await popup.text('.list-more');
  const total = Number(/50 of ([\d,]+)/.exec(foot)?.[1]?.replace(/,/g, ''));
  expect(total, foot).toBeGreaterThan(50);

  // The results scroll under the pinned search field.
  await popup.evaluate(() => document.querySelector('.list-more')?.scrollIntoView());
  const fieldTop = await popup.evaluate(
    () => document.querySelector('#search-field')!.getBoundingClientRect().top,
  );
  expect(fieldTop).toBeGreaterThanOrEqual(0);
  expect(fieldTop).toBeLessThan(40);

  await popup.clickByRole('button', 'Show more');
  const wanted = Math.min(100, total);
  await expect.poll(async () => (await resultRows(popup)).length).toBe(wanted);
  expect((await resultRows(popup)).slice(0, 50)).toEqual(first);
  if (wanted < total) expect(await popup.text('.list-more')).toContain(`100 of `);

  // The foot of the results says which keys do what.
  expect(await popup.text('.key-hints')).toMatch(
    /Open · Ctrl\+C Copy · Ctrl\+Space Select · Esc Back/,
  );
});

test('no dead ends: a missing unit offers the nearest there, nonsense offers examples', async ({
  extension,
  sandbox,
}) => {
  const parkview = sandbox.store.findProjectByName(PARKVIEW)!;
  const numbers = sandbox.store
    .unitsOf(parkview._id)
    .map((u) => Number(u.unitNumber ?? u.name))
    .filter((n) => Number.isFinite(n));
  // A number the project lacks, beside ones it has: the nearest by distance, as the sandbox holds them.
  const missing = Math.max(...numbers) + 7;
  const nearest = [...numbers]
    .sort((a, b) => Math.abs(a - missing) - Math.abs(b - missing))
    .slice(0, 3)
    .map(String);

  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await popup.fillByLabel('Search units', `${missing} parkview`);
  await expect.poll(() => resultCount(popup)).toBe(`${PARKVIEW} has no unit ${missing}.`);
  const offered = await popup.evaluate(() =>
    [...document.querySelectorAll('.dead-end button')].map((b) => b.textContent ?? ''),
  );
  expect(offered.map((q) => q.split(' ')[0]).sort()).toEqual([...nearest].sort());
  expect(offered.every((q) => q.endsWith(' parkview'))).toBe(true);

  // One of them is a search for that unit: it finds it.
  await popup.clickByRole('button', offered[0]!);
  await expect
    .poll(async () => (await resultRows(popup))[0])
    .toMatchObject({ number: offered[0]!.split(' ')[0], project: PARKVIEW });

  // Nothing at all: example searches, one click away.
  await popup.fillByLabel('Search units', 'zzqx wobble');
  await waitForText(popup, 'Try:');
  await popup.clickByRole('button', '2bd under 600k available');
  await expect
    .poll(() =>
      popup.evaluate(() => document.querySelector<HTMLInputElement>('#search-field')?.value),
    )
    .toBe('2bd under 600k available');
  await expect.poll(async () => (await resultRows(popup)).length).toBeGreaterThan(0);
});

test('"Updated …" is a button that refreshes', async ({ extension, sandbox }) => {
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const before = (await syncStateOf(popup))?.startedAt;
  const name = await popup.text('button.updated-refresh');
  expect(name).toMatch(/^Updated (just now|\d+ min ago)$/);
  await popup.clickByRole('button', name);
  await expect.poll(async () => (await syncStateOf(popup))?.startedAt).not.toBe(before);
  await waitForText(popup, /Updated just now/);
});
