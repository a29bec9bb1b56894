// Planning a change to many units as Planpoint's batch update takes it.
import { describe, expect, it } from 'vitest';
import { isBulkChange, planBulkChange } from '@/lib/catalog/bulk-change';
import { unit } from '../search/fixtures';

const SDK_UNIT = unit('a', 'p1', '101', { price: 500000 });
const VIEWER_UNIT = unit('b', 'p1', '102', { price: 400000, statusField: 'availability' });
const NO_PRICE = unit('c', 'p1', '103', { price: null });

describe('planBulkChange', () => {
  it('a status goes in one batch per field the units carry it in', () => {
    expect(planBulkChange([SDK_UNIT, VIEWER_UNIT, NO_PRICE], { status: 'sold' })).toEqual({
      batches: [
        { ids: ['a', 'c'], patchData: { status: 'Sold' } },
        { ids: ['b'], patchData: { availability: 'Sold' } },
      ],
      notSent: [],
    });
  });

  it('one price for all is one batch, a unit without a price included', () => {
    expect(planBulkChange([SDK_UNIT, NO_PRICE], { price: { to: 450000 } })).toEqual({
      batches: [{ ids: ['a', 'c'], patchData: { price: 450000 } }],
      notSent: [],
    });
  });

  it('a change by an amount or a percentage gives each unit its price; a unit without one is named', () => {
    expect(planBulkChange([SDK_UNIT, VIEWER_UNIT, NO_PRICE], { price: { percent: -2.5 } })).toEqual(
      {
        batches: [
          { ids: ['a'], patchData: { price: 487500 } },
          { ids: ['b'], patchData: { price: 390000 } },
        ],
        notSent: [{ unitId: 'c', reason: 'no-price' }],
      },
    );
    expect(planBulkChange([SDK_UNIT, VIEWER_UNIT], { price: { by: -450000 } })).toEqual({
      batches: [{ ids: ['a'], patchData: { price: 50000 } }],
      notSent: [{ unitId: 'b', reason: 'negative-price' }],
    });
  });

  it('never sends a commercial space, which no unit endpoint changes, and names it', () => {
    const space = unit('s', 'p1', 'CRU-1', { price: 900000, commercialSpace: true });
    for (const change of [{ status: 'sold' as const }, { price: { to: 1 } }]) {
      expect(planBulkChange([SDK_UNIT, space], change)).toMatchObject({
        batches: [{ ids: ['a'] }],
        notSent: [{ unitId: 's', reason: 'commercial-space' }],
      });
    }
  });
});

describe('isBulkChange', () => {
  it.each([
    [{ status: 'on-hold' }, true],
    [{ price: { to: 0 } }, true],
    [{ price: { percent: -5 } }, true],
    [{ status: 'leased' }, false],
    [{ price: { to: -1 } }, false],
    [{ price: { by: '5' } }, false],
    [{ price: { to: 1, by: 2 } }, false],
    [{ status: 'sold', price: { to: 1 } }, false],
    [null, false],
  ])('%j → %s', (change, expected) => {
    expect(isBulkChange(change)).toBe(expected);
  });
});
