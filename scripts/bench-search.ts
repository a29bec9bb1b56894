// Search benchmark: our index against fuse.js, MiniSearch and a linear scan, on the sandbox's
// demo catalog (300 projects x 200 units) and the queries in bench/search/queries.ts, each typed
// one keystroke at a time. Writes bench/results/search.json and bench/results/search.md.
//
//   npx tsx scripts/bench-search.ts            full run (fuse.js takes a few minutes)
//   npx tsx scripts/bench-search.ts --quick    fewer rounds, fuse.js on every 4th keystroke
//   npx tsx scripts/bench-search.ts --quick --projects 750 --ours-only
//                                              ours alone on 750 x 200 units, written to
//                                              search-750-projects.json (npm run bench -- --growth)

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Unit } from '../lib/catalog/model';
import { demoCatalog } from '../bench/search/catalog';
import { ENGINES, type Engine } from '../bench/search/engines';
import {
  collectGarbage,
  elapsedMs,
  keystrokes,
  percentile,
  retainedBytes,
} from '../bench/search/measure';
import { benchQueries, judge } from '../bench/search/queries';

const quick = process.argv.includes('--quick');
const oursOnly = process.argv.includes('--ours-only');
const projectsArg = process.argv.indexOf('--projects');
const PROJECTS = projectsArg > 0 ? Number(process.argv[projectsArg + 1]) : 300;
const UNITS_PER_PROJECT = 200;
/** Timed rounds per engine: every keystroke once per round; its time is the median of rounds. */
const ROUNDS: Record<string, number> = quick
  ? { ours: 9, 'fuse.js': 1, minisearch: 3, 'linear scan': 3 }
  : { ours: 31, 'fuse.js': 1, minisearch: 7, 'linear scan': 7 };
const RESULTS = path.join(import.meta.dirname, '..', 'bench', 'results');

const log = (line: string) => process.stderr.write(`${line}\n`);
const round2 = (n: number) => Math.round(n * 100) / 100;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

const loadAtStart = os.loadavg();
log(`Generating ${PROJECTS} x ${UNITS_PER_PROJECT} units…`);
let catalog = demoCatalog(0, 0);
const catalogMs = elapsedMs(() => (catalog = demoCatalog(PROJECTS, UNITS_PER_PROJECT)));
const unitById = new Map<string, Unit>(catalog.units.map((unit) => [unit.id, unit]));
const queries = benchQueries(catalog, PROJECTS !== 300);
const typed = queries.flatMap((q) => keystrokes(q.query));
log(`${catalog.units.length} units, ${queries.length} queries, ${typed.length} keystrokes.`);

let sink = 0;

interface EngineReport {
  engine: string;
  buildMs: number;
  rebuildMs: number;
  heapMB: number;
  keystrokesTimed: number;
  rounds: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  rawP95Ms: number;
  top1: number;
  top5: number;
  perQuery: { query: string; top1: boolean; top5: boolean; total: number; first: string[] }[];
}

function describe(id: string | undefined): string {
  const unit = id === undefined ? undefined : unitById.get(id);
  if (unit === undefined) return '';
  const project = catalog.projects.find((p) => p.id === unit.projectId);
  return `${project?.name ?? '?'} #${unit.number} (${unit.status})`;
}

function run(name: string, build: () => Engine): EngineReport {
  log(`\n${name}: building…`);
  const before = retainedBytes();
  let engine: Engine | null = null;
  const buildMs = elapsedMs(() => (engine = build()));
  const heapMB = (retainedBytes() - before) / 1024 / 1024;
  // The first build pays for compiling the engine's code, as in a popup opened afresh; later
  // builds show the steady cost.
  const rebuilds = [0, 1, 2].map(() => elapsedMs(() => build()));
  const search = (engine as unknown as Engine).search;

  const slow = name === 'fuse.js';
  const sample = slow && quick ? typed.filter((_, i) => i % 4 === 0) : typed;
  const warmup = slow ? sample.slice(0, 10) : [...sample, ...sample];
  for (const query of warmup) sink += search(query).total;

  const rounds = ROUNDS[name] ?? 3;
  const times: number[][] = sample.map(() => []);
  for (let round = 0; round < rounds; round++) {
    sample.forEach((query, i) => {
      (times[i] as number[]).push(elapsedMs(() => (sink += search(query).total)));
    });
    if (slow) log(`  round ${round + 1}/${rounds} done`);
  }
  const perKeystroke = times.map((t) => percentile(t, 50));
  const raw = times.flat();

  const perQuery = queries.map((q) => {
    const result = search(q.query);
    const verdict = judge(q.expect, result.ids, unitById);
    return {
      query: q.query,
      ...verdict,
      total: result.total,
      first: result.ids.slice(0, 3).map(describe),
    };
  });
  const report: EngineReport = {
    engine: name,
    buildMs: round2(buildMs),
    rebuildMs: round2(percentile(rebuilds, 50)),
    heapMB: round2(heapMB),
    keystrokesTimed: sample.length,
    rounds,
    p50Ms: round4(percentile(perKeystroke, 50)),
    p95Ms: round4(percentile(perKeystroke, 95)),
    p99Ms: round4(percentile(perKeystroke, 99)),
    maxMs: round4(Math.max(...perKeystroke)),
    rawP95Ms: round4(percentile(raw, 95)),
    top1: perQuery.filter((q) => q.top1).length,
    top5: perQuery.filter((q) => q.top5).length,
    perQuery,
  };
  log(
    `  build ${report.buildMs} ms (again ${report.rebuildMs} ms), heap ${report.heapMB} MB, p50 ${report.p50Ms} ms, p95 ${report.p95Ms} ms, top-1 ${report.top1}/${queries.length}`,
  );
  engine = null;
  collectGarbage();
  return report;
}

