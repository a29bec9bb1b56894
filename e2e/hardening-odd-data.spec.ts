// Odd data in the real popup, where layout and text direction matter: a 1,000-character project
// name, emoji and right-to-left text, an unknown status, numbers sent as strings, nulls. The list
// must stay inside the popup's width and each value must read as the agent expects. (The same
// cases, and more, run through normalisation and the components in tests/hardening.)
import { connect } from './support/connect';
import { SMALL_SANDBOX } from './support/sandbox';
import { catalogOf } from './support/storage';
import { expect, test, type Sandbox } from './support/test';
import { waitForText } from './support/wait';

// The small sandbox these cases are written against (4 projects of 12 units, seed 4).
test.use({ sandboxData: SMALL_SANDBOX });

const LONG_NAME = `Tour ${'Très Longue '.repeat(90)}`.slice(0, 1000).trim();

/** Raw documents changed in place, as a careless import would leave them (no validation). */
function craft(sandbox: Sandbox) {
  const [first] = sandbox.store.projectsOf(sandbox.accounts[0]!.id);
  sandbox.store.updateProject(first!._id, { name: LONG_NAME });
  const units = sandbox.store.unitsOf(first!._id);
  const sdk = units.filter((u) => sandbox.store.unitVocabulary(u._id) === 'sdk');
  const [rtl, strings, nulls] = sdk;
  Object.assign(rtl!, { unitNumber: '🏠 12 شقة', status: 'قريباً' });
  Object.assign(strings!, {
    unitNumber: 'S-1',
    bed: '2',
    bath: '2.5',
    sqft: '1,050',
    price: '$599,000',
    status: 'Available',
  });
  Object.assign(nulls!, {
    unitNumber: 'N-1',
    bed: null,
    bath: null,
    sqft: null,
    price: null,
    status: null,
    model: null,
  });
  return { rtl: rtl!._id, strings: strings!._id, nulls: nulls!._id };
}

test('odd data reads right and stays inside the popup', async ({
  extension,
  sandbox,
  consoles,
}) => {
  const ids = craft(sandbox);
  await connect(extension, sandbox);
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, 'Updated');
  await waitForText(popup, LONG_NAME.slice(0, 40));

  const layout = await popup.evaluate(() => {
    const page = document.documentElement;
    const rows = [...document.querySelectorAll('.project-row')].map(
      (row) => row.getBoundingClientRect().width,
    );
    return {
      overflowsSideways: page.scrollWidth > page.clientWidth,
      widest: Math.max(...rows),
      body: document.body.getBoundingClientRect().width,
      longNameShown: [...document.querySelectorAll('.project-name')].some(
        (el) => el.textContent?.length === 1000,
      ),
    };
  });
  expect(layout.overflowsSideways).toBe(false);
  expect(layout.widest).toBeLessThanOrEqual(layout.body);
  expect(layout.longNameShown).toBe(true);

  const detail = async (unitId: string) => {
    const page = await extension.openPage(`popup.html?unit=${encodeURIComponent(unitId)}`);
    await waitForText(page, 'Back');
    const text = await page.text('.detail');
    const overflows = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    return { text, overflows };
  };

  const rtl = await detail(ids.rtl);
  expect(rtl.text).toContain('Unit 🏠 12 شقة');
  expect(rtl.text).toContain('قريباً');
  expect(rtl.overflows).toBe(false);

  const strings = await detail(ids.strings);
  for (const shown of ['Unit S-1', '2 bd', '2.5 ba', '1,050 sq ft', '$599,000', 'Available']) {
    expect(strings.text).toContain(shown);
  }

  const nulls = await detail(ids.nulls);
  expect(nulls.text).toContain('Unit N-1');
  expect(nulls.text).toContain('Unknown');
  expect(nulls.text).not.toMatch(/null|undefined|NaN/);

  const stored = await catalogOf(popup);
  expect(stored?.units.some((u) => u.number === '🏠 12 شقة')).toBe(true);
  expect(consoles.errors()).toEqual([]);
});
