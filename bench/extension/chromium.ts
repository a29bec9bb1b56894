// The extension at scale in real Chromium: connect it to a local sandbox with a large catalog
// through the options page, time the sync, then open the popup again and again and type into it,
// reading the performance marks the popup sets (popup-start, first-results, search-ready,
// results-shown) and the JS heap of the popup and of the service worker over DevTools.
import type { CDPSession, Page } from '@playwright/test';
import type { ExtensionApi, ExtensionSession, PageHandle } from '../../e2e/fixtures';
import type { Catalog } from '../../lib/catalog/model';
import { unpackCatalog } from '../../lib/catalog/packed';
import { startSandbox } from '../../sandbox/server';
import { floorOnce, msToEntry, openTimed, type TimedPage } from './open-timing';
import { spread, type Spread } from './stats';
import { WorkerProbe } from './worker-probe';

declare const chrome: ExtensionApi;

export interface BrowserBenchOptions {
  /** The folder holding chrome-mv3 (what E2E_BUILD_DIR means to the e2e fixture). */
  buildDir: string;
  projects: number;
  unitsPerProject: number;
  /** Popup opens timed with an empty search field. */
  opens: number;
  /** Typed one character at a time into the popup; each keystroke is timed. */
  queries: string[];
  log: (line: string) => void;
}

export interface SyncReport {
  units: number;
  projects: number;
  /** Click on Save to the catalog in storage (token check, sync, storage write). */
  saveToStoredMs: number;
  /** The sync as the service worker recorded it: syncState.startedAt to catalog.syncedAt. */
  workerSyncMs: number;
  /** HTTP requests the service worker made (DevTools Network domain). */
  requests: number;
  /** Most of them in flight at once: the sync's concurrency as the browser saw it. */
  peakInFlight: number;
  /** API requests the sandbox answered, from its request log. */
  sandboxRequests: number;
  /** Largest service-worker JS heap seen, sampled every 100 ms during the sync. */
  workerPeakHeapMB: number | null;
  workerHeapSamples: number;
  /** Service-worker heap after the sync and a full GC. */
  workerRetainedHeapMB: number | null;
}

export interface StorageReport {
  /** chrome.storage.local.getBytesInUse per key: what counts against the quota. */
  bytesByKey: Record<string, number>;
  totalBytes: number;
  /** The same catalog as plain JSON of the model (the format before this work), for scale. */
  plainJsonBytes: number;
}

export interface PopupReport {
  /** The floor: a new tab to the first paint of a page that runs no script (open-timing.ts). */
  floorMs: Spread;
  /** A new tab to the popup's first row painted (`first-results-painted`), the same opens as below. */
  firstRowMs: Spread;
  /** A new tab to the row of "1204", typed as soon as the search field has focus. */
  typedAtOpenMs: Spread;
  /** Per typed open, how long "Loading…" showed (0: never). */
  loadingShownMs: Spread;
  /** Navigation start to the first list from the cached catalog in the document, per open. */
  firstResultsMs: Spread;
  /** Navigation start to the frame that painted it (after the next animation frame). */
  firstResultsPaintedMs: Spread;
  firstResultsPaintedEach: number[];
  /** Navigation start to the search index being ready (typing answered from then on). */
  searchReadyMs: Spread | null;
  /** Navigation start to the popup's own code running (popup-start). */
  scriptStartMs: Spread;
  /** Opened with ?q= (the address bar's "open in popup"): navigation to the first matches. */
  withQueryFirstResultsMs: Spread;
  /** "1204" typed as soon as the first screen shows: first keydown to the matching units. */
  typedAtOpenAfterKeyMs: Spread;
  /** The same, from navigation start. */
  typedAtOpenFromOpenMs: Spread;
  /** Keydown to the updated list in the document (layout effect mark), per keystroke. */
  keystrokeToDomMs: Spread;
  /** Keydown to the next animation frame after the update: the list on screen. */
  keystrokeToFrameMs: Spread;
  keystrokes: number;
  /** Popup JS heap after loading the catalog and typing, after a full GC. */
  heapRetainedMB: number;
  /** Popup JS heap at its largest sample (garbage included), every 25 ms from open to the end of typing. */
  heapPeakMB: number;
  /** The extension renderer's heap after a GC, before that popup opened. */
  heapBeforeOpenMB: number;
}

