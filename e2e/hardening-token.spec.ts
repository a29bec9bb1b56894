// Token safety and inert API data in the real browser: the token never shows in a page, a console,
// an answer to a page or storage.sync; web pages cannot reach the extension; names from the API
// are text, links from the API open without the token (a second server records the headers),
// links other than http(s) are never offered; extension pages run under a strict content
// security policy with no remote code.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIRS } from './fixtures/session';
import type { ExtensionApi, PageHandle } from './fixtures';
import { connect } from './support/connect';
import { ask } from './support/messages';
import { SMALL_SANDBOX } from './support/sandbox';
import { refreshAndWait } from './support/popup';
import { allStorage, catalogOf, syncStateOf } from './support/storage';
import { expect, test, type Sandbox } from './support/test';
import { waitForText } from './support/wait';
import { startRecorder } from './support/web-servers';

declare const chrome: ExtensionApi;

// The small sandbox these cases are written against (4 projects of 12 units, seed 4).
test.use({ sandboxData: SMALL_SANDBOX });

/** Everything a page holds: its markup and the values of its form fields. */
function pageContents(page: PageHandle): Promise<string> {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll('input, textarea')].map(
        (el) => (el as HTMLInputElement).value,
      ),
      document.title,
    ].join('\n'),
  );
}

function firstSdkUnit(sandbox: Sandbox): string {
  for (const project of sandbox.store.projectsOf(sandbox.accounts[0]!.id)) {
    for (const unit of sandbox.store.unitsOf(project._id)) {
      if (sandbox.store.unitVocabulary(unit._id) === 'sdk') return unit._id;
    }
  }
  throw new Error('no SDK-vocabulary unit in the sandbox');
}

test('the token never reaches a page, a console, an answer, storage.sync or storage.session', async ({
  extension,
  sandbox,
  consoles,
}) => {
  const token = sandbox.demoToken;
  const options = await connect(extension, sandbox);
  await consoles.armWorker();
  const popup = await extension.openPage('popup.html');
  await waitForText(popup, 'Updated');

  // Failures too: a rejected token, a refused status change, a failed sign-in.
  Object.assign(sandbox.faults, { status: 401 });
  await refreshAndWait(popup);
  await waitForText(popup, 'Paste a new token');
  const unitId = (await catalogOf(popup))!.units[0]!.id;
  const answers = [
    await ask(popup, 'getSettings', {}),
    await ask(popup, 'refresh', {}),
    await ask(popup, 'setUnitStatus', { unitId, status: 'sold' }),
    await ask(popup, 'signIn', {
      email: 'demo@planpoint.test',
      password: 'nope',
      baseUrl: sandbox.url,
    }),
    await ask(popup, 'saveSettings', {
      token: '',
      baseUrl: sandbox.url,
      namespace: '',
      hostName: '',
    }),
  ];
  Object.assign(sandbox.faults, { status: null });
  answers.push(
    await ask(popup, 'saveSettings', {
      token: '',
      baseUrl: sandbox.url,
      namespace: '',
      hostName: '',
    }),
  );
  await expect.poll(async () => (await syncStateOf(popup))?.running).toBe(false);

  expect(answers[0]).toMatchObject({ ok: true, settings: { hasToken: true } });
  expect(JSON.stringify(answers)).not.toContain(token);
  for (const [page, shows] of [
    [popup, 'Leads'],
    [options, 'Token saved, ends in'],
  ] as const) {
    await page.reload();
    await waitForText(page, shows);
    expect(await pageContents(page)).not.toContain(token);
  }
  const storage = await allStorage(popup);
  expect(storage.sync).toBe('{}');
  expect(storage.session).not.toContain(token);
  // storage.local holds it under its own key only (the background reads it there).
  const local = JSON.parse(storage.local) as Record<string, unknown>;
  expect(local['apiToken']).toBe(token);
  const { apiToken: _saved, ...others } = local;
  expect(JSON.stringify(others)).not.toContain(token);
  expect(consoles.all().join('\n')).not.toContain(token);
  expect(consoles.errors()).toEqual([]);
});

test('web pages cannot reach the extension', async ({ extension }) => {
  const recorder = await startRecorder();
  try {
    const popup = await extension.openPage('popup.html');
    const manifest = (await popup.evaluate(() => chrome.runtime.getManifest())) as Record<
      string,
      unknown
    >;
    // Firefox lists absent keys as null.
    expect(manifest['externally_connectable'] ?? null).toBeNull();
    expect(manifest['content_scripts'] ?? null).toBeNull();
    expect(manifest['web_accessible_resources'] ?? null).toBeNull();

    const web = await extension.openPage(`${recorder.url}/page.html`);
    const reach = await web.evaluate(async (origin) => {
      const api = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      const canMessage = typeof api?.runtime?.sendMessage === 'function';
      let pageLoads = false;
      try {
        pageLoads = (await fetch(`${origin}/popup.html`)).ok;
      } catch {
        pageLoads = false;
      }
      return { canMessage, pageLoads };
    }, extension.extensionOrigin);
    expect(reach).toEqual({ canMessage: false, pageLoads: false });
  } finally {
    await recorder.close();
  }
});

