// Token safety, tested rather than promised: the background answers only the extension's own
// pages; the token goes only to the configured API origin (never to hosts named in API data,
// never across a redirect, never to a new address it was not pasted for); server text that
// echoes the token or the password is cleaned before anyone sees it; nothing reaches
// storage.sync. The real-browser half is e2e/hardening-token.spec.ts.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { handlers } from '@/lib/background/handlers';
import { runSync } from '@/lib/background/sync-runner';
import { storedErrorText } from '@/lib/error-text';
import type { Catalog } from '@/lib/catalog/model';
import { apiBaseUrl, apiToken, catalogSnapshot, syncState } from '@/lib/settings';
import { firstSync, record, seedBaseline } from './harness';
import { sendJson, startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { listenOnFreePort } from '../support/listen';
import { useSandbox } from '../support/sandbox';

interface Recorder {
  url: string;
  seen: { url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A second server that records what reaches it: the place a token must never go. */
async function startRecorder(): Promise<Recorder> {
  const seen: Recorder['seen'] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end('[]');
  });
  const { url, close } = await listenOnFreePort(server);
  return { url, seen, close };
}

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

const sandbox = useSandbox('tokenSafety');
let proxy: FaultProxy;
let recorder: Recorder;
let catalog: Catalog;

beforeAll(async () => {
  proxy = await startFaultProxy(sandbox.url);
  recorder = await startRecorder();
  catalog = await firstSync(sandbox.demoToken, proxy.url);
});
afterAll(async () => {
  await Promise.all([proxy.close(), recorder.close()]);
});
beforeEach(async () => {
  proxy.clear();
  recorder.seen.length = 0;
  await seedBaseline({ token: sandbox.demoToken, baseUrl: proxy.url, catalog });
});

/** Every request that carried a token anywhere: header, URL or body. */
function carriers(requests: { url: string; headers: IncomingHttpHeaders; body?: string }[]) {
  const token = sandbox.demoToken;
  return requests.filter(
    (r) =>
      JSON.stringify(r.headers).includes(token) ||
      r.url.includes(token) ||
      (r.body ?? '').includes(token),
  );
}

describe('who the background answers', () => {
  afterEach(() => vi.restoreAllMocks());

  // WXT's fake browser lacks these; the background registers listeners on them at start-up.
  function startBackground(): void {
    const noop = () => undefined;
    vi.spyOn(fakeBrowser.omnibox.onInputChanged, 'addListener').mockImplementation(noop);
    vi.spyOn(fakeBrowser.omnibox.onInputEntered, 'addListener').mockImplementation(noop);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(noop);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(noop);
    background.main();
  }

  const own = () => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/popup.html'),
  });
  const strangers = () => {
    const ownOrigin = fakeBrowser.runtime.getURL('/');
    return {
      'a web page (as a content script would appear)': {
        id: fakeBrowser.runtime.id,
        url: 'https://evil.example/',
        origin: 'https://evil.example',
        tab: { id: 7 },
      },
      'a web page through externally_connectable': { url: 'https://evil.example/' },
      'another extension': { id: 'another-extension', url: 'chrome-extension://another/page.html' },
      'a look-alike origin': { id: fakeBrowser.runtime.id, url: `${ownOrigin.slice(0, -1)}.evil/` },
      'no sender details': {},
    };
  };

  /** One message of every type, each of which would do harm if a stranger could send it. */
  const attacks = () => [
    { type: 'getSettings', payload: {} },
    {
      type: 'saveSettings',
      payload: { token: '', baseUrl: recorder.url, namespace: '', hostName: '' },
    },
    { type: 'signIn', payload: { email: 'a@b.c', password: 'x', baseUrl: recorder.url } },
    { type: 'signOut', payload: {} },
    { type: 'refresh', payload: {} },
    { type: 'setUnitStatus', payload: { unitId: catalog.units[0]!.id, status: 'sold' } },
  ];

  it('answers its own pages, without the token', async () => {
    startBackground();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSettings', payload: {} },
      own(),
    );
    expect(answer).toMatchObject({ ok: true, settings: { hasToken: true, baseUrl: proxy.url } });
    expect(JSON.stringify(answer)).not.toContain(sandbox.demoToken);
  });

  it('ignores every message from anyone else, and nothing happens', async () => {
    startBackground();
    const before = JSON.stringify(await fakeBrowser.storage.local.get());
    for (const [who, sender] of Object.entries(strangers())) {
      for (const message of attacks()) {
        const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as Sender);
        expect(answers, `${message.type} from ${who}`).toEqual([undefined]);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).toBe(before);
    expect(recorder.seen).toEqual([]);
    expect(proxy.requests).toEqual([]);
  });
});