export interface BrowserReport {
  chromiumVersion: string;
  sync: SyncReport;
  storage: StorageReport;
  popup: PopupReport;
  /** Whether a sync started while the popup was being measured. */
  refreshedDuringPopupRuns: boolean;
}

/** When the last sync started, from storage. */
async function syncStarts(session: ExtensionSession): Promise<number | null> {
  const page = await session.openPage('manifest.json');
  const startedAt = await page.evaluate(
    async () =>
      (
        (await chrome.storage.local.get('syncState')).syncState as
          { startedAt?: number } | undefined
      )?.startedAt ?? null,
  );
  await page.close();
  return startedAt;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

export async function runBrowserBench(opts: BrowserBenchOptions): Promise<BrowserReport> {
  const requests: string[] = [];
  const sandbox = await startSandbox({
    port: 0,
    projects: opts.projects,
    unitsPerProject: opts.unitsPerProject,
    // One line per answered request: "GET /api/projects/abc 200 12ms".
    log: (line) => requests.push(line),
  });
  // The fixture reads E2E_BUILD_DIR when it is first imported.
  process.env.E2E_BUILD_DIR = opts.buildDir;
  const { launchExtension } = await import('../../e2e/fixtures');
  const session = await launchExtension('chromium');
  try {
    const chromiumVersion = session.context?.browser()?.version() ?? (await userAgent(session));
    opts.log(`Chromium ${chromiumVersion}; sandbox ${sandbox.url}`);
    const sync = await benchSync(session, sandbox.url, sandbox.demoToken, requests, opts.log);
    const { report: storage, catalog } = await measureStorage(session);
    sync.units = catalog.units.length;
    sync.projects = catalog.projects.length;
    opts.log(`Storage: ${storage.totalBytes} bytes in use for ${sync.units} units`);
    const syncsBefore = await syncStarts(session);
    const popup = await benchPopup(session, opts);
    // A popup opened on a catalog over five minutes old starts a refresh, which would share the
    // machine with the figures above.
    const refreshedDuringPopupRuns = (await syncStarts(session)) !== syncsBefore;
    return { chromiumVersion, sync, storage, popup, refreshedDuringPopupRuns };
  } finally {
    await session.close();
    await sandbox.close();
  }
}

async function userAgent(session: ExtensionSession): Promise<string> {
  const page = await session.openPage('manifest.json');
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? ua;
}

function playwrightPage(handle: PageHandle): Page {
  if (handle.raw.kind !== 'playwright') throw new Error('The bench drives Chromium only');
  return handle.raw.page;
}

async function cdpFor(session: ExtensionSession, handle: PageHandle): Promise<CDPSession> {
  if (!session.context) throw new Error('No Playwright context');
  return session.context.newCDPSession(playwrightPage(handle));
}

async function benchSync(
  session: ExtensionSession,
  baseUrl: string,
  token: string,
  requests: string[],
  log: (line: string) => void,
): Promise<SyncReport> {
  const options = await session.openPage('options.html');
  await options.fillByLabel('API token', token);
  await options.fillByLabel('API base URL', baseUrl);
  const worker = await WorkerProbe.attach(await cdpFor(session, options), session.extensionOrigin);
  await worker.watchNetwork();
  const stopSampling = worker.sample(100);
  requests.length = 0;
  const clickedAt = Date.now();
  await options.clickByRole('button', 'Save');
  log('Saved the token; waiting for the sync…');
  let state: {
    running: boolean;
    startedAt: number;
    lastSuccessAt: number | null;
    lastError: unknown;
  };
  for (;;) {
    state = await options.evaluate(
      async () => (await chrome.storage.local.get('syncState')).syncState as never,
    );
    if (state?.lastError) throw new Error(`Sync failed: ${JSON.stringify(state.lastError)}`);
    if (state && !state.running && state.lastSuccessAt) break;
    if (Date.now() - clickedAt > 120_000) throw new Error('The sync took over 2 minutes');
    await new Promise((r) => setTimeout(r, 20));
  }
  const storedAt = Date.now();
  const sampled = await stopSampling();
  const retained = await worker.retained();
  const api = requests.filter((line) => / \/api\//.test(line));
  await options.close();
  const report: SyncReport = {
    units: 0,
    projects: 0,
    saveToStoredMs: storedAt - clickedAt,
    workerSyncMs: (state.lastSuccessAt as number) - state.startedAt,
    requests: worker.network().requests,
    peakInFlight: worker.network().peakInFlight,
    sandboxRequests: api.length,
    workerPeakHeapMB: sampled.samples > 0 ? mb(sampled.peak) : null,
    workerHeapSamples: sampled.samples,
    workerRetainedHeapMB: Number.isFinite(retained) ? mb(retained) : null,
  };
  log(
    `Sync: done in ${report.saveToStoredMs} ms, ${report.requests} requests, at most ${report.peakInFlight} in flight`,
  );
  return report;
}

async function measureStorage(
  session: ExtensionSession,
): Promise<{ report: StorageReport; catalog: Catalog }> {
  const page = await session.openPage('manifest.json');
  const report = await page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const bytesByKey: Record<string, number> = {};
    for (const key of Object.keys(all)) {
      bytesByKey[key] = await chrome.storage.local.getBytesInUse(key);
    }
    return { bytesByKey, totalBytes: await chrome.storage.local.getBytesInUse(null) };
  });
  const stored = await page.evaluate(() => chrome.storage.local.get(null));
  await page.close();
  const catalog = catalogFromStorage(stored);
  if (!catalog) throw new Error('No catalog in storage after the sync');
  const plainJsonBytes = Buffer.byteLength(JSON.stringify(catalog));
  return { report: { ...report, plainJsonBytes }, catalog };
}

