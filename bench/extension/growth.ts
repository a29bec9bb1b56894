// bench/results/growth.md: how each cost grows with the catalog, one column per preset, each
// figure with its multiple of the smallest preset's, and whether it still meets its budget.
import type { BrowserReport } from './chromium';
import type { Machine } from './machine';
import { MB, round } from './stats';
import { ratio, type SearchSummary } from './summary';
import { TARGETS } from './targets';

export interface GrowthRun {
  preset: string;
  browser: BrowserReport;
  search: SearchSummary | null;
}

interface Measure {
  name: string;
  unit: string;
  of: (run: GrowthRun) => number;
  /** True when the figure meets its budget; absent for figures without one. */
  meets?: (value: number) => boolean;
  budget?: string;
}

const MEASURES: Measure[] = [
  {
    name: 'Floor (a page that runs no script)',
    unit: 'ms',
    of: (r) => r.browser.popup.floorMs.median,
  },
  {
    name: 'First row',
    unit: '× floor',
    of: (r) => ratio(r.browser.popup.firstRowMs.median, r.browser.popup.floorMs.median),
    meets: (v) => v <= TARGETS.firstRowToFloor,
    budget: `≤ ${TARGETS.firstRowToFloor}x`,
  },
  { name: 'First row', unit: 'ms', of: (r) => r.browser.popup.firstRowMs.median },
  {
    name: 'Typed at open, to its row',
    unit: '× floor',
    of: (r) => ratio(r.browser.popup.typedAtOpenMs.median, r.browser.popup.floorMs.median),
    meets: (v) => v <= TARGETS.typedAtOpenToFloor,
    budget: `≤ ${TARGETS.typedAtOpenToFloor}x`,
  },
  {
    name: 'Typed at open, to its row',
    unit: 'ms',
    of: (r) => r.browser.popup.typedAtOpenMs.median,
  },
  {
    name: '"Loading…" shown, longest',
    unit: 'ms',
    of: (r) => r.browser.popup.loadingShownMs.max,
    meets: (v) => v <= TARGETS.loadingShownMs,
    budget: '≤ 1 frame',
  },
  {
    name: 'Keystroke to list, p95',
    unit: 'ms',
    of: (r) => r.browser.popup.keystrokeToDomMs.p95,
    meets: (v) => v <= TARGETS.keystrokeMs,
    budget: `≤ ${TARGETS.keystrokeMs} ms`,
  },
  {
    name: 'Search per keystroke in Node, p95',
    unit: 'ms',
    of: (r) => r.search?.p95Ms ?? NaN,
    meets: (v) => v <= 0.5,
    budget: '≤ 0.5 ms',
  },
  {
    name: 'Sync, Save to stored',
    unit: 's',
    of: (r) => round(r.browser.sync.saveToStoredMs / 1000, 2),
    meets: (v) => v * 1000 <= TARGETS.syncMs,
    budget: `≤ ${TARGETS.syncMs / 1000} s`,
  },
  { name: 'Sync requests', unit: '', of: (r) => r.browser.sync.requests },
  {
    name: 'Storage, storage.local',
    unit: 'MB',
    of: (r) => round(r.browser.storage.totalBytes / MB, 2),
  },
  {
    name: 'Popup heap after GC',
    unit: 'MB',
    of: (r) => r.browser.popup.heapRetainedMB,
    meets: (v) => v <= TARGETS.popupHeapMB,
    budget: `≤ ${TARGETS.popupHeapMB} MB`,
  },
];

export function renderGrowth(command: string, machine: Machine, runs: GrowthRun[]): string {
  const base = runs[0] as GrowthRun;
  const header = [
    '',
    ...runs.map((r) => `${r.browser.sync.units.toLocaleString('en')} units`),
    'budget',
  ];
  const rows = MEASURES.map((m) => {
    const first = m.of(base);
    const cells = runs.map((run) => {
      const value = m.of(run);
      const growth = run === base || first === 0 ? '' : ` (${round(value / first, 1)}x)`;
      const fails = m.meets && !m.meets(value) ? ' **FAIL**' : '';
      return `${value.toLocaleString('en')}${m.unit ? ` ${m.unit}` : ''}${growth}${fails}`;
    });
    return [m.name, ...cells, m.budget ?? '—'];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    '# Cost of growing',
    '',
    `\`${command}\`, ${machine.date}. Machine: ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium ?? '?'} (headless); load average ${machine.loadAverage.join(' / ')} at the end (a shared machine).`,
    '',
    `Each preset is a whole \`npm run bench\` browser run (projects of 200 units); in brackets, the multiple of the ${base.preset} figure. Medians of the opens; the floor is measured in the same run as the figures divided by it.`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n');
}
