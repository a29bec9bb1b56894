// The fault matrix: every way Planpoint (or the network in front of it) can fail, run through the
// background's real handlers (fakeBrowser storage, real HTTP to the sandbox and a fault proxy in
// front of it). Each case starts from a saved token and a synced catalog and must end with a
// specific sentence where the agent looks, the catalog still there, the token still saved, no
// unhandled error, and the token nowhere it should not be.
//
// The cases live in ./fault-matrix/cases.tsx. This test only asserts: each case's observation
// against its expectation, then that docs/fault-matrix.md is what `npm run report` would write
// from these results (the report, not the test, writes it).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATRIX_FILE, matrixMarkdown } from './fault-matrix/render';
import {
  matrixCases,
  runCase,
  startMatrix,
  stopMatrix,
  type Matrix,
  type Row,
} from './fault-matrix/run';

let matrix: Matrix;
const rows: Row[] = [];
const groups = matrixCases();
const total = groups.reduce((n, g) => n + g.cases.length, 0);

beforeAll(async () => {
  matrix = await startMatrix();
});
afterAll(() => stopMatrix(matrix));

for (const { group, cases } of groups) {
  describe(group, () => {
    for (const c of cases) {
      it(`${c.call} · ${c.name}`, async () => {
        const row = await runCase(matrix, group, c);
        rows.push(row);
        expect({ ...row.observed, problems: row.problems }).toEqual({
          ...row.expected,
          problems: [],
        });
      });
    }
  });
}

describe(MATRIX_FILE, () => {
  it('is what `npm run report` writes for these results', async () => {
    expect(rows.length, `all ${total} cases ran before this check (run the whole file)`).toBe(
      total,
    );
    const tracked = await readFile(MATRIX_FILE, 'utf8');
    expect(
      tracked,
      `${MATRIX_FILE} is out of date: run \`npm run report\` and commit the result` +
        ' (if a case above failed, fix that first)',
    ).toBe(await matrixMarkdown(rows));
  });
});
