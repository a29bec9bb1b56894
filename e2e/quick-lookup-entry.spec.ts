// The ways into quick lookup from outside the popup: the address bar keyword "pp" and the
// right-click "Look up" item on selected text. Firefox is driven through its own address bar and
// context menu (see support/firefox-chrome.ts); headless Chromium has neither to operate,
// so there the background's real listeners are fired in the service worker with the arguments
// Chromium passes (see support/chromium-events.ts). Either way the tab the extension opens
// is checked for what the agent then sees.
import type { PageHandle } from './fixtures';
import {
  clickMenuItem,
  menuItemExists,
  omniboxEnter,
  omniboxSuggestions,
} from './support/chromium-events';
import { connect } from './support/connect';
import { waitForFinder } from './support/finder';
import { FirefoxWindow, type AddressBarRow } from './support/firefox-chrome';
import { unitsWithStatus } from './support/sandbox-units';
import { waitForTab } from './support/tabs';
import { expect, test } from './support/test';
import { poll } from './support/wait';
import { serveWebPage } from './support/web-servers';

const PARKVIEW = 'Parkview Residences';
/** LOOKUP_MENU_ID in lib/background/context-menu.ts. */
const LOOKUP_MENU_ID = 'planpoint-lookup';

test('address bar: "pp" suggests units from the catalog, and picking one opens that unit', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[0]!;
  const options = await connect(extension, sandbox);
  const typed = `${unit.number} parkview`;

  if (extension.browserName === 'chromium') {
    const suggestions = await omniboxSuggestions(extension, typed);
    expect(suggestions[0]?.content).toBe(`unit:${unit.id}`);
    // Chromium reads descriptions as XML: the text arrives escaped (nothing to escape here).
    expect(suggestions[0]?.description).toMatch(
      new RegExp(`^${unit.number} · ${PARKVIEW} · .* · Available$`),
    );
    await omniboxEnter(extension, suggestions[0]!.content);
  } else {
    const window = FirefoxWindow.of(options);
    await window.typeInAddressBar(`pp ${typed}`);
    const rows = await addressBarRowsWith(window, `pp unit:${unit.id}`);
    const row = rows.find((r) => r.content === `pp unit:${unit.id}`)!;
    expect(row.keyword).toBe('pp');
    expect(row.title).toMatch(new RegExp(`^${unit.number} · ${PARKVIEW} · .* · Available$`));
    // The first row is Firefox's own "Planpoint Agent" entry for the typed text.
    expect(rows[0]).toMatchObject({ content: `pp ${typed}`, selected: true });
    // Down to the suggestion (rows that take no selection, such as quick actions, are skipped).
    const selectedRow = async () => (await window.addressBarRows()).find((r) => r.selected);
    for (let i = 0; i < 10 && (await selectedRow())?.content !== row.content; i++) {
      await window.press('ArrowDown');
    }
    expect((await selectedRow())?.content).toBe(row.content);
    await window.press('Enter');
  }

  const tab = await waitForTab(
    extension,
    options,
    `${extension.extensionOrigin}/popup.html?unit=${unit.id}`,
  );
  const shown = await waitForFinder(tab, 'the unit picked', (s) => s.detail !== null);
  expect(shown.detail).toBe(`Unit ${unit.number}`);
  expect(shown.detailPill).toBe('Available');
});

test('address bar: Enter on typed text opens the results for that text', async ({
  extension,
  sandbox,
}) => {
  const options = await connect(extension, sandbox);
  const typed = '2bd under 600k available';

  if (extension.browserName === 'chromium') {
    await omniboxEnter(extension, typed);
  } else {
    const window = FirefoxWindow.of(options);
    await window.typeInAddressBar(`pp ${typed}`);
    await poll('the keyword row', async () =>
      (await window.addressBarRows()).some((r) => r.selected && r.content === `pp ${typed}`),
    );
    await window.press('Enter');
  }

  const tab = await waitForTab(
    extension,
    options,
    `${extension.extensionOrigin}/popup.html?q=${encodeURIComponent(typed)}`,
  );
  const shown = await waitForFinder(tab, 'the results', (s) => s.options.length > 0);
  expect(shown.query).toBe(typed);
  expect(shown.chips).toEqual([
    'Remove filter 2 bd',
    'Remove filter ≤ $600K',
    'Remove filter Available',
  ]);
});

