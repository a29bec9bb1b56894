// npm run bench [-- --preset 5k|60k|150k --opens N --skip-search --search-full --skip-browser]
// npm run bench -- --growth   the browser run at 5k, 60k and 150k units one after another, and
//                              the search in Node at each size: bench/results/growth.md (.json)
// The performance targets at scale, each measured for real and judged against its budget:
//   search   scripts/bench-search.ts (its own results: bench/results/search.*), summarised here
//   bundle   popup, options and background JS of a fresh Chrome build, raw and gzip
//   sync     60,000 units from the local sandbox through the options page, in Chromium
//   storage  bytes the cached catalog takes in storage.local
//   popup    navigation to first results (median of N opens), keystroke to updated list
//   memory   popup JS heap with the whole catalog loaded and searched; service worker heap
// Writes bench/results/bundle.json, bench/results/extension.json and bench/results/summary.md.
// Not part of `npm test`: timings depend on the machine; only the bundle budget is a test.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { buildChrome } from '../bench/extension/build';
import { measureBundles } from '../bench/extension/bundle';
import { runBrowserBench, type BrowserReport } from '../bench/extension/chromium';
import { describeMachine } from '../bench/extension/machine';
import { POPUP_JS_GZIP_BUDGET, TARGETS } from '../bench/extension/targets';
import { renderGrowth, type GrowthRun } from '../bench/extension/growth';
import { renderSummary, type SearchSummary } from '../bench/extension/summary';
import { SANDBOX_SIZES } from '../sandbox/presets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results');
const PRESETS = {
  '5k': SANDBOX_SIZES['5k'],
  '60k': SANDBOX_SIZES['60k'],
  '150k': SANDBOX_SIZES['150k'],
} as const;
const GROWTH_PRESETS = ['5k', '60k', '150k'] as const;
/** Typed one character at a time in the popup: a unit number, a project, filters, a typo. */
const TYPED_QUERIES = ['1204 parkview', 'rosemont', '2bd under 900k available', 'harbourvew'];

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: '60k' },
    opens: { type: 'string', default: '10' },
    'skip-search': { type: 'boolean', default: false },
    'search-full': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    growth: { type: 'boolean', default: false },
  },
});
const preset = PRESETS[values.preset as keyof typeof PRESETS];
if (!preset) throw new Error(`--preset must be one of ${Object.keys(PRESETS).join(', ')}`);
const command = ['npm run bench', ...process.argv.slice(2)]
  .join(' ')
  .replace(/^npm run bench (.)/, 'npm run bench -- $1');
const log = (line: string) => process.stderr.write(`${line}\n`);

mkdirSync(RESULTS, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'planpoint-bench-'));
try {
  log('Building the Chrome extension into a private folder…');
  const extensionDir = await buildChrome(work);
  const bundles = measureBundles(extensionDir);
  if (values.growth) {
    await runGrowth(work);
    process.exit(0);
  }
  writeJson('bundle.json', { command, budgets: { popupJsGzip: POPUP_JS_GZIP_BUDGET }, bundles });

  let browser: BrowserReport | null = null;
  if (!values['skip-browser']) {
    browser = await runBrowserBench({
      buildDir: work,
      ...preset,
      opens: Number(values.opens),
      queries: TYPED_QUERIES,
      log,
    });
    writeJson('extension.json', {
      command,
      machine: describeMachine(browser.chromiumVersion),
      preset: values.preset,
      targets: TARGETS,
      typedQueries: TYPED_QUERIES,
      ...browser,
    });
  }

  const search = values['skip-search']
    ? readSearchSummary()
    : await runSearchBench(values['search-full']);
  const summary = renderSummary({
    command,
    machine: describeMachine(browser?.chromiumVersion ?? null),
    preset: values.preset as string,
    bundles,
    browser,
    search,
  });
  writeFileSync(join(RESULTS, 'summary.md'), summary);
  process.stdout.write(summary);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function runGrowth(buildDir: string): Promise<void> {
  const runs: GrowthRun[] = [];
  let chromium: string | null = null;
  for (const name of GROWTH_PRESETS) {
    log(`Growth: ${name}…`);
    const browser = await runBrowserBench({
      buildDir,
      ...PRESETS[name],
      opens: Number(values.opens),
      queries: TYPED_QUERIES,
      log,
    });
    chromium = browser.chromiumVersion;
    const search = await runSearchBench(false, PRESETS[name].projects);
    runs.push({ preset: name, browser, search });
  }
  const machine = describeMachine(chromium);
  writeJson('growth.json', { command, machine, targets: TARGETS, runs });
  const growth = renderGrowth(command, machine, runs);
  writeFileSync(join(RESULTS, 'growth.md'), growth);
  process.stdout.write(growth);
}

function writeJson(name: string, value: unknown): void {
  writeFileSync(join(RESULTS, name), `${JSON.stringify(value, null, 2)}\n`);
}

/** The search benchmark is its own script; its figures are read back from search.json. */
async function runSearchBench(full: boolean, projects?: number): Promise<SearchSummary | null> {
  // Another size than the main report's: our engine alone, into search-<units>.json.
  const size = projects === undefined ? [] : ['--projects', String(projects), '--ours-only'];
  const args = ['scripts/bench-search.ts', ...(full ? [] : ['--quick']), ...size];
  log(`Running ${args.join(' ')}…`);
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  await promisify(execFile)(tsx, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return readSearchSummary(
    projects === undefined ? 'search.json' : `search-${projects}-projects.json`,
  );
}

function readSearchSummary(name = 'search.json'): SearchSummary | null {
  const file = join(RESULTS, name);
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    command?: string;
    machine?: { date?: string };
    engines?: {
      engine: string;
      p50Ms: number;
      p95Ms: number;
      buildMs: number;
      heapMB: number;
      top1: number;
    }[];
    dataset?: { units?: number };
  };
  const ours = json.engines?.find((e) => e.engine === 'ours');
  if (!ours) return null;
  return {
    command: json.command ?? 'npx tsx scripts/bench-search.ts',
    date: json.machine?.date ?? '',
    units: json.dataset?.units ?? 0,
    p50Ms: ours.p50Ms,
    p95Ms: ours.p95Ms,
    buildMs: ours.buildMs,
    heapMB: ours.heapMB,
  };
}
