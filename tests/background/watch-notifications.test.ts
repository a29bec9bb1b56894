import { describe, expect, it } from 'vitest';
import { notificationText, pageForNotification } from '@/lib/background/watch-notifications';
import { project, unit } from '../search/fixtures';

const PARKVIEW = project('p1', 'Parkview Residences');
const byId = new Map([[PARKVIEW.id, PARKVIEW]]);

describe('watch notifications', () => {
  it("say what changed on a watched unit, in the change lines' words", () => {
    const text = notificationText(
      {
        kind: 'unit',
        unit: { id: 'u1', projectId: 'p1', number: '1204' },
        changes: [
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
        ],
      },
      byId,
    );
    expect(text).toEqual({
      title: '1204 · Parkview Residences',
      message: 'On hold → Sold · Price $599,000 → $579,000',
    });
  });

  it('name the first new matches of a watched search, then how many more', () => {
    const units = ['1', '2', '3', '4', '5'].map((n) => unit(`u${n}`, 'p1', n));
    const text = notificationText({ kind: 'search', query: '2bd under 600k', units }, byId);
    expect(text.title).toBe('New match for “2bd under 600k”');
    expect(text.message).toBe(
      '1 · Parkview Residences, 2 · Parkview Residences, 3 · Parkview Residences and 2 more',
    );
  });

  it("open the unit's or the search's page, and ignore other notifications", () => {
    expect(pageForNotification('planpoint-watch|1700000000000|unit:abc')).toBe(
      'popup.html?unit=abc',
    );
    expect(pageForNotification('planpoint-watch|1700000000000|2bd under 600k | rosemont')).toBe(
      `popup.html?q=${encodeURIComponent('2bd under 600k | rosemont')}`,
    );
    expect(pageForNotification('someone-else')).toBeNull();
  });
});
