// The floor plan at a glance: a unit's detail shows its plan, served by the sandbox as a real
// image, in a box that keeps its size; a picture that cannot load says so; a click opens it full
// size in a tab.
import { connect } from './support/connect';
import { openPopup, openResult, searchFor } from './support/popup';
import { SMALL_SANDBOX } from './support/sandbox';
import { expect, test } from './support/test';
import { waitForText } from './support/wait';
import { waitForTab } from './support/tabs';

test.use({ sandboxData: SMALL_SANDBOX });

const PARKVIEW = 'Parkview Residences';

/** The plan's box: its picture's state and size, and the box's own size. */
const planBox = (popup: Parameters<typeof waitForText>[0]) =>
  popup.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.floor-plan');
    const img = box?.querySelector('img');
    if (!box || !img) return null;
    return {
      src: img.src,
      loaded: img.complete && img.naturalWidth > 0,
      note: box.querySelector('.floor-plan-note')?.textContent ?? null,
      height: box.getBoundingClientRect().height,
    };
  });

test("a unit's floor plan shows in its detail, and a broken one says so", async ({
  extension,
  sandbox,
}) => {
  const project = sandbox.store.findProjectByName(PARKVIEW)!;
  const units = sandbox.store.unitsOf(project._id);
  // A unit whose plan comes from its unit model (the contract's form), and a viewer-docs unit
  // whose layout address is broken.
  const modelled = units.find((u) => Array.isArray(u['unitmodels']))!;
  const broken = units.find((u) => typeof u['layoutUrl'] === 'string')!;
  sandbox.store.patchUnit(broken._id, { layoutUrl: `${sandbox.url}/cdn/nowhere.png`, images: [] });
  await connect(extension, sandbox);
  const popup = await openPopup(extension);

  const number = String(modelled['unitNumber']);
  await searchFor(popup, `${number} parkview`, { number, project: PARKVIEW });
  await openResult(popup, { number, project: PARKVIEW });
  await expect.poll(async () => (await planBox(popup))?.loaded).toBe(true);
  const shown = (await planBox(popup))!;
  const model = (modelled['unitmodels'] as { name: string }[])[0]!.name;
  expect(shown.src).toBe(`${sandbox.url}/cdn/${project.namespace}/layouts/${model}.png`);
  expect(shown.note).toBeNull();

  // A click opens the picture full size in a tab.
  await popup.clickByRole('button', `Floor plan of unit ${number}. Open full size in a tab`);
  const tab = await waitForTab(extension, popup, shown.src);
  expect(tab.url).toBe(shown.src);
  await tab.close();

  await popup.press('Escape');
  const other = String(broken['name'] ?? broken['unitNumber']);
  await searchFor(popup, `${other} parkview`, { number: other, project: PARKVIEW });
  await openResult(popup, { number: other, project: PARKVIEW });
  await waitForText(popup, 'The floor plan could not be shown.');
  // The same box, whether the picture came or not.
  expect((await planBox(popup))?.height).toBe(shown.height);
});
