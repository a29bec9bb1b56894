// The built extension against servers and accounts shaped the other ways Planpoint documents,
// in Chromium and Firefox: units by reference or without floors, a server that takes only the
// raw token, one that asks to slow down, one without the group and enterprise lookups, an account
// that reaches its projects only through a group, and statuses written in free text.
import type { ShapeSwitches } from '../sandbox/shape';
import { connect, openAdvanced, tokenHint } from './support/connect';
import { openPopup, openResult, searchFor } from './support/popup';
import { detailFact, resultRows } from './support/finder';
import { SMALL_SANDBOX } from './support/sandbox';
import { expect, test } from './support/test';
import { waitForText } from './support/wait';

test.use({ sandboxData: SMALL_SANDBOX });

const SHAPES: [string, Partial<ShapeSwitches>][] = [
  ['floors and units by reference', { references: true }],
  ['projects without floors', { noFloors: true }],
  ['only the raw Authorization header', { rawAuthOnly: true }],
  ['every fourth request answered 429', { rateLimitEvery: 4, retryAfterSeconds: 1 }],
];

for (const [name, shape] of SHAPES) {
  test(`${name}: every unit is found`, async ({ extension, sandbox }) => {
    Object.assign(sandbox.shape, shape);
    await connect(extension, sandbox);
    const popup = await openPopup(extension);
    const project = sandbox.store.findProjectByName('Parkview Residences')!;
    const units = sandbox.store.unitsOf(project._id);
    const rows = await searchFor(popup, 'parkview residences', {
      number: String(units[0]!.unitNumber ?? units[0]!.name),
      project: project.name,
    });
    // Every unit, and the project's commercial spaces.
    expect(rows).toHaveLength(sandbox.store.listingCount(project._id));
    expect(await popup.text()).not.toMatch(/Could not refresh|no units|too many requests/i);
  });
}

test('a server without the group and enterprise lookups: Save succeeds and says so', async ({
  extension,
  sandbox,
}) => {
  sandbox.shape.findsNotOffered = true;
  const project = sandbox.store.findProjectByName('Parkview Residences')!;
  const options = await extension.openPage('options.html');
  await openAdvanced(options);
  await options.fillByLabel('API token', sandbox.demoToken);
  await options.fillByLabel('API base URL', sandbox.url);
  await options.fillByLabel('Namespace', project.namespace);
  await options.fillByLabel('Host name', project.hostName);
  await options.clickByRole('button', 'Save');
  await waitForText(options, `Saved. Token saved, ends in ${tokenHint(sandbox.demoToken)}`);
  await waitForText(options, 'This Planpoint server does not offer the group lookup');
  await waitForText(options, 'This Planpoint server does not offer the enterprise lookup');
});

test('an account that owns nothing reaches its projects through a group', async ({
  extension,
  sandbox,
}) => {
  const agent = sandbox.accounts[2]!;
  const reached = sandbox.store.projectsOf(sandbox.accounts[1]!.id);
  const options = await extension.openPage('options.html');
  await openAdvanced(options);
  await options.fillByLabel('API token', agent.token);
  await options.fillByLabel('API base URL', sandbox.url);
  await options.clickByRole('button', 'Save');
  await waitForText(options, `It reaches ${reached.length} projects.`);
  await waitForText(options, `Yours: 0; through groups: ${reached.length};`);
  const popup = await openPopup(extension);
  for (const project of reached) await waitForText(popup, project.name);

  // One of them is a rental building: "rental" finds its units, each rent shown per month.
  const rainey = sandbox.store.findProjectByName('Rainey Street Lofts')!;
  const rented = sandbox.store.unitsOf(rainey._id).find((u) => typeof u['rent'] === 'number')!;
  const number = String(rented['unitNumber']);
  await searchFor(popup, `${number} rental`, { number, project: rainey.name });
  await openResult(popup, { number, project: rainey.name });
  const rent = (rented['rent'] as number).toLocaleString('en-US');
  expect(await detailFact(popup, 'Rent per month')).toBe(`$${rent}/mo`);
  expect(await detailFact(popup, 'Price')).toBeNull();
  await popup.press('Escape');

  // A commercial space is found by "commercial", and says why it offers no edits.
  const [space] = reached.flatMap((p) =>
    sandbox.store
      .commercialSpacesOf(p._id)
      .map((s) => ({ name: String(s['name']), project: p.name })),
  );
  expect(space, 'a commercial space in the reached projects').toBeDefined();
  await searchFor(popup, `commercial ${space!.name}`, {
    number: space!.name,
    project: space!.project,
  });
  await openResult(popup, { number: space!.name, project: space!.project });
  await waitForText(popup, "Planpoint's API offers no way to change one");
  expect(await detailFact(popup, 'Type')).toBe('Commercial');
  expect(await popup.evaluate(() => document.body.innerText.includes('Delete unit'))).toBe(false);
});

test('a status written in free text is read through the table, another kept as written', async ({
  extension,
  sandbox,
}) => {
  const project = sandbox.store.findProjectByName('Parkview Residences')!;
  const [contract, other] = sandbox.store
    .unitsOf(project._id)
    .filter((unit) => sandbox.store.unitVocabulary(unit._id) === 'viewer');
  sandbox.store.patchUnit(contract!._id, { availability: 'Under Contract' });
  sandbox.store.patchUnit(other!._id, { availability: 'Model suite' });
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const numberOf = (unit: typeof contract) => String(unit!.unitNumber ?? unit!.name);
  let rows = await searchFor(popup, `${numberOf(contract)} parkview`, {
    number: numberOf(contract),
    project: project.name,
  });
  expect(rows.find((r) => r.number === numberOf(contract))?.status).toBe('Reserved');
  await popup.fillByLabel('Search units', 'model suite');
  await expect
    .poll(async () => (await resultRows(popup)).map((r) => `${r.number} ${r.status}`))
    .toEqual([`${numberOf(other)} Model suite`]);
  rows = await resultRows(popup);
  expect(rows).toHaveLength(1);
});