interface OpenTiming {
  /** From the new tab, as TimedPage. */
  firstRow: number;
  scriptStart: number;
  firstResults: number;
  firstResultsPainted: number;
  searchReady: number | null;
}

/** Open popup.html in a new tab and wait until it is ready to search; times from navigation start. */
async function openPopupOnce(
  session: ExtensionSession,
  path: string,
  onOpened?: (timed: TimedPage) => Promise<void>,
): Promise<{ page: Page; timing: OpenTiming }> {
  const timed = await openTimed(session, path);
  const { page } = timed;
  await onOpened?.(timed);
  // Until the units are decoded and indexed too: extension pages share one renderer, so a popup
  // closed in the middle of that work would hold up the next one's first screen.
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('first-results-painted').length > 0 &&
      performance.getEntriesByName('search-ready').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  // No named helper functions inside evaluate(): tsx's __name wrapper does not exist in the page.
  const marks = await page.evaluate(() => ({
    scriptStart: performance.getEntriesByName('popup-start')[0]?.startTime ?? NaN,
    firstResults: performance.getEntriesByName('first-results')[0]?.startTime ?? NaN,
    firstResultsPainted: performance.getEntriesByName('first-results-painted')[0]?.startTime ?? NaN,
    searchReady: performance.getEntriesByName('search-ready')[0]?.startTime ?? null,
  }));
  const firstRow = (await msToEntry(timed, 'first-results-painted')) ?? NaN;
  return { page, timing: { ...marks, firstRow } };
}

