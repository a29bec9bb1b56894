// Type sizes as the agent reads them, from the computed styles in each browser: the browsers'
// own stylesheets for extension pages (Chromium sets the body to 75%) must not shrink the text,
// and a value reads larger or bolder than its label.
import { connect } from './support/connect';
import { openResult, openPopup, searchFor } from './support/popup';
import { SMALL_SANDBOX } from './support/sandbox';
import { unitsWithStatus } from './support/sandbox-units';
import { expect, test } from './support/test';
import type { PageHandle } from './fixtures';

test.use({ sandboxData: SMALL_SANDBOX });

/** Font size (px) and weight of the first element matching each selector. */
function typeOf(page: PageHandle, selectors: Record<string, string>) {
  return page.evaluate((wanted) => {
    const out: Record<string, { size: number; weight: number } | null> = {};
    for (const [name, selector] of Object.entries(wanted)) {
      const el = document.querySelector(selector);
      const style = el && getComputedStyle(el);
      out[name] = style
        ? { size: parseFloat(style.fontSize), weight: Number(style.fontWeight) }
        : null;
    }
    return out;
  }, selectors);
}

test('text is at its intended size in both pages, values above their labels', async ({
  extension,
  sandbox,
}) => {
  const options = await connect(extension, sandbox);
  const settings = await typeOf(options, { body: 'body', field: 'input', button: 'button' });
  expect(settings.body!.size, 'settings body').toBeGreaterThanOrEqual(13);
  expect(settings.field!.size, 'settings field').toBeGreaterThanOrEqual(13);
  expect(settings.button!.size, 'settings button').toBeGreaterThanOrEqual(13);

  const popup = await openPopup(extension);
  const list = await typeOf(popup, {
    body: 'body',
    search: 'input[type=search], input',
    project: '.project-name',
    counts: '.counts',
  });
  expect(list.body!.size, 'popup body').toBeGreaterThanOrEqual(13);
  expect(list.body!.size, 'popup body').toBeLessThanOrEqual(15);
  expect(list.search!.size, 'search field').toBeGreaterThanOrEqual(13);
  // A project's name reads above its counts.
  expect(list.project!.size, 'project name').toBeGreaterThanOrEqual(list.counts!.size);
  expect(list.project!.weight, 'project name').toBeGreaterThan(list.counts!.weight);

  const unit = unitsWithStatus(sandbox, 'Parkview Residences', 'Available')[0]!;
  const row = { number: unit.number, project: unit.projectName };
  await searchFor(popup, `${unit.number} parkview`, row);
  await openResult(popup, row);
  const detail = await typeOf(popup, { label: '.fact dt', value: '.fact dd' });
  expect(detail.value!.size, 'a fact value').toBeGreaterThan(detail.label!.size);
  expect(detail.value!.size, 'a fact value').toBeGreaterThanOrEqual(13);
  expect(detail.value!.weight, 'a fact value').toBeGreaterThanOrEqual(detail.label!.weight);
});
