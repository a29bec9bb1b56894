// Change tracking at scale: what comparing two 60,000-unit catalogs adds to a sync (the diff,
// the change log update, the per-project day's tally, the watched units and searches), and how
// large the stored log and the head's tally get. Pure computation on the sandbox's demo catalog
// (300 projects x 200 units), as the background runs it after each sync; the storage write of
// the log is its JSON size (the catalog's own write is measured by `npm run bench`).
//
//   npx tsx scripts/bench-changes.ts

import type { Catalog, Unit } from '../lib/catalog/model';
import { compareCatalogs } from '../lib/catalog/changes';
import { recentTally, recordChanges } from '../lib/catalog/change-log';
import { watchAlerts } from '../lib/catalog/watch';
import type { Watched } from '../lib/catalog/watched';
import { demoCatalog } from '../bench/search/catalog';
import { elapsedMs, percentile } from '../bench/search/measure';
import { syncCatalog } from '../lib/catalog/sync';
import { createPlanpointClient } from '../lib/planpoint/client';
import { startSandbox } from '../sandbox/server';

const ROUNDS = 15;
const STATUSES: Unit['status'][] = ['available', 'on-hold', 'reserved', 'sold'];

/** `before` with every `every`-th unit's status moved on, every `every`-th (offset) price cut
 * 5%, `churn` units removed from the end and as many added. */
function changed(before: Catalog, every: number, churn: number): Catalog {
  const units = before.units.slice(0, before.units.length - churn).map((unit, i) => {
    if (i % every === 0) {
      const next = STATUSES[(STATUSES.indexOf(unit.status) + 1) % STATUSES.length]!;
      return { ...unit, status: next };
    }
    if (i % every === 1 && unit.price) return { ...unit, price: Math.round(unit.price * 0.95) };
    return unit;
  });
  for (let i = 0; i < churn; i++) {
    units.push({ ...before.units[i]!, id: `added-${i}`, number: `N${i}` });
  }
  return { ...before, units, syncedAt: before.syncedAt + 30 * 60_000 };
}

const WATCHED: Watched = {
  units: [],
  searches: ['2bd under 600k available', 'penthouse montreal', 'studio toronto', '3bd >1.2m'],
};

function run(label: string, before: Catalog, after: Catalog): void {
  WATCHED.units = after.units.filter((_, i) => i % 6_000 === 0).map((u) => ({ ...u }));
  const times = { diff: [] as number[], log: [] as number[], watch: [] as number[] };
  let logJson = '';
  let tallyJson = '';
  let changeCount = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let diff = compareCatalogs(before, after);
    times.diff.push(elapsedMs(() => (diff = compareCatalogs(before, after))));
    const changes = diff.changes;
    changeCount = changes.length;
    times.log.push(
      elapsedMs(() => {
        const log = recordChanges(null, changes, after.syncedAt);
        tallyJson = JSON.stringify(recentTally(log, after.syncedAt));
        logJson = JSON.stringify(log);
      }),
    );
    times.watch.push(elapsedMs(() => watchAlerts(WATCHED, before, after, diff)));
  }
  const median = (values: number[]) => percentile(values, 50).toFixed(1);
  const total = times.diff.map((d, i) => d + times.log[i]! + times.watch[i]!);
  console.log(
    `${label}: ${changeCount.toLocaleString('en-US')} changes among ${after.units.length.toLocaleString('en-US')} units | ` +
      `diff ${median(times.diff)} ms, log + tally + JSON ${median(times.log)} ms, ` +
      `watched (${WATCHED.units.length} units, ${WATCHED.searches.length} searches) ${median(times.watch)} ms, ` +
      `total ${median(total)} ms (median of ${ROUNDS}) | log ${(logJson.length / 1000).toFixed(1)} kB, ` +
      `head tally ${(tallyJson.length / 1000).toFixed(1)} kB`,
  );
}

const before = demoCatalog(300, 200);
run('Nothing changed', before, { ...before, syncedAt: before.syncedAt + 1 });
run(
  'A busy half hour (1% of statuses and prices, 100 units in and out)',
  before,
  changed(before, 100, 100),
);
// A unit added at the front moves every later unit by one place: the diff cannot walk the two
// lists side by side, the case of a unit added to (or removed from) the first project.
run('One unit added at the front', before, {
  ...before,
  units: [{ ...before.units[0]!, id: 'added-first', number: 'N0' }, ...before.units],
  syncedAt: before.syncedAt + 30 * 60_000,
});
run(
  'Everything at once (every status and price, 1,000 in and out)',
  before,
  changed(before, 2, 1_000),
);

const SYNC_ROUNDS = 5;

/** Everything the background does with two catalogs after a sync, as `run` times it. */
function trackOnce(before: Catalog, after: Catalog): void {
  const diff = compareCatalogs(before, after);
  const log = recordChanges(null, diff.changes, after.syncedAt);
  JSON.stringify(recentTally(log, after.syncedAt));
  JSON.stringify(log);
  watchAlerts(WATCHED, before, after, diff);
}

/** Sync, then the worst case, SYNC_ROUNDS times: the worst case's share of each sync. */
async function shareOfSync(before: Catalog, after: Catalog): Promise<void> {
  const sandbox = await startSandbox({ seed: 1, projects: 300, unitsPerProject: 200, port: 0 });
  try {
    const client = createPlanpointClient({
      baseUrl: sandbox.url,
      getToken: () => sandbox.demoToken,
    });
    let previous: Catalog | null = await syncCatalog(client, { viewerKey: null, previous: null });
    const syncs: number[] = [];
    const shares: number[] = [];
    for (let round = 0; round < SYNC_ROUNDS; round++) {
      const started = performance.now();
      previous = await syncCatalog(client, { viewerKey: null, previous });
      const sync = performance.now() - started;
      syncs.push(sync);
      shares.push((elapsedMs(() => trackOnce(before, after)) / sync) * 100);
    }
    console.log(
      `Sync of ${previous.units.length.toLocaleString('en-US')} units from the sandbox, taking turns with everything at once: ` +
        `sync ${percentile(syncs, 50).toFixed(0)} ms (${Math.min(...syncs).toFixed(0)}–${Math.max(...syncs).toFixed(0)}), ` +
        `change tracking ${percentile(shares, 50).toFixed(1)}% of it (${Math.min(...shares).toFixed(1)}–${Math.max(...shares).toFixed(1)}%; median of ${SYNC_ROUNDS})`,
    );
  } finally {
    await sandbox.close();
  }
}

if (process.argv.includes('--sync')) await shareOfSync(before, changed(before, 2, 1_000));