const reports = (oursOnly ? ENGINES.slice(0, 1) : ENGINES).map((factory) =>
  run(factory.name, () => factory.build(catalog)),
);
const ours = reports[0] as EngineReport;
const loadAtEnd = os.loadavg();

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverageAtStart: loadAtStart.map(round2),
  loadAverageAtEnd: loadAtEnd.map(round2),
  date: new Date().toISOString(),
};
const method = [
  `Catalog: generateDataset({ seed: 1, projects: ${PROJECTS}, unitsPerProject: ${UNITS_PER_PROJECT} }) from sandbox/data.ts, normalised by lib/planpoint/normalize.ts (${catalog.units.length} units, ${catalog.projects.length} projects).`,
  `Each query is typed one keystroke at a time: every prefix is one search (${typed.length} keystrokes for ${queries.length} queries).`,
  "After warm-up, each engine searches every keystroke once per round; a keystroke's time is its median over the rounds; p50/p95/p99 are taken over keystrokes. rawP95 is over every single call.",
  'Quality is judged on the full query: a query naming one unit passes top-1 when that unit is first and top-5 when it is in the first five; a query describing a set passes top-1 when the first result is in the set and top-5 when the first five all are.',
  "Build: the first build in the process (it also pays for compiling the engine's code, as a freshly opened popup does), then the median of three more.",
  "Heap: heap used plus ArrayBuffer memory retained after building, after a full GC (includes each engine's own per-unit documents).",
];

mkdirSync(RESULTS, { recursive: true });
const json = {
  command: `npx tsx ${process.argv.slice(1).join(' ')}`.replace(/\S*(scripts\/bench-search)/, '$1'),
  machine,
  dataset: {
    seed: 1,
    projects: catalog.projects.length,
    units: catalog.units.length,
    generateAndNormalizeMs: round2(catalogMs),
  },
  method,
  engines: reports.map((r) => ({
    ...r,
    p50VsOurs: round2(r.p50Ms / ours.p50Ms),
    p95VsOurs: round2(r.p95Ms / ours.p95Ms),
  })),
  queries: queries.map((q) => ({ query: q.query, group: q.group, expected: q.expect.label })),
};
// Another size (the growth comparison) is written beside the main report, not over it.
const name = PROJECTS === 300 && !oursOnly ? 'search' : `search-${PROJECTS}-projects`;
writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
if (name !== 'search') process.exit(0);

const rows = reports.map(
  (r) =>
    `| ${r.engine} | ${r.p50Ms.toFixed(3)} | ${r.p95Ms.toFixed(3)} | ${(r.p95Ms / ours.p95Ms).toFixed(1)}x | ${r.top1}/${queries.length} | ${r.top5}/${queries.length} | ${r.buildMs.toFixed(0)} | ${r.rebuildMs.toFixed(0)} | ${r.heapMB.toFixed(1)} |`,
);
const groups = [...new Set(queries.map((q) => q.group))];
const groupRows = groups.map((group) => {
  const members = queries.map((q, i) => ({ q, i })).filter(({ q }) => q.group === group);
  const cells = reports.map((r) => {
    const top1 = members.filter(({ i }) => r.perQuery[i]?.top1).length;
    return `${top1}/${members.length}`;
  });
  return `| ${group} | ${cells.join(' | ')} |`;
});
const misses = reports.flatMap((r) =>
  r.engine === 'ours'
    ? r.perQuery
        .filter((q) => !q.top1)
        .map((q) => `- ours misses top-1 on "${q.query}": first ${q.first[0] ?? 'nothing'}`)
    : [],
);
const md = `# Search benchmark

\`${json.command}\` on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.platform}, ${machine.date}.
Load average at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')} (the machine is shared; timings include that).

${json.dataset.units} units in ${json.dataset.projects} projects, ${queries.length} queries, ${typed.length} keystrokes.

| engine | p50 ms | p95 ms | p95 vs ours | top-1 | top-5 | index build ms (first) | (again) | heap MB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Top-1 by kind of query:

| kind | ${reports.map((r) => r.engine).join(' | ')} |
| --- | ${reports.map(() => '---:').join(' | ')} |
${groupRows.join('\n')}

${misses.length > 0 ? misses.join('\n') : 'Ours passes top-1 on every query.'}

## Method
${method.map((line) => `- ${line}`).join('\n')}
- fuse.js ${reports[1]?.keystrokesTimed === typed.length ? 'times every keystroke once' : `times ${reports[1]?.keystrokesTimed} of the keystrokes`} (each search takes hundreds of milliseconds).
`;
writeFileSync(path.join(RESULTS, 'search.md'), md);
log(`\n${md}`);
if (sink === -1) log('unreachable');
