// The edit form's text turned into edits: only what changed, each value checked first.
import { describe, expect, it } from 'vitest';
import { unit } from '../search/fixtures';
import { editsFrom, formValuesOf, previewOf } from '@/entrypoints/popup/components/edit-unit-form';

const UNIT = unit('u1', 'p1', '1204', {
  floorId: 'f12',
  floorName: 'Level 12',
  floorLevel: 12,
  bedrooms: 2,
  bathrooms: 2,
  area: 910,
  price: 649000,
  model: 'B2',
  type: 'Condo · Corner unit',
  orientation: 'South',
  parking: 1,
});

describe('editsFrom', () => {
  it('an untouched form changes nothing', () => {
    expect(editsFrom(UNIT, formValuesOf(UNIT))).toEqual({ edits: {} });
  });

  it('only the changed fields are edits, read as agents write them', () => {
    const values = {
      ...formValuesOf(UNIT),
      price: '$ 659 000',
      bathrooms: '2.5',
      status: 'on-hold',
      description: '  Corner, two balconies ',
      parking: '',
    };
    expect(editsFrom(UNIT, values)).toEqual({
      edits: {
        price: 659000,
        bathrooms: 2.5,
        status: 'on-hold',
        description: 'Corner, two balconies',
        parking: null,
      },
    });
  });

  it('the type is edited without the specific type shown beside it', () => {
    expect(formValuesOf(UNIT).type).toBe('Condo');
  });

  it.each([
    ['number', ' ', 'required'],
    ['bedrooms', 'two', 'not-a-number'],
    ['price', '-5', 'negative'],
    ['area', '-900 sq ft', 'negative'],
    ['parking', '1.2.3', 'not-a-number'],
  ] as const)('%s "%s" is refused as %s, and nothing is sent', (field, text, problem) => {
    expect(editsFrom(UNIT, { ...formValuesOf(UNIT), [field]: text })).toEqual({
      problem: { field, problem },
    });
  });
});

describe('previewOf', () => {
  it('shows the edited values at once, the status in words, the bedroom label dropped', () => {
    expect(previewOf({ bedrooms: 3, status: 'sold', floorId: 'f14' })).toEqual({
      bedrooms: 3,
      bedroomsLabel: null,
      status: 'sold',
      statusLabel: 'Sold',
    });
  });
});
