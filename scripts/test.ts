// `npm test`: every check CI runs, in order, with one summary at the end.
//   typecheck → format → build → unit tests (vitest) → web-ext lint → e2e (Playwright, both browsers)
// The build comes before the unit tests, since tests/perf/bundle-size.test.ts measures it. A
// failing phase does not stop the next ones, except that lint and e2e need a build. Test counts
// come from the runners' JSON reports; typecheck, format, build and lint count as one check each.
// The last line is `N passed, N failed`; the exit code is non-zero on any failure or if no test ran.
//   --skip-e2e (or SKIP_E2E=1): leave out the real-browser tests, for a quick local run.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingBrowsers } from './find-browsers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const REPORTS = join(ROOT, 'test-results');
const VITEST_JSON = join(REPORTS, 'vitest.json');
const E2E_JSON = join(REPORTS, 'e2e.json');
const MINUTE = 60_000;

const skipE2e = process.argv.includes('--skip-e2e') || isTruthy(process.env.SKIP_E2E);

interface PhaseResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Whether it counted tests (vitest, Playwright) rather than being one check. */
  countsTests: boolean;
  note: string;
  seconds: number;
}

interface RunResult {
  code: number;
  output: string;
  timedOut: boolean;
}

const results: PhaseResult[] = [];
let activeChild: number | undefined;

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

function banner(text: string): void {
  console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(3, 76 - text.length))}`);
}

/** Run a command in the repository, echoing its output (unless `quiet`) while keeping a copy. */
function run(
  command: string,
  args: string[],
  options: { timeoutMs: number; quiet?: boolean; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout can end the whole tree (npm → wxt → esbuild…).
      detached: true,
    });
    activeChild = child.pid;
    const chunks: Buffer[] = [];
    const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      chunks.push(chunk);
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 10_000).unref();
    }, options.timeoutMs);
    const finish = (code: number) => {
      clearTimeout(timer);
      activeChild = undefined;
      resolveRun({ code, output: Buffer.concat(chunks).toString('utf8'), timedOut });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${command}: ${error.message}\n`));
      console.error(`${command}: ${error.message}`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killGroup(activeChild, 'SIGTERM');
    process.exit(130);
  });
}

async function phase(name: string, body: () => Promise<Omit<PhaseResult, 'name' | 'seconds'>>) {
  banner(name);
  const started = Date.now();
  const result = { name, ...(await body()), seconds: (Date.now() - started) / 1000 };
  results.push(result);
  console.log(`\n${name}: ${describe(result)} (${result.seconds.toFixed(1)} s)`);
  return result;
}

function describe(r: PhaseResult): string {
  const counts = r.countsTests
    ? `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`
    : r.failed
      ? 'FAILED'
      : r.passed
        ? 'ok'
        : 'not run';
  return r.note ? `${counts} — ${r.note}` : counts;
}

/** A check that passes when the command exits 0. */
async function check(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<Omit<PhaseResult, 'name' | 'seconds'>> {
  const { code, timedOut } = await run(command, args, { timeoutMs });
  const ok = code === 0 && !timedOut;
  return {
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    countsTests: false,
    note: timedOut ? `timed out after ${timeoutMs / MINUTE} min` : ok ? '' : `exit code ${code}`,
  };
}

function notRun(reason: string): Omit<PhaseResult, 'name' | 'seconds'> {
  return { passed: 0, failed: 0, skipped: 0, countsTests: false, note: reason };
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Counts from a report, plus one failure if the runner failed without a failing test to show. */
function testCounts(
  runResult: RunResult,
  counts: { passed: number; failed: number; skipped: number } | undefined,
  timeoutMs: number,
): Omit<PhaseResult, 'name' | 'seconds'> {
  if (!counts) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      countsTests: true,
      note: runResult.timedOut
        ? `timed out after ${timeoutMs / MINUTE} min, no report`
        : `no JSON report (exit code ${runResult.code})`,
    };
  }
  const unexplained = (runResult.code !== 0 || runResult.timedOut) && counts.failed === 0;
  return {
    ...counts,
    failed: counts.failed + (unexplained ? 1 : 0),
    countsTests: true,
    note: runResult.timedOut
      ? `timed out after ${timeoutMs / MINUTE} min`
      : unexplained
        ? `runner exited ${runResult.code} with no failing test (an error outside tests, counted as one failure)`
        : '',
  };
}

