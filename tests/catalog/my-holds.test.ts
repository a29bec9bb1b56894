import { describe, expect, it } from 'vitest';
import {
  currentHolds,
  holdsEndingToday,
  prunedHolds,
  withEntry,
  withHolds,
  withoutHolds,
} from '@/lib/catalog/my-holds';
import { holdEndMessage } from '@/lib/background/my-holds';
import { unit } from '../search/fixtures';

const NOON = new Date(2026, 11, 4, 12, 0).getTime();
const HOUR = 3_600_000;
const iso = (at: number) => new Date(at).toISOString();

describe('My holds', () => {
  it('records a hold once: holding it again keeps its note and its start', () => {
    let holds = withHolds({}, ['u1'], NOON);
    holds = withEntry(holds, 'u1', { note: 'for Sarah' });
    holds = withHolds(holds, ['u1', 'u2'], NOON + HOUR);
    expect(holds.u1).toMatchObject({ heldAt: NOON, note: 'for Sarah' });
    expect(holds.u2).toMatchObject({ heldAt: NOON + HOUR, note: '' });
    expect(Object.keys(withoutHolds(holds, ['u1']))).toEqual(['u2']);
    // A note for a hold that is not kept creates nothing.
    expect(withEntry(holds, 'u9', { note: 'x' })).toBe(holds);
  });

  it("lists only units still on hold, soonest end first, Planpoint's end before the agent's", () => {
    const holds = withHolds({}, ['late', 'soon', 'sold', 'own', 'none'], NOON);
    const withOwn = withEntry(holds, 'own', { remindAt: NOON + 2 * HOUR });
    const units = [
      unit('late', 'p', '1', { status: 'on-hold', holdExpiresAt: iso(NOON + 48 * HOUR) }),
      unit('soon', 'p', '2', { status: 'on-hold', holdExpiresAt: iso(NOON + HOUR) }),
      unit('sold', 'p', '3', { status: 'sold' }),
      unit('own', 'p', '4', { status: 'on-hold' }),
      unit('none', 'p', '5', { status: 'on-hold' }),
      unit('other', 'p', '6', { status: 'on-hold', holdExpiresAt: iso(NOON) }),
    ];
    const list = currentHolds(withOwn, units);
    expect(list.map((h) => h.unit.id)).toEqual(['soon', 'own', 'late', 'none']);
    expect(list.map((h) => h.endFromPlanpoint)).toEqual([true, false, true, false]);
    expect(list[3]?.endsAt).toBeNull();
    // What a sync keeps: the current holds, with the notes of the latest read.
    const latest = withEntry(withOwn, 'soon', { note: 'typed meanwhile' });
    const kept = prunedHolds(latest, list);
    expect(Object.keys(kept).sort()).toEqual(['late', 'none', 'own', 'soon']);
    expect(kept.soon?.note).toBe('typed meanwhile');
  });

  it('announces a hold on the day it ends, once per end', () => {
    const holds = withHolds({}, ['today', 'tomorrow', 'past'], NOON - 72 * HOUR);
    const units = [
      unit('today', 'p', '1', { status: 'on-hold', holdExpiresAt: iso(NOON + 5 * HOUR) }),
      unit('tomorrow', 'p', '2', { status: 'on-hold', holdExpiresAt: iso(NOON + 24 * HOUR) }),
      unit('past', 'p', '3', { status: 'on-hold', holdExpiresAt: iso(NOON - 48 * HOUR) }),
    ];
    const due = holdsEndingToday(currentHolds(holds, units), NOON);
    expect(due.map((h) => h.unit.id)).toEqual(['today']);
    const announced = withEntry(holds, 'today', { remindedFor: NOON + 5 * HOUR });
    expect(holdsEndingToday(currentHolds(announced, units), NOON + HOUR)).toEqual([]);
    // Planpoint moves the end later the same day: the new end is announced.
    units[0] = { ...units[0]!, holdExpiresAt: iso(NOON + 6 * HOUR) };
    expect(holdsEndingToday(currentHolds(announced, units), NOON + HOUR)).toHaveLength(1);
  });

  it("says the end's time and the agent's note in the notification", () => {
    const holds = withEntry(withHolds({}, ['u1'], NOON), 'u1', { note: 'for Sarah, 48 h' });
    const end = new Date(2026, 11, 4, 17, 45).getTime();
    const [hold] = currentHolds(holds, [
      unit('u1', 'p', '1204', { status: 'on-hold', holdExpiresAt: iso(end) }),
    ]);
    // The time in the interface locale's own form (English: 05:45 PM).
    expect(holdEndMessage(hold!, NOON)).toBe('Your hold ends today at 05:45 PM · for Sarah, 48 h');
    expect(holdEndMessage(hold!, end + HOUR)).toMatch(/^Your hold ended today at 05:45 PM/);
  });
});
