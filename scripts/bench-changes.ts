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

const SYNC_ROUNDS = 3;

/** Median time of a 60,000-unit sync from the sandbox (with the previous catalog, as usual). */
async function syncMs(): Promise<number> {
  const sandbox = await startSandbox({ seed: 1, projects: 300, unitsPerProject: 200, port: 0 });
  try {
    const client = createPlanpointClient({
      baseUrl: sandbox.url,
      getToken: () => sandbox.demoToken,
    });
    let previous: Catalog | null = await syncCatalog(client, { viewerKey: null, previous: null });
    const times: number[] = [];
    for (let round = 0; round < SYNC_ROUNDS; round++) {
      const started = performance.now();
      previous = await syncCatalog(client, { viewerKey: null, previous });
      times.push(performance.now() - started);
    }
    return percentile(times, 50);
  } finally {
    await sandbox.close();
  }
}

const sync = process.argv.includes('--sync') ? await syncMs() : null;
if (sync !== null) {
  console.log(
    `Sync of 60,285 units from the sandbox: ${sync.toFixed(0)} ms (median of ${SYNC_ROUNDS})`,
  );
}

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
      `total ${median(total)} ms (median of ${ROUNDS})` +
      (sync === null ? '' : `, ${((percentile(total, 50) / sync) * 100).toFixed(1)}% of the sync`) +
      ` | log ${(logJson.length / 1000).toFixed(1)} kB, ` +
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