test('API text is inert and API links open without the token; only http(s) links are offered', async ({
  extension,
  sandbox,
  consoles,
}) => {
  const recorder = await startRecorder();
  try {
    const markup = '<img src=x onerror="document.title=\'pwned\'">';
    const unitId = firstSdkUnit(sandbox);
    sandbox.store.patchUnit(unitId, {
      unitNumber: markup,
      description: '<script>document.title="pwned"</script>',
      layoutUrl: `${recorder.url}/layout.png`,
      brochurePDF: 'javascript:document.title="pwned"',
      unitImageUrl: 'data:text/html,<script>alert(1)</script>',
      images: [`${recorder.url}/image.png`, 'file:///etc/passwd', 'chrome://settings'],
    });
    await connect(extension, sandbox);
    const detail = await extension.openPage(`popup.html?unit=${encodeURIComponent(unitId)}`);
    await waitForText(detail, markup);

    const page = await detail.evaluate(() => ({
      title: document.title,
      // API text makes no picture; the one picture is the floor plan, from its http(s) address.
      images: document.querySelectorAll('img:not(.floor-plan img)').length,
      floorPlan: [...document.querySelectorAll<HTMLImageElement>('.floor-plan img')].map(
        (img) => new URL(img.src).pathname,
      ),
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      links: [...document.querySelectorAll('.links button')].map((b) => b.textContent),
    }));
    expect(page).toEqual({
      title: 'Planpoint Agent',
      images: 0,
      floorPlan: ['/layout.png'],
      scripts: 0,
      links: ['Layout', 'Image 1'],
    });
    expect(await detail.text()).toContain('<script>document.title="pwned"</script>');

    for (const [label, path] of [
      ['Layout', '/layout.png'],
      ['Image 1', '/image.png'],
    ] as const) {
      // The floor plan already asked for its picture: the click must ask once more.
      const before = recorder.seen.filter((r) => r.url === path).length;
      await detail.clickByRole('button', label);
      await expect
        .poll(() => recorder.seen.filter((r) => r.url === path).length)
        .toBeGreaterThan(before);
    }
    for (const request of recorder.seen) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
      expect(JSON.stringify(request)).not.toContain(sandbox.demoToken);
    }
    expect(consoles.errors()).toEqual([]);
  } finally {
    await recorder.close();
  }
});

test('extension pages keep a strict content security policy and load no remote code', async ({
  extension,
}) => {
  const recorder = await startRecorder();
  try {
    const popup = await extension.openPage('popup.html');
    const csp = await popup.evaluate(() => chrome.runtime.getManifest().content_security_policy);
    // Absent (undefined, or null in Firefox) means the MV3 default: script-src 'self'.
    if (csp) {
      const pages = (csp as { extension_pages?: string }).extension_pages ?? '';
      expect(pages).toMatch(/script-src 'self'/);
      expect(pages).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    }
    // Code run through the test driver may be exempt from the policy (DevTools evaluates with
    // eval allowed), so each attempt hands code to the page to run later, as injected data would:
    // a string timer (an eval), an inline handler attribute, an inline and a remote script.
    const attempts = await popup.evaluate(async (remote) => {
      const w = window as unknown as Record<string, boolean | undefined>;
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__timer = true', 0);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__handler = true');
      document.body.append(button);
      button.click();
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = true';
      document.body.append(inline);
      const external = document.createElement('script');
      external.src = `${remote}/remote.js`;
      document.body.append(external);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return { timer: !!w['__timer'], handler: !!w['__handler'], inline: !!w['__inline'] };
    }, recorder.url);
    expect(attempts).toEqual({ timer: false, handler: false, inline: false });
    expect(recorder.seen.filter((r) => r.url === '/remote.js')).toEqual([]);
  } finally {
    await recorder.close();
  }
});

test('the built extension loads no code from elsewhere', async ({ extensionBrowser }) => {
  const dir = EXTENSION_DIRS[extensionBrowser];
  const files = (await readdir(dir, { recursive: true })) as string[];
  for (const file of files.filter((f) => /\.(html|js)$/.test(f))) {
    const text = await readFile(join(dir, file), 'utf8');
    expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    expect(text, file).not.toMatch(/importScripts\s*\(\s*["'`]https?:/);
  }
});
