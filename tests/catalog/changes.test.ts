import { describe, expect, it } from 'vitest';
import { diffCatalogs, tallyChanges, type UnitChange } from '@/lib/catalog/changes';
import {
  KEEP_MS,
  MAX_CHANGES_KEPT,
  RECENT_MS,
  recentTally,
  recordChanges,
} from '@/lib/catalog/change-log';
import { changeLine, tallyLine } from '@/lib/change-text';
import { catalog, project, unit } from '../search/fixtures';

const PARKVIEW = project('p1', 'Parkview Residences');
const ROSEMONT = project('p2', 'Le Rosemont');

const before = catalog(
  [PARKVIEW, ROSEMONT],
  [
    unit('u1', 'p1', '1204', { status: 'on-hold', price: 599_000 }),
    unit('u2', 'p1', '1205', { status: 'available', price: 450_000 }),
    unit('u3', 'p1', '1206', { status: 'available', price: 500_000 }),
    unit('u4', 'p2', '801', { status: 'reserved', price: null, priceTBD: true }),
    unit('u5', 'p2', '802', { status: 'sold', price: 700_000 }),
    unit('u6', 'p2', '803', { status: 'available', price: 300_000 }),
  ],
);

const after = catalog(
  [PARKVIEW, ROSEMONT],
  [
    unit('u1', 'p1', '1204', { status: 'sold', price: 579_000 }),
    unit('u2', 'p1', '1205', { status: 'on-hold', price: 460_000 }),
    unit('u3', 'p1', '1206', { status: 'available', price: 500_000 }),
    unit('u4', 'p2', '801', { status: 'leased', price: 2_400, rental: true }),
    unit('u6', 'p2', '803', { status: 'available', price: 300_000, description: 'new words' }),
    unit('u7', 'p2', '804', { status: 'available', price: 350_000 }),
  ],
);

describe('the changes between two catalogs', () => {
  it('finds every kind of change, and nothing for a unit whose other fields changed', () => {
    expect(diffCatalogs(before, after)).toEqual([
      {
        unitId: 'u1',
        projectId: 'p1',
        number: '1204',
        kind: 'status',
        from: 'on-hold',
        to: 'sold',
      },
      {
        unitId: 'u1',
        projectId: 'p1',
        number: '1204',
        kind: 'price',
        from: 599_000,
        to: 579_000,
        rental: false,
      },
      {
        unitId: 'u2',
        projectId: 'p1',
        number: '1205',
        kind: 'status',
        from: 'available',
        to: 'on-hold',
      },
      {
        unitId: 'u2',
        projectId: 'p1',
        number: '1205',
        kind: 'price',
        from: 450_000,
        to: 460_000,
        rental: false,
      },
      {
        unitId: 'u4',
        projectId: 'p2',
        number: '801',
        kind: 'status',
        from: 'reserved',
        to: 'leased',
      },
      {
        unitId: 'u4',
        projectId: 'p2',
        number: '801',
        kind: 'price',
        from: null,
        to: 2_400,
        rental: true,
      },
      { unitId: 'u7', projectId: 'p2', number: '804', kind: 'added' },
      { unitId: 'u5', projectId: 'p2', number: '802', kind: 'removed' },
    ]);
  });

  it('sees a unit become available, and reserved', () => {
    const a = catalog(
      [PARKVIEW],
      [unit('u1', 'p1', '1', { status: 'sold' }), unit('u2', 'p1', '2')],
    );
    const b = catalog(
      [PARKVIEW],
      [unit('u1', 'p1', '1'), unit('u2', 'p1', '2', { status: 'reserved' })],
    );
    expect(diffCatalogs(a, b).map((c) => c.kind === 'status' && c.to)).toEqual([
      'available',
      'reserved',
    ]);
  });

  it('records nothing on the first sync, when there is no catalog before it', () => {
    expect(diffCatalogs(null, after)).toEqual([]);
    expect(recordChanges(null, diffCatalogs(null, after), 1_000)).toEqual({ syncs: [] });
  });

  it('counts them per project, and words them as an agent reads them', () => {
    const tally = tallyChanges(diffCatalogs(before, after));
    expect(tally).toEqual({
      p1: { sold: 1, 'on-hold': 1, price: 2 },
      p2: { leased: 1, price: 1, added: 1, removed: 1 },
    });
    expect(tallyLine(tally.p1)).toBe('1 on hold, 1 sold, 2 prices changed');
    expect(tallyLine(tally.p2)).toBe('1 new, 1 leased, 1 price changed, 1 removed');
    expect(tallyLine(undefined)).toBe('');
    const [status, price] = diffCatalogs(before, after);
    expect(changeLine(status!)).toBe('On hold → Sold');
    expect(changeLine(price!)).toBe('Price $599,000 → $579,000');
  });
});

describe('the change log', () => {
  const DAY = 24 * 60 * 60_000;
  const sold = (id: string): UnitChange => ({
    unitId: id,
    projectId: 'p1',
    number: id,
    kind: 'status',
    from: 'available',
    to: 'sold',
  });

  it('keeps 14 days, newest first, and leaves no entry for a sync that changed nothing', () => {
    let log = recordChanges(null, [sold('a')], 0);
    log = recordChanges(log, [sold('b')], 10 * DAY);
    log = recordChanges(log, [], 11 * DAY);
    expect(log.syncs.map((s) => s.at)).toEqual([10 * DAY, 0]);
    log = recordChanges(log, [sold('c')], KEEP_MS + 1);
    expect(log.syncs.map((s) => s.changes[0]!.unitId)).toEqual(['c', 'b']);
  });

  it(`keeps at most ${MAX_CHANGES_KEPT} changes, the newest, and counts those it drops`, () => {
    const many = Array.from({ length: MAX_CHANGES_KEPT - 10 }, (_, i) => sold(`old${i}`));
    let log = recordChanges(null, many, 0);
    log = recordChanges(
      log,
      Array.from({ length: 30 }, (_, i) => sold(`new${i}`)),
      60_000,
    );
    const kept = log.syncs.reduce((sum, s) => sum + s.changes.length, 0);
    expect(kept).toBe(MAX_CHANGES_KEPT);
    expect(log.syncs[0]!.changes).toHaveLength(30);
    expect(log.syncs[1]!.omitted).toBe(20);
    expect(JSON.stringify(log).length).toBeLessThan(MAX_CHANGES_KEPT * 150);
    // A single sync beyond the bound keeps its first changes and counts the rest.
    const huge = recordChanges(
      null,
      Array.from({ length: MAX_CHANGES_KEPT + 5 }, (_, i) => sold(`h${i}`)),
      0,
    );
    expect(huge.syncs[0]!.omitted).toBe(5);
    expect(huge.syncs[0]!.tally).toEqual({ p1: { sold: MAX_CHANGES_KEPT + 5 } });
  });

  it("sums the last 24 hours per project, dropped changes included, and forgets older days' tallies", () => {
    let log = recordChanges(null, [sold('a'), sold('b')], 0);
    log = recordChanges(log, [sold('c')], RECENT_MS - 1);
    expect(recentTally(log, RECENT_MS - 1)).toEqual({ p1: { sold: 3 } });
    log = recordChanges(log, [], RECENT_MS + 1);
    expect(recentTally(log, RECENT_MS + 1)).toEqual({ p1: { sold: 1 } });
    expect(log.syncs[1]!.tally).toBeUndefined();
    expect(log.syncs[1]!.changes).toHaveLength(2);
  });
});
