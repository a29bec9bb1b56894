import { describe, expect, it } from 'vitest';
import { compareCatalogs } from '@/lib/catalog/changes';
import { newMatches } from '@/lib/catalog/new-matches';
import { watchAlerts } from '@/lib/catalog/watch';
import type { Watched } from '@/lib/catalog/watched';
import { catalog, project, unit } from '../search/fixtures';

const PARKVIEW = project('p1', 'Parkview Residences', { city: 'Toronto' });
const ROSEMONT = project('p2', 'Le Rosemont', { city: 'Montréal' });
const two = { bedrooms: 2, status: 'available' as const };

const before = catalog(
  [PARKVIEW, ROSEMONT],
  [
    unit('u1', 'p1', '1204', { ...two, price: 650_000 }),
    unit('u2', 'p1', '1205', { ...two, price: 550_000 }),
    unit('u3', 'p2', '801', { ...two, price: 500_000, status: 'on-hold' }),
    unit('u4', 'p2', '802', { bedrooms: 1, price: 400_000 }),
  ],
);
const after = catalog(
  [PARKVIEW, ROSEMONT],
  [
    unit('u1', 'p1', '1204', { ...two, price: 590_000 }), // dropped into the range
    unit('u2', 'p1', '1205', { ...two, price: 540_000 }), // matched before too
    unit('u3', 'p2', '801', { ...two, price: 500_000 }), // released
    unit('u4', 'p2', '802', { bedrooms: 1, price: 390_000 }), // still 1 bedroom
    unit('u5', 'p2', '803', { ...two, price: 580_000 }), // new
    unit('u6', 'p2', '804', { ...two, price: 900_000 }), // new, too dear
  ],
);
const diff = compareCatalogs(before, after);

describe('a watched search', () => {
  it('finds the units it did not find before: new, cheaper, released', () => {
    const found = newMatches('2bd under 600k available', before, after);
    expect(found.map((u) => u.number).sort()).toEqual(['1204', '801', '803']);
  });

  it('matches project names and cities as the popup does', () => {
    expect(newMatches('rosemont 2bd', before, after).map((u) => u.number)).toEqual(['803', '804']);
    expect(newMatches('toronto under 600k', before, after).map((u) => u.number)).toEqual(['1204']);
  });

  it('finds nothing when no change concerns it', () => {
    expect(newMatches('studio', before, after)).toEqual([]);
  });
});

describe('what a sync tells the agent about watched things', () => {
  const watched: Watched = {
    units: [
      { id: 'u4', projectId: 'p2', number: '802' },
      { id: 'u9', projectId: 'p2', number: '999' },
    ],
    searches: ['2bd under 600k available', 'studio'],
  };

  it('one alert per changed watched unit and per search with new matches', () => {
    const alerts = watchAlerts(watched, before, after, diff);
    expect(alerts.map((a) => (a.kind === 'unit' ? a.unit.number : a.query))).toEqual([
      '802',
      '2bd under 600k available',
    ]);
    expect(alerts[0]).toMatchObject({ changes: [{ kind: 'price', from: 400_000, to: 390_000 }] });
  });

  it('nothing on the first sync', () => {
    expect(watchAlerts(watched, null, after, compareCatalogs(null, after))).toEqual([]);
  });
});
