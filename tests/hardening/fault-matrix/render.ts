// docs/fault-matrix.md from the matrix's results: written by `npm run report`, and compared with
// the tracked file by the test, so a stale page fails the test rather than being rewritten by it.
import { format, resolveConfig } from 'prettier';
import type { Outcome } from './cases';
import type { Row } from './run';

export const MATRIX_FILE = 'docs/fault-matrix.md';

/** The page as the repository keeps it: Markdown, formatted as its Prettier check expects. */
export async function matrixMarkdown(rows: Row[]): Promise<string> {
  const options = (await resolveConfig(MATRIX_FILE)) ?? {};
  return format(renderMatrix(rows), { ...options, filepath: MATRIX_FILE });
}

function renderMatrix(all: Row[]): string {
  const port = /http:\/\/127\.0\.0\.1:\d+/g;
  const cell = (s: string) =>
    s.replace(port, 'http://127.0.0.1:‹port›').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const passed = all.filter((r) => r.pass).length;
  const lines = [
    '# Fault matrix',
    '',
    'Written by `npm run report` from the cases in `tests/hardening/fault-matrix/cases.tsx`, which',
    '`tests/hardening/fault-matrix.test.tsx` checks one by one (and that this page is up to date). Each case',
    'starts from a saved token and a catalog synced two minutes earlier, makes one call through the',
    "background's real handlers against the sandbox over HTTP (or a proxy in front of it for faults",
    'the sandbox has no switch for), and records what the agent is shown: the popup status block',
    "(lines separated by `|`, a line's title in brackets, clock times as `<time>`), the unit detail",
    'alert for a status change, the settings notice for a saved token or a sign-in. "Catalog kept"',
    'means unchanged to the byte.',
    'Every case also checks that nothing was logged with `console.error`, no promise rejection went',
    'unhandled, and no token reached the console, an answer to a page, another storage item,',
    '`storage.sync` or `storage.session`.',
    '',
    `**${passed} of ${all.length} cases pass.**`,
    '',
  ];
  const groups = [...new Set(all.map((r) => r.group))];
  for (const group of groups) {
    const groupRows = all.filter((r) => r.group === group);
    if (groupRows.length === 0) continue;
    lines.push(
      `## ${group}`,
      '',
      '| Call | Case | Expected: the agent is shown | Observed | Catalog | Token | |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of groupRows) {
      const vs = (key: keyof Outcome) =>
        r.observed[key] === r.expected[key]
          ? r.observed[key]
          : `expected ${r.expected[key]}, observed **${r.observed[key]}**`;
      const observed = [r.observed.ui, ...r.problems.map((p) => `**${p}**`)].join('; ');
      const cells = [r.call, r.name, r.expected.ui, observed, vs('catalog'), vs('token')];
      lines.push(`| ${cells.map(cell).join(' | ')} | ${r.pass ? '✅' : '❌'} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