async function benchPopup(
  session: ExtensionSession,
  opts: BrowserBenchOptions,
): Promise<PopupReport> {
  const opens: OpenTiming[] = [];
  const floor: number[] = [];
  // The floor and the popup take turns, so both meet the same load on this shared machine.
  for (let i = 0; i < opts.opens; i++) {
    floor.push(await floorOnce(session));
    const { page, timing } = await openPopupOnce(session, 'popup.html');
    opens.push(timing);
    opts.log(
      `Open ${i + 1}: floor ${floor[i]?.toFixed(0)} ms; first row ${timing.firstRow.toFixed(0)} ms from the new tab (painted ${timing.firstResultsPainted.toFixed(1)} ms after navigation start)`,
    );
    await page.close();
  }
  // With a search in the address (the address bar's "open in popup"), the first results are
  // unit matches, which need the search index.
  const withQuery: number[] = [];
  for (let i = 0; i < Math.min(5, opts.opens); i++) {
    const path = `popup.html?q=${encodeURIComponent(opts.queries[0] ?? '1204')}`;
    const { page, timing } = await openPopupOnce(session, path);
    withQuery.push(timing.firstResultsPainted);
    await page.close();
  }
  await clearRememberedQuery(session);

  const atOpen: TypedAtOpen[] = [];
  for (let i = 0; i < opts.opens; i++) {
    atOpen.push(await typeAtOpen(session, '1204'));
    await clearRememberedQuery(session);
  }
  opts.log(
    `Typed at open: the row ${atOpen.map((t) => t.fromTabMs.toFixed(0)).join(', ')} ms after the new tab`,
  );

  // Extension pages share one renderer and one JS heap: collect what the closed popups left
  // before the one whose heap is measured opens.
  const heapBefore = await collectExtensionHeap(session);
  let cdp: CDPSession | undefined;
  let stopSampling: (() => Promise<number>) | undefined;
  const { page } = await openPopupOnce(session, 'popup.html', async ({ page: opened }) => {
    if (!session.context) throw new Error('No Playwright context');
    cdp = await session.context.newCDPSession(opened);
    stopSampling = sampleHeap(cdp, 25);
  });
  if (!cdp || !stopSampling) throw new Error('No DevTools session on the popup');
  await new Promise((r) => setTimeout(r, 500));
  await recordKeystrokes(page);
  const toDom: number[] = [];
  const toFrame: number[] = [];
  for (const query of opts.queries) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    for (const char of query) {
      const marksBefore = await page.evaluate(
        () => (globalThis as unknown as { __marks: number[] }).__marks.length,
      );
      await page.keyboard.type(char);
      const timing = await page.waitForFunction(
        (before) => {
          const s = globalThis as unknown as {
            __kd: number;
            __frames: number[];
            __marks: number[];
          };
          const mark = s.__marks.slice(before).find((t) => t >= s.__kd);
          const frame = s.__frames.find((t) => t >= (mark ?? Infinity));
          return mark !== undefined && frame !== undefined
            ? { dom: mark - s.__kd, frame: frame - s.__kd }
            : null;
        },
        marksBefore,
        { timeout: 10_000 },
      );
      const { dom, frame } = (await timing.jsonValue()) as { dom: number; frame: number };
      toDom.push(dom);
      toFrame.push(frame);
    }
    opts.log(
      `Typed "${query}": last keystroke ${toDom[toDom.length - 1]?.toFixed(1)} ms to the list`,
    );
  }
  const heapPeak = await stopSampling();
  await cdp.send('HeapProfiler.collectGarbage');
  const retained = await usedHeap(cdp);
  await page.close();

  const ready = opens.map((o) => o.searchReady).filter((t): t is number => t !== null);
  return {
    floorMs: spread(floor),
    firstRowMs: spread(opens.map((o) => o.firstRow)),
    typedAtOpenMs: spread(atOpen.map((t) => t.fromTabMs)),
    loadingShownMs: spread(atOpen.map((t) => t.loadingMs)),
    firstResultsMs: spread(opens.map((o) => o.firstResults)),
    firstResultsPaintedMs: spread(opens.map((o) => o.firstResultsPainted)),
    firstResultsPaintedEach: opens.map((o) => Math.round(o.firstResultsPainted * 10) / 10),
    searchReadyMs: ready.length > 0 ? spread(ready) : null,
    scriptStartMs: spread(opens.map((o) => o.scriptStart)),
    withQueryFirstResultsMs: spread(withQuery),
    typedAtOpenAfterKeyMs: spread(atOpen.map((t) => t.afterKeyMs)),
    typedAtOpenFromOpenMs: spread(atOpen.map((t) => t.fromOpenMs)),
    keystrokeToDomMs: spread(toDom),
    keystrokeToFrameMs: spread(toFrame),
    keystrokes: toDom.length,
    heapRetainedMB: mb(retained),
    heapPeakMB: mb(Math.max(heapPeak, retained)),
    heapBeforeOpenMB: mb(heapBefore),
  };
}

/** GC the extension renderer's heap from a page of its own; its size after. */
async function collectExtensionHeap(session: ExtensionSession): Promise<number> {
  const page = await session.openPage('manifest.json');
  const cdp = await cdpFor(session, page);
  await cdp.send('HeapProfiler.collectGarbage');
  const used = await usedHeap(cdp);
  await page.close();
  return used;
}

