import { expect, test, type ExtensionApi } from './fixtures';

declare const chrome: ExtensionApi;

// The shared PageHandle must behave alike in both browsers: these tests drive a small form,
// injected into an extension page, through every operation.

const FORM = `
  <label for="token">API token</label><input id="token" value="old">
  <label>Base URL <input id="base" type="url"></label>
  <input id="query" type="search" aria-label="Search units">
  <button type="button">Save</button>
  <ul role="listbox"><li role="option">Unit 1204</li><li role="option">Unit 1205</li></ul>
  <a href="#details">Open details</a>
  <output id="out"></output>`;

test('fills by label, clicks by role and text, presses keys', async ({ extension }) => {
  const page = await extension.openPage('options.html');
  await page.evaluate((html) => {
    document.body.innerHTML = html;
    const out = document.getElementById('out')!;
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    document.querySelector('button')!.addEventListener('click', () => {
      out.textContent = `saved ${value('token')} at ${value('base')}`;
    });
    for (const option of document.querySelectorAll('[role=option]')) {
      option.addEventListener('click', () => (out.textContent = `picked ${option.textContent}`));
    }
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') out.textContent = `search ${value('query')}`;
      if (event.key === 'k' && event.ctrlKey) out.textContent = 'shortcut';
    });
  }, FORM);

  await page.fillByLabel('API token', 'secret-1');
  await page.fillByLabel('Base URL', 'http://127.0.0.1:8787');
  await page.clickByRole('button', 'Save');
  await page.waitForText('saved secret-1 at http://127.0.0.1:8787');

  await page.clickByText('Unit 1205');
  await page.waitForText(/picked Unit 120\d/);
  expect(await page.text('#out')).toBe('picked Unit 1205');

  await page.fillByLabel('Search units', '12');
  await page.type('04');
  await page.press('Enter');
  await page.waitForText('search 1204');

  await page.press('Control+k');
  await page.waitFor(
    (expected) => document.getElementById('out')?.textContent === expected,
    'shortcut',
  );

  await page.clickByRole('link', 'Open details');
  await page.waitFor(() => location.hash === '#details');
  expect(await page.url()).toBe(`${extension.extensionOrigin}/options.html#details`);

  const png = await page.screenshot();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});

test('text a click copied can be read back from the clipboard', async ({ extension }) => {
  const page = await extension.openPage('options.html');
  await page.evaluate(() => {
    document.body.innerHTML = '<button type="button">Copy</button><output></output>';
    document.querySelector('button')!.addEventListener('click', async () => {
      await navigator.clipboard.writeText('Unit 1204 · Available');
      document.querySelector('output')!.textContent = 'copied';
    });
  });
  await page.clickByRole('button', 'Copy');
  await page.waitForText('copied');
  expect(await page.readClipboard()).toBe('Unit 1204 · Available');
});

test('extension storage survives a reload of the page', async ({ extension }) => {
  const page = await extension.openPage('popup.html');
  await page.evaluate(() => chrome.storage.local.set({ e2eProbe: 'kept' }));
  await page.reload();
  await page.waitForText('Planpoint Agent');
  expect(await page.evaluate(() => chrome.storage.local.get('e2eProbe'))).toEqual({
    e2eProbe: 'kept',
  });
});

test('waits give up after their timeout', async ({ extension }) => {
  const page = await extension.openPage('popup.html');
  await expect(page.waitForText('never shown', { timeout: 500 })).rejects.toThrow();
  await expect(page.clickByRole('button', 'Missing', { timeout: 500 })).rejects.toThrow();
  await expect(page.fillByLabel('Missing', 'x', { timeout: 500 })).rejects.toThrow();
});

test.describe('with a granted host permission', () => {
  test.use({ grantHostPermissions: ['http://127.0.0.1/*'] });

  test('the extension holds it from the start', async ({ extension }) => {
    const page = await extension.openPage('popup.html');
    const granted = await page.evaluate(() =>
      chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
    );
    expect(granted).toBe(true);
  });
});

test('without it, the optional host permission is not held', async ({ extension }) => {
  const page = await extension.openPage('popup.html');
  const granted = await page.evaluate(() =>
    chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
  );
  expect(granted).toBe(false);
});

test('Firefox grants permissions.request from a click without a prompt', async ({
  extension,
  extensionBrowser,
}) => {
  test.skip(extensionBrowser !== 'firefox', 'Chromium shows a prompt nobody can answer headless');
  const page = await extension.openPage('options.html');
  await page.evaluate(() => {
    document.body.innerHTML = '<button type="button">Allow</button><output></output>';
    document.querySelector('button')!.addEventListener('click', async () => {
      const granted = await chrome.permissions.request({ origins: ['http://127.0.0.1/*'] });
      document.querySelector('output')!.textContent = `granted: ${granted}`;
    });
  });
  await page.clickByRole('button', 'Allow');
  await page.waitForText('granted: true');
});

test.describe('Chromium service worker', () => {
  test.skip(({ extensionBrowser }) => extensionBrowser !== 'chromium', 'MV3 service worker');

  test('stops like an idle worker and starts again fresh', async ({ extension }) => {
    const before = await extension.serviceWorker();
    await before.evaluate(() => ((globalThis as { e2eMarker?: number }).e2eMarker = 1));
    await extension.stopServiceWorker();
    const after = await extension.serviceWorker();
    expect(await after.evaluate(() => (globalThis as { e2eMarker?: number }).e2eMarker)).toBe(
      undefined,
    );
  });
});
