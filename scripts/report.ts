// npm run report: writes docs/fault-matrix.md from a fresh run of the fault matrix's cases
// (tests/hardening/fault-matrix/). The cases drive the background's real handlers, which need
// what the tests have (WXT's fake browser, the locale messages of tests/setup/i18n.ts, the `@/`
// paths), so they run under Vitest with the project's config rather than under plain tsx.
// The test (tests/hardening/fault-matrix.test.tsx) only reads the page: it fails when the page
// differs from what this writes. Exit code 0 when the page was written, even if a case failed
// (the page then shows which, and the test fails).
import { startVitest } from 'vitest/node';

const REPORTS = ['scripts/report/fault-matrix.report.tsx'];

const vitest = await startVitest('test', REPORTS, { run: true, watch: false, include: REPORTS });
const failed = vitest.state.getFiles().some((file) => file.result?.state !== 'pass');
await vitest.close();
process.exitCode = failed ? 1 : 0;