describe('where the token goes', () => {
  it('only to the configured API origin, through a whole sync and a status change', async () => {
    await handlers.refresh({});
    await runSync();
    const unit = catalog.units.find((u) => u.status !== 'sold')!;
    expect(await handlers.setUnitStatus({ unitId: unit.id, status: 'sold' })).toMatchObject({
      ok: true,
    });
    expect(proxy.requests.length).toBeGreaterThan(3);
    // Every request went to the proxy (the configured origin) and carried the token as a header
    // only: never in a URL or a body.
    for (const r of proxy.requests) {
      expect(r.url).not.toContain(sandbox.demoToken);
      expect(r.body).not.toContain(sandbox.demoToken);
      expect(r.headers.authorization).toBe(`Bearer ${sandbox.demoToken}`);
    }
    expect(recorder.seen).toEqual([]);
  });

  it('never fetches the images, layouts or links named in API data', async () => {
    proxy.use(async (req, res, upstream) => {
      if (!/^\/api\/projects\/(?!mine)[^/?]+$/.test(req.url)) return 'pass';
      const { status, json } = await upstream();
      const doc = json as { floors: { units: Record<string, unknown>[] }[] };
      for (const floor of doc.floors) {
        for (const u of floor.units) {
          u['unitImageUrl'] = `${recorder.url}/image.png`;
          u['layoutUrl'] = `${recorder.url}/layout.png`;
          u['brochurePDF'] = `${recorder.url}/brochure.pdf`;
          u['images'] = [`${recorder.url}/a.jpg`];
        }
      }
      sendJson(res, status, doc);
    });
    await handlers.refresh({});
    await runSync();
    const stored = (await catalogSnapshot.getValue())!;
    const units = stored.units.filter((u) => !u.commercialSpace);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.layoutUrl === `${recorder.url}/layout.png`)).toBe(true);
    // The links are kept for the agent to open; the background itself never requests them.
    expect(recorder.seen).toEqual([]);
  });

  it('not across a redirect to another origin', async () => {
    proxy.use((req, res) => {
      if (req.url !== '/api/projects/mine') return 'pass';
      res.writeHead(302, { location: `${recorder.url}/api/projects/mine` });
      res.end();
    });
    await handlers.refresh({});
    await runSync();
    expect(carriers(recorder.seen)).toEqual([]);
    expect((await syncState.getValue())?.lastError).not.toBeNull();
    expect(await catalogSnapshot.getValue()).toEqual(catalog);
  });

  it('not to a new API address unless it is pasted again for it', async () => {
    const answer = await handlers.saveSettings({
      token: '',
      baseUrl: recorder.url,
      namespace: '',
      hostName: '',
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'settings' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/paste/i);
    expect(carriers(recorder.seen)).toEqual([]);
    expect(recorder.seen).toEqual([]);
    expect(await apiBaseUrl.getValue()).toBe(proxy.url);
    expect(await apiToken.getValue()).toBe(sandbox.demoToken);
  });

  it('keeps working with the saved token when the address stays the same (trailing slash)', async () => {
    const answer = await handlers.saveSettings({
      token: '',
      baseUrl: `${proxy.url}/`,
      namespace: '',
      hostName: '',
    });
    expect(answer.ok).toBe(true);
    await runSync();
  });
});

describe('server text that repeats a secret', () => {
  const echoes = (status: number, body: (token: string) => unknown) => () =>
    proxy.use((req, res) => {
      if (req.url !== '/api/projects/mine') return 'pass';
      sendJson(res, status, body(sandbox.demoToken));
    });

  it.each([
    [
      'a 401 whose message quotes the token',
      echoes(401, (t) => ({ message: `Token ${t} is invalid` })),
    ],
    [
      'a 500 whose message quotes the header',
      echoes(500, (t) => ({ error: `Bad header: Bearer ${t}` })),
    ],
    [
      'a paused reason quoting the token',
      echoes(403, (t) => ({ message: 'Paused', paused: { value: true, reason: `key ${t}` } })),
    ],
  ])('%s: hidden in the sentence, the sync state and the console', async (_name, arrange) => {
    arrange();
    const rec = record();
    try {
      await handlers.refresh({});
      await runSync();
    } finally {
      rec.stop();
    }
    const state = await syncState.getValue();
    expect(storedErrorText(state!.lastError!)).toContain('[hidden]');
    const everything = JSON.stringify([
      state,
      rec.lines,
      await fakeBrowser.storage.local.get('syncState'),
    ]);
    expect(everything).not.toContain(sandbox.demoToken);
  });

  it('a sign-in refusal quoting the password: hidden, and the password is never stored', async () => {
    const password = 'correct-horse-battery';
    proxy.use((req, res) => {
      if (req.url !== '/api/users/login') return 'pass';
      sendJson(res, 400, { message: `password ${password} does not match the policy` });
    });
    const rec = record();
    const answer = await handlers.signIn({
      email: 'demo@planpoint.test',
      password,
      baseUrl: proxy.url,
    });
    rec.stop();
    expect(answer.ok).toBe(false);
    const everything = JSON.stringify([answer, rec.lines, await fakeBrowser.storage.local.get()]);
    expect(everything).not.toContain(password);
  });

  it('a successful sign-in keeps only the token Planpoint returned', async () => {
    const account = sandbox.accounts[0]!;
    const answer = await handlers.signIn({
      email: account.email,
      password: account.password,
      baseUrl: proxy.url,
    });
    expect(answer.ok).toBe(true);
    await runSync();
    const local = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(local).not.toContain(account.password);
    expect(JSON.stringify(answer)).not.toContain(account.token);
  });
});

describe('storage.sync', () => {
  it('is never written, whatever the extension does', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await handlers.saveSettings({
      token: sandbox.demoToken,
      baseUrl: proxy.url,
      namespace: '',
      hostName: '',
    });
    await runSync();
    await handlers.setUnitStatus({ unitId: catalog.units[0]!.id, status: 'on-hold' });
    await handlers.signOut({});
    expect(writes).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });
});