test('right-click: "Look up" on selected text opens the results for the selection', async ({
  extension,
  sandbox,
}) => {
  const unit = unitsWithStatus(sandbox, PARKVIEW, 'Available')[0]!;
  const options = await connect(extension, sandbox);
  const web = await serveWebPage(
    `<!doctype html><title>Listing</title>
     <p id="listing" style="white-space: pre-wrap">Call us about unit ${unit.number}\n   at Parkview before Friday.</p>`,
  );
  try {
    const page = await extension.openPage(web.url);
    const selection = await selectText(page, `${unit.number}\n   at Parkview`);
    expect(selection.text).toBe(`${unit.number}\n   at Parkview`);
    // The browser hands over the selection with its line break; the lookup tidies the spaces.
    const query = `${unit.number} at Parkview`;

    if (extension.browserName === 'chromium') {
      expect(await menuItemExists(extension, LOOKUP_MENU_ID)).toBe(true);
      expect(await menuItemExists(extension, 'no-such-item')).toBe(false);
      await clickMenuItem(extension, {
        menuItemId: LOOKUP_MENU_ID,
        selectionText: selection.text,
        pageUrl: web.url,
      });
    } else {
      await rightClick(page, selection.x, selection.y);
      const window = FirefoxWindow.of(page);
      const items = await window.contextMenuItems();
      const item = items.find((i) => i.id.endsWith(`-menuitem-_${LOOKUP_MENU_ID}`));
      // Firefox puts the selection into the item's title as it is, line break included.
      expect(item?.label).toBe(`Look up "${selection.text}" in Planpoint`);
      await window.activateContextMenuItem(item!.id);
    }

    const tab = await waitForTab(extension, options, `${extension.extensionOrigin}/popup.html?q=`);
    expect(tab.url).toBe(`${extension.extensionOrigin}/popup.html?q=${encodeURIComponent(query)}`);
    const shown = await waitForFinder(tab, 'the results', (s) => s.options.length > 0);
    expect(shown.query).toBe(query);
    expect(shown.options[0]).toMatchObject({ number: unit.number });
    expect(shown.options[0]!.sub.startsWith(PARKVIEW)).toBe(true);
  } finally {
    await web.close();
  }
});

/** Poll the address bar until a row with this content shows; returns all rows then. */
async function addressBarRowsWith(
  window: FirefoxWindow,
  content: string,
): Promise<AddressBarRow[]> {
  let rows: AddressBarRow[] = [];
  await poll(`an address bar row "${content}"`, async () => {
    rows = await window.addressBarRows();
    return rows.some((r) => r.content === content);
  });
  return rows;
}

/** Select `text` in the page's #listing paragraph; returns the selection and its middle. */
async function selectText(
  page: PageHandle,
  text: string,
): Promise<{ text: string; x: number; y: number }> {
  return page.evaluate((wanted) => {
    const node = document.getElementById('listing')!.firstChild!;
    const start = node.textContent!.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not on the page`);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getClientRects()[0]!;
    return { text: selection.toString(), x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, text);
}

/** A right click at a point of the page, through the driver's own mouse. */
async function rightClick(page: PageHandle, x: number, y: number): Promise<void> {
  if (page.raw.kind === 'playwright') {
    await page.raw.page.mouse.click(x, y, { button: 'right' });
  } else {
    await page.raw.page.bringToFront();
    await page.raw.page.mouse.click(x, y, { button: 'right' });
  }
}