/** Sample the heap every `intervalMs` until stop(), which gives the largest sample. */
function sampleHeap(cdp: CDPSession, intervalMs: number): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await usedHeap(cdp));
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

/**
 * In the page: the time of the last keydown, and of each `results-shown` mark and the animation
 * frame after it (the mark is wrapped, so the frame is asked for as the list is committed).
 */
async function recordKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = globalThis as unknown as {
      __firstKd?: number;
      __kd: number;
      __frames: number[];
      __marks: number[];
    };
    state.__frames = [];
    state.__marks = [];
    document.addEventListener(
      'keydown',
      (e) => {
        state.__firstKd ??= e.timeStamp;
        state.__kd = e.timeStamp;
      },
      true,
    );
    const mark = performance.mark.bind(performance);
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      const entry = mark(name, options);
      if (name === 'results-shown') {
        state.__marks.push(entry.startTime);
        requestAnimationFrame(() => state.__frames.push(performance.now()));
      }
      return entry;
    }) as typeof performance.mark;
  });
}

interface TypedAtOpen {
  /** First keydown to the row. */
  afterKeyMs: number;
  /** Navigation start to the row. */
  fromOpenMs: number;
  /** The new tab to the row (TimedPage). */
  fromTabMs: number;
  /** How long "Loading…" showed in the meantime. */
  loadingMs: number;
}

/**
 * The agent's quick lookup: open the popup and type a unit number as soon as the search field
 * exists and has focus (keys pressed before that go nowhere in the real popup too), then wait
 * for the first row to be that number. Meanwhile a MutationObserver adds up the time a
 * "Loading…" status was in the document.
 */
async function typeAtOpen(session: ExtensionSession, text: string): Promise<TypedAtOpen> {
  const timed = await openTimed(session, 'popup.html');
  const { page } = timed;
  await page.waitForFunction(() => document.activeElement?.id === 'search-field', undefined, {
    timeout: 30_000,
  });
  await page.evaluate(() => {
    const s = globalThis as unknown as { __loading: { since: number | null; total: number } };
    s.__loading = { since: null, total: 0 };
    // No named functions here: tsx's __name wrapper does not exist in the page.
    new MutationObserver(() => {
      const shown = [...document.querySelectorAll('[role=status]')].some(
        (e) => e.textContent === 'Loading…',
      );
      const now = performance.now();
      if (shown && s.__loading.since === null) s.__loading.since = now;
      if (!shown && s.__loading.since !== null) {
        s.__loading.total += now - s.__loading.since;
        s.__loading.since = null;
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await recordKeystrokes(page);
  await page.keyboard.type(text);
  const timing = await page.waitForFunction(
    (wanted) => {
      const s = globalThis as unknown as {
        __firstKd: number;
        __kd: number;
        __marks: number[];
        __loading: { since: number | null; total: number };
      };
      const shown = s.__marks.find((t) => t >= s.__kd);
      const first = document.querySelector('[role=option] .unit-number')?.textContent ?? '';
      return shown !== undefined && first.replace(/[^0-9a-z]/gi, '').includes(wanted)
        ? {
            afterKeyMs: shown - s.__firstKd,
            fromOpenMs: shown,
            at: performance.timeOrigin + shown,
            loadingMs:
              s.__loading.total +
              (s.__loading.since === null ? 0 : performance.now() - s.__loading.since),
          }
        : null;
    },
    text,
    { timeout: 60_000 },
  );
  const result = (await timing.jsonValue()) as Omit<TypedAtOpen, 'fromTabMs'> & { at: number };
  await page.close();
  const { at, ...rest } = result;
  return { ...rest, fromTabMs: at - timed.openedAt };
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** The popup restores a search from the last five minutes: start the typing run from none. */
async function clearRememberedQuery(session: ExtensionSession): Promise<void> {
  const page = await session.openPage('manifest.json');
  await page.evaluate(() => chrome.storage.session.clear());
  await page.close();
}

/** The catalog model from storage.local's values: packed, or whole as before the packed format. */
function catalogFromStorage(values: Record<string, unknown>): Catalog | null {
  return (
    unpackCatalog(values.catalogHead, values.catalogUnits, values.catalogDetails) ??
    (values.catalog as Catalog | undefined) ??
    null
  );
}
