// bench/results/summary.md: every target with what was measured, its budget and pass or fail.
import type { PageBundle } from './bundle';
import type { BrowserReport } from './chromium';
import type { Machine } from './machine';
import { MB, kB, round } from './stats';
import { TARGETS } from './targets';

export interface SearchSummary {
  command: string;
  date: string;
  units: number;
  p50Ms: number;
  p95Ms: number;
  buildMs: number;
  heapMB: number;
}

export interface SummaryInput {
  command: string;
  machine: Machine;
  preset: string;
  bundles: PageBundle[];
  browser: BrowserReport | null;
  search: SearchSummary | null;
}

const verdict = (ok: boolean) => (ok ? 'pass' : '**FAIL**');
/** `value` as a multiple of `unit`, two decimals. */
export const ratio = (value: number, unit: number) => round(value / unit, 2);
const kb = (bytes: number) => `${round(bytes / kB, 1)} kB`;
const mbytes = (bytes: number) => `${round(bytes / MB, 2)} MB`;

export function renderSummary(input: SummaryInput): string {
  const { machine, browser, bundles, search } = input;
  const popupBundle = bundles.find((b) => b.page === 'popup.html');
  const rows: string[][] = [];
  if (browser) {
    const { popup, sync, storage } = browser;
    const painted = popup.firstResultsPaintedMs;
    const floor = popup.floorMs.median;
    const firstRow = ratio(popup.firstRowMs.median, floor);
    const typed = ratio(popup.typedAtOpenMs.median, floor);
    rows.push([
      `Floor: a new tab to the first paint of a page that runs no script (median of ${popup.floorMs.count})`,
      `${floor} ms (min ${popup.floorMs.min}, max ${popup.floorMs.max})`,
      'the unit of the two rows below',
      '—',
    ]);
    rows.push([
      `Popup: a new tab to its first row painted (median of ${popup.firstRowMs.count})`,
      `${popup.firstRowMs.median} ms = **${firstRow}x floor** (p95 ${popup.firstRowMs.p95} ms)`,
      `≤ ${TARGETS.firstRowToFloor}x floor`,
      verdict(firstRow <= TARGETS.firstRowToFloor),
    ]);
    rows.push([
      `Popup: "1204" typed as soon as the field has focus, a new tab to its row (median of ${popup.typedAtOpenMs.count})`,
      `${popup.typedAtOpenMs.median} ms = **${typed}x floor** (p95 ${popup.typedAtOpenMs.p95} ms)`,
      `≤ ${TARGETS.typedAtOpenToFloor}x floor`,
      verdict(typed <= TARGETS.typedAtOpenToFloor),
    ]);
    rows.push([
      `Popup: "Loading…" shown meanwhile (median, max of ${popup.loadingShownMs.count})`,
      `${popup.loadingShownMs.median} ms, max ${popup.loadingShownMs.max} ms`,
      `≤ one frame (${round(TARGETS.loadingShownMs, 1)} ms)`,
      verdict(popup.loadingShownMs.max <= TARGETS.loadingShownMs),
    ]);
    rows.push([
      `Popup: open to first results painted (median of ${painted.count} opens)`,
      `${painted.median} ms (p95 ${painted.p95}, max ${painted.max}); in the document at ${popup.firstResultsMs.median} ms`,
      `≤ ${TARGETS.popupFirstResultsMs} ms`,
      verdict(painted.median <= TARGETS.popupFirstResultsMs),
    ]);
    rows.push([
      `Popup: keystroke to updated list (p95 of ${popup.keystrokes} keystrokes)`,
      `${popup.keystrokeToDomMs.p95} ms (median ${popup.keystrokeToDomMs.median}, max ${popup.keystrokeToDomMs.max}); to the next frame p95 ${popup.keystrokeToFrameMs.p95} ms`,
      `≤ ${TARGETS.keystrokeMs} ms`,
      verdict(popup.keystrokeToDomMs.p95 <= TARGETS.keystrokeMs),
    ]);
    rows.push([
      `Sync: ${sync.units.toLocaleString('en')} units, Save to catalog stored`,
      `${round(sync.saveToStoredMs / 1000, 2)} s (${sync.requests} requests, at most ${sync.peakInFlight} in flight; worker heap peak ${sync.workerPeakHeapMB ?? '?'} MB)`,
      `≤ ${TARGETS.syncMs / 1000} s`,
      verdict(sync.saveToStoredMs <= TARGETS.syncMs),
    ]);
    rows.push([
      'Storage: cached catalog in storage.local',
      `${mbytes(storage.totalBytes)} (plain JSON of the model: ${mbytes(storage.plainJsonBytes)})`,
      `compact; under ${mbytes(TARGETS.storageQuotaBytes)} would fit without unlimitedStorage`,
      storage.totalBytes <= TARGETS.storageQuotaBytes
        ? 'pass (fits the default quota)'
        : 'pass (needs unlimitedStorage, which is requested)',
    ]);
    rows.push([
      'Memory: popup JS heap, whole catalog loaded and searched',
      `${popup.heapRetainedMB} MB after GC (largest sample while loading and typing ${popup.heapPeakMB} MB, garbage included)`,
      `≤ ${TARGETS.popupHeapMB} MB`,
      verdict(popup.heapRetainedMB <= TARGETS.popupHeapMB),
    ]);
  }
  if (popupBundle) {
    rows.push([
      'Bundle: popup JS, gzip (all chunks popup.html loads)',
      `${kb(popupBundle.jsGzip)} (raw ${kb(popupBundle.jsRaw)})`,
      `≤ ${kb(TARGETS.popupJsGzipBytes)}`,
      verdict(popupBundle.jsGzip <= TARGETS.popupJsGzipBytes),
    ]);
  }
  if (search) {
    rows.push([
      `Search: per keystroke, ${search.units.toLocaleString('en')} units (scripts/bench-search.ts)`,
      `p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms; index build ${search.buildMs} ms`,
      'see bench/results/search.md',
      '—',
    ]);
  }

  const lines = [
    '# Performance at scale',
    '',
    `\`${input.command}\` (${input.preset} preset), ${machine.date}.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}; Node ${machine.node}; Chromium ${machine.chromium ?? 'not run'} (headless). Load average ${machine.loadAverage.join(' / ')} (a shared machine: timings include that).`,
    '',
    table(['target', 'measured', 'budget', 'result'], rows),
  ];

  if (browser) lines.push('', ...browserDetails(browser));
  lines.push('', '## Bundles', '', bundleTable(bundles));
  if (search) {
    lines.push(
      '',
      '## Search',
      '',
      `From \`${search.command}\` (${search.date}): the query engine alone in Node, every prefix of each test query. Full report: [search.md](search.md).`,
    );
  }
  lines.push('', ...method());
  return `${lines.join('\n')}\n`;
}

