// newMatchesOf checks a search's filters on each changed unit before indexing any: it must find
// exactly what searching every changed unit now, and each found one as it was, finds.
import { describe, expect, it } from 'vitest';
import { compareCatalogs, diffCatalogs } from '@/lib/catalog/changes';
import type { Availability, Catalog, Unit } from '@/lib/catalog/model';
import { newMatches, newMatchesOf } from '@/lib/catalog/new-matches';
import { unitsFoundBy } from '@/lib/catalog/unit-search';
import { mulberry32 } from '../../sandbox/random';
import { QUERIES } from '../search/queries';
import { catalog, generateCatalog, project, unit } from '../search/fixtures';

/** The plain way: every changed unit searched now, and the ones found searched as they were. */
function reference(query: string, before: Catalog, after: Catalog): string[] {
  const changed = new Set(diffCatalogs(before, after).map((change) => change.unitId));
  const now = after.units.filter((u) => changed.has(u.id));
  const foundNow = unitsFoundBy(after, query, now);
  const earlier = before.units.filter((u) => foundNow.has(u.id));
  const foundBefore = unitsFoundBy(before, query, earlier);
  return now.filter((u) => foundNow.has(u.id) && !foundBefore.has(u.id)).map((u) => u.id);
}

const STATUSES: Availability[] = ['available', 'on-hold', 'reserved', 'sold', 'leased'];

/** A sync's worth of edits: statuses, prices, a few renamed models, units in and out. */
function edited(before: Catalog, seed: number): Catalog {
  const random = mulberry32(seed);
  const units: Unit[] = [];
  before.units.forEach((u, i) => {
    const roll = random();
    if (roll < 0.05) return;
    if (roll < 0.3) units.push({ ...u, status: STATUSES[i % STATUSES.length]! });
    else if (roll < 0.5) units.push({ ...u, price: Math.round((u.price ?? 500_000) * 0.9) });
    else if (roll < 0.55) units.push({ ...u, model: 'Garden', price: 450_000 });
    else if (roll < 0.58) units.push({ ...u, status: 'unknown', statusLabel: 'Model suite' });
    else units.push(u);
    if (random() < 0.03) units.push({ ...u, id: `${u.id}-new`, number: `${u.number}B` });
  });
  // A project renamed: its units' prices moved, so they are candidates read with new words.
  const projects = before.projects.map((p, i) =>
    i === 1 ? { ...p, name: 'Parkview Gardens' } : p,
  );
  return { ...before, projects, units, syncedAt: before.syncedAt + 1 };
}

describe('new matches of a watched search', () => {
  it('agrees with searching every changed unit, on random syncs and the search tests’ queries', () => {
    const queries = [...QUERIES, 'garden', 'parkview gardens under 900k', 'model suite'];
    for (const seed of [1, 2, 3]) {
      const before = generateCatalog(seed, 8, 30);
      const after = edited(before, seed + 10);
      const found = newMatchesOf(queries, before, after, compareCatalogs(before, after));
      for (const query of queries) {
        const ids = (found.get(query) ?? []).map((u) => u.id);
        expect(ids, `${query} (seed ${seed})`).toEqual(reference(query, before, after));
      }
    }
  });

  const PARKVIEW = project('p1', 'Parkview');
  const two = { bedrooms: 2, status: 'available' as const };

  it('finds a unit whose project was renamed into the search, though its filters passed before', () => {
    const before = catalog(
      [project('p1', 'Old Name')],
      [unit('u1', 'p1', '101', { ...two, price: 550_000 })],
    );
    const after = catalog([PARKVIEW], [unit('u1', 'p1', '101', { ...two, price: 540_000 })]);
    expect(newMatches('parkview under 600k', before, after).map((u) => u.id)).toEqual(['u1']);
  });

  it('finds a unit renamed into the search, and not one that only got cheaper within it', () => {
    const before = catalog(
      [PARKVIEW],
      [
        unit('u1', 'p1', '101', { ...two, model: 'Loft', price: 550_000 }),
        unit('u2', 'p1', '102', { ...two, model: 'Garden', price: 560_000 }),
      ],
    );
    const after = catalog(
      [PARKVIEW],
      [
        unit('u1', 'p1', '101', { ...two, model: 'Garden', price: 540_000 }),
        unit('u2', 'p1', '102', { ...two, model: 'Garden', price: 530_000 }),
      ],
    );
    expect(newMatches('garden under 600k', before, after).map((u) => u.id)).toEqual(['u1']);
  });
});
