// Run by `npm run report` (scripts/report.ts) under Vitest, for the fake browser and locale
// messages the cases need: runs every case of the fault matrix and writes docs/fault-matrix.md.
// Not part of `vitest run` (its include is tests/**); nothing is asserted here, the test is
// tests/hardening/fault-matrix.test.tsx.
import { writeFile } from 'node:fs/promises';
import { test } from 'vitest';
import { MATRIX_FILE, matrixMarkdown } from '../../tests/hardening/fault-matrix/render';
import {
  matrixCases,
  runCase,
  startMatrix,
  stopMatrix,
  type Row,
} from '../../tests/hardening/fault-matrix/run';

test(`write ${MATRIX_FILE}`, { timeout: 10 * 60_000 }, async () => {
  const matrix = await startMatrix();
  const rows: Row[] = [];
  try {
    for (const { group, cases } of matrixCases()) {
      for (const c of cases) rows.push(await runCase(matrix, group, c));
    }
  } finally {
    await stopMatrix(matrix);
  }
  await writeFile(MATRIX_FILE, await matrixMarkdown(rows));
  const passed = rows.filter((r) => r.pass).length;
  console.log(`${MATRIX_FILE}: ${passed} of ${rows.length} cases pass`);
});