function browserDetails(b: BrowserReport): string[] {
  const { popup, sync, storage } = b;
  const ready = popup.searchReadyMs;
  return [
    '## Popup',
    '',
    b.refreshedDuringPopupRuns
      ? '- **A background refresh ran while the popup was measured** (the catalog passed five minutes of age): the popup figures shared the machine with a sync.'
      : '- No refresh ran while the popup was measured.',
    `- First results painted, per open (ms): ${popup.firstResultsPaintedEach.join(', ')}.`,
    `- The popup's script starts at ${popup.scriptStartMs.median} ms (median).`,
    ready
      ? `- Search ready (units decoded, index built) at ${ready.median} ms (median, p95 ${ready.p95}); a keystroke before then is answered when it is ready.`
      : '- Search ready: not marked.',
    `- Opened with a search in the address (\`popup.html?q=…\`): first unit matches painted at ${popup.withQueryFirstResultsMs.median} ms (median of ${popup.withQueryFirstResultsMs.count}).`,
    `- Floor, per open (ms): median ${popup.floorMs.median}, min ${popup.floorMs.min}, max ${popup.floorMs.max}; first row from the new tab: median ${popup.firstRowMs.median}, min ${popup.firstRowMs.min}, max ${popup.firstRowMs.max}.`,
    `- "1204" typed as soon as the search field has focus (${popup.typedAtOpenFromOpenMs.count} opens): its row is in the document ${popup.typedAtOpenAfterKeyMs.median} ms after the first keystroke (median), ${popup.typedAtOpenFromOpenMs.median} ms after navigation start, ${popup.typedAtOpenMs.median} ms after the new tab; "Loading…" showed for ${popup.loadingShownMs.median} ms (median, max ${popup.loadingShownMs.max}).`,
    `- Keystroke to updated list: median ${popup.keystrokeToDomMs.median} ms, p95 ${popup.keystrokeToDomMs.p95} ms, max ${popup.keystrokeToDomMs.max} ms; to the next animation frame median ${popup.keystrokeToFrameMs.median} ms, p95 ${popup.keystrokeToFrameMs.p95} ms.`,
    '',
    '## Sync and service worker',
    '',
    `- ${sync.units.toLocaleString('en')} units in ${sync.projects} projects; Save to stored ${sync.saveToStoredMs} ms, of which the sync itself (syncState.startedAt to catalog.syncedAt) ${sync.workerSyncMs} ms.`,
    `- ${sync.requests} HTTP requests from the service worker, at most ${sync.peakInFlight} in flight at once (DevTools Network events of the worker); the sandbox logged ${sync.sandboxRequests} API requests.`,
    sync.workerPeakHeapMB !== null
      ? `- Service worker JS heap: largest of ${sync.workerHeapSamples} samples during the sync ${sync.workerPeakHeapMB} MB; after the sync and a GC ${sync.workerRetainedHeapMB} MB.`
      : '- Service worker JS heap: not measurable in this run.',
    '',
    '## Storage',
    '',
    table(
      ['storage.local key', 'bytes'],
      Object.entries(storage.bytesByKey)
        .sort((x, y) => y[1] - x[1])
        .map(([key, bytes]) => [key, bytes.toLocaleString('en')]),
    ),
  ];
}