async function main(): Promise<void> {
  await mkdir(REPORTS, { recursive: true });

  await phase('typecheck (tsc --noEmit)', () => check(join(BIN, 'tsc'), ['--noEmit'], 10 * MINUTE));

  await phase('format (prettier --check .)', () =>
    check(join(BIN, 'prettier'), ['--check', '.'], 5 * MINUTE),
  );

  const build = await phase('build (npm run build)', () =>
    check('npm', ['run', 'build'], 10 * MINUTE),
  );
  const built = build.failed === 0;

  await phase('unit tests (vitest)', async () => {
    const timeoutMs = 20 * MINUTE;
    await rm(VITEST_JSON, { force: true });
    const result = await run(
      join(BIN, 'vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
      { timeoutMs },
    );
    const report = (await readJson(VITEST_JSON)) as Record<string, unknown> | undefined;
    const counts = report && {
      passed: num(report.numPassedTests),
      failed: num(report.numFailedTests),
      skipped: num(report.numPendingTests) + num(report.numTodoTests),
    };
    return testCounts(result, counts, timeoutMs);
  });

  await phase('lint (web-ext lint -s .output/firefox-mv3)', async () => {
    if (!built) return notRun('not run: the build failed');
    const timeoutMs = 5 * MINUTE;
    const result = await run(
      join(BIN, 'web-ext'),
      ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'],
      { timeoutMs, quiet: true, env: { NO_UPDATE_NOTIFIER: '1' } },
    );
    const report = parseLintReport(result.output);
    if (!report) {
      process.stdout.write(result.output);
      return {
        passed: 0,
        failed: 1,
        skipped: 0,
        countsTests: false,
        note: `no lint report (exit code ${result.code})`,
      };
    }
    for (const m of [...report.errors, ...report.warnings]) {
      console.log(`${m._type.toUpperCase()} ${m.code} ${m.file ?? ''}: ${m.message}`);
    }
    const ok = report.errors.length === 0 && result.code === 0;
    return {
      passed: ok ? 1 : 0,
      failed: ok ? 0 : 1,
      skipped: 0,
      countsTests: false,
      note: `${report.errors.length} errors, ${report.warnings.length} warnings`,
    };
  });

  await phase('e2e (playwright test: chromium, firefox)', async () => {
    if (skipE2e) return notRun('skipped (--skip-e2e / SKIP_E2E)');
    if (!built) return notRun('not run: the build failed');
    // A missing browser would fail every test one by one: say once what to install instead.
    const missing = missingBrowsers();
    if (missing.length > 0) {
      for (const line of missing) console.error(line);
      return {
        passed: 0,
        failed: 1,
        skipped: 0,
        countsTests: false,
        note: 'not run: ' + missing.join(' '),
      };
    }
    const timeoutMs = 40 * MINUTE;
    await rm(E2E_JSON, { force: true });
    const result = await run(join(BIN, 'playwright'), ['test'], {
      timeoutMs,
      env: { PLAYWRIGHT_JSON_OUTPUT: E2E_JSON },
    });
    const report = (await readJson(E2E_JSON)) as
      { stats?: Record<string, unknown>; errors?: { message?: string }[] } | undefined;
    const stats = report?.stats;
    const counts = stats && {
      // retries are 0, so "flaky" cannot happen; count it as passed were it ever enabled.
      passed: num(stats.expected) + num(stats.flaky),
      failed: num(stats.unexpected),
      skipped: num(stats.skipped),
    };
    for (const error of report?.errors ?? []) console.error(error.message ?? error);
    return testCounts(result, counts, timeoutMs);
  });

  banner('summary');
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    console.log(`${r.name.padEnd(width)}  ${describe(r)}  (${r.seconds.toFixed(1)} s)`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const testsRun = results
    .filter((r) => r.countsTests)
    .reduce((sum, r) => sum + r.passed + r.failed, 0);
  if (testsRun === 0) console.log('No test ran: that counts as a failure.');
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || testsRun === 0 ? 1 : 0;
}

interface LintMessage {
  _type: string;
  code: string;
  message: string;
  file?: string;
}

/** web-ext prints its JSON report on stdout, possibly after other lines. */
function parseLintReport(
  output: string,
): { errors: LintMessage[]; warnings: LintMessage[] } | undefined {
  const start = output.indexOf('{');
  if (start < 0) return undefined;
  try {
    const report = JSON.parse(output.slice(start)) as {
      errors?: LintMessage[];
      warnings?: LintMessage[];
    };
    if (!Array.isArray(report.errors)) return undefined;
    return { errors: report.errors, warnings: report.warnings ?? [] };
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
