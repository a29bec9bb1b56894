// The background's side of My holds: a sync's review forgets ended holds and announces, once,
// the ones ending today. WXT's fake browser stands in for storage; its notifications.create is
// not implemented there, so it is replaced by a spy that records what would be shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reviewHolds } from '@/lib/background/my-holds';
import { pageForNotification } from '@/lib/background/watch-notifications';
import { withEntry, withHolds } from '@/lib/catalog/my-holds';
import type { Catalog } from '@/lib/catalog/model';
import { myHolds } from '@/lib/settings';
import { project, unit } from '../search/fixtures';

const HOUR = 3_600_000;
const NOON = new Date(2026, 11, 4, 12, 0).getTime();

function catalogWith(units: Catalog['units']): Catalog {
  return { projects: [project('p1', 'Parkview Residences')], units, syncedAt: NOON } as Catalog;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('reviewing my holds after a sync', () => {
  it('announces a hold ending today once, opening its unit, and forgets ended holds', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    await myHolds.setValue(
      withEntry(withHolds({}, ['today', 'sold', 'later'], NOON - 48 * HOUR), 'today', {
        note: 'for Sarah',
      }),
    );
    const catalog = catalogWith([
      unit('today', 'p1', '1204', {
        status: 'on-hold',
        holdExpiresAt: new Date(NOON + 5 * HOUR).toISOString(),
      }),
      unit('sold', 'p1', '1205', { status: 'sold' }),
      unit('later', 'p1', '1206', {
        status: 'on-hold',
        holdExpiresAt: new Date(NOON + 50 * HOUR).toISOString(),
      }),
    ]);

    await reviewHolds(catalog, NOON);
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [
      string,
      { title: string; message: string },
    ];
    expect(pageForNotification(id)).toBe('popup.html?unit=today');
    expect(options.title).toBe('1204 · Parkview Residences');
    expect(options.message).toMatch(/^Your hold ends today at .+ · for Sarah$/);
    expect(Object.keys(await myHolds.getValue()).sort()).toEqual(['later', 'today']);

    // The next sync the same day says nothing more about it.
    await reviewHolds(catalog, NOON + HOUR);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows nothing without the notifications permission, and still forgets ended holds', async () => {
    // Without the permission the browser has no notifications API in the background.
    vi.spyOn(fakeBrowser, 'notifications', 'get').mockReturnValue(
      undefined as unknown as typeof fakeBrowser.notifications,
    );
    await myHolds.setValue(withHolds({}, ['today', 'gone'], NOON - HOUR));
    await reviewHolds(
      catalogWith([
        unit('today', 'p1', '1204', {
          status: 'on-hold',
          holdExpiresAt: new Date(NOON + HOUR).toISOString(),
        }),
      ]),
      NOON,
    );
    const holds = await myHolds.getValue();
    expect(Object.keys(holds)).toEqual(['today']);
    expect(holds.today?.remindedFor).toBeNull();
  });
});