function bundleTable(bundles: PageBundle[]): string {
  const rows = bundles.map((b) => [
    b.page,
    b.js.map((f) => f.file).join(', '),
    kb(b.jsRaw),
    kb(b.jsGzip),
    b.lazyJs.length > 0 ? b.lazyJs.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ') : '—',
  ]);
  return table(['page', 'JS loaded at start', 'raw', 'gzip', 'loaded later (gzip)'], rows);
}

function method(): string[] {
  return [
    '## Method',
    '',
    '- The extension is built for Chrome into a temporary folder and loaded into headless Chromium with the e2e fixture (`e2e/fixtures`, `launchExtension`). The sandbox (`sandbox/`) serves the preset over HTTP on 127.0.0.1.',
    '- Sync: the options page is filled ("API token", "API base URL") and Save clicked; the time runs until storage holds `syncState.running: false` with a success (polled every 20 ms). Requests in flight are counted from the DevTools Network events of the worker (sent, then finished or failed). The service worker heap is read over DevTools (`Runtime.getHeapUsage` on the worker target) every 100 ms.',
    '- Popup: `popup.html` is opened in a new tab each time; the figures are the performance marks the popup sets, from navigation start: `first-results` when the first list answering the search field (the project list for an empty field) is in the document, `first-results-painted` after the animation frame that painted it (the figure judged), `search-ready` when the search index exists.',
    "- Floor and ratios (`bench/extension/open-timing.ts`): every open is timed from just before the new tab is asked for (Node's clock) to an entry in the page (`performance.timeOrigin` plus its time, the same epoch clock). The floor opens the extension's icon (`icon/128.png`: no script at all) to its `first-contentful-paint`, taking turns with the popup opens so both meet the same machine load; first row and typed-at-open are judged as multiples of its median.",
    '- Typing: each character is typed with the keyboard; latency is from the keydown event to the `results-shown` mark the result list sets when it is in the document, and to the animation frame after it.',
    '- Heap: extension pages share one renderer and JS heap, so it is collected (`HeapProfiler.collectGarbage`) before the measured popup opens; then `Runtime.getHeapUsage` is sampled every 25 ms from its open to the end of typing (largest sample), and read once more after a final GC (the judged figure: what the popup keeps with the whole catalog decoded and indexed).',
    '- Storage: `chrome.storage.local.getBytesInUse` per key; "plain JSON" is the same catalog as `JSON.stringify` of the model, the stored form before the compact format.',
    '- Bundles: every JS file popup.html, options.html and the service worker load before running (entry, modulepreload links and their static imports), each gzipped at level 6.',
  ];
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
