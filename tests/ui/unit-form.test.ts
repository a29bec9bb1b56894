// The unit forms' text turned into what they send: for an edit only what changed, for a new
// unit every fact given; each value checked first.
import { describe, expect, it } from 'vitest';
import { unit } from '../search/fixtures';
import {
  editsFrom,
  floorsOf,
  formValuesOf,
  NEW_FLOOR,
  newUnitFrom,
  newUnitValues,
  previewOf,
} from '@/entrypoints/popup/components/unit-form';

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

describe('newUnitFrom', () => {
  it('sends the number, the floor chosen and every fact given', () => {
    const values = { ...newUnitValues('f12'), number: ' 1210 ', bedrooms: '2', price: '499 000' };
    expect(newUnitFrom(values)).toEqual({
      floor: { id: 'f12' },
      fields: { number: '1210', bedrooms: 2, price: 499000, status: 'available' },
    });
  });

  it('a new floor goes by its name; it needs one', () => {
    const values = { ...newUnitValues(null), number: 'R1' };
    expect(values.floorId).toBe(NEW_FLOOR);
    expect(newUnitFrom(values)).toEqual({
      problem: { field: 'newFloorName', problem: 'required' },
    });
    expect(newUnitFrom({ ...values, newFloorName: ' Rooftop ' })).toMatchObject({
      floor: { name: 'Rooftop' },
    });
  });

  it.each([
    ['number', '', 'required'],
    ['bathrooms', 'one', 'not-a-number'],
    ['area', '-10', 'negative'],
  ] as const)('%s "%s" is refused as %s', (field, text, problem) => {
    const values = { ...newUnitValues('f1'), number: '1', [field]: text };
    expect(newUnitFrom(values)).toEqual({ problem: { field, problem } });
  });
});

describe('floorsOf', () => {
  it("lists the project's floors once each, in building order", () => {
    const units = [
      unit('a', 'p1', '301', { floorId: 'f3', floorName: 'Level 3', floorLevel: 3 }),
      unit('b', 'p1', '101', { floorId: 'f1', floorName: 'Level 1', floorLevel: 1 }),
      unit('c', 'p1', '302', { floorId: 'f3', floorName: 'Level 3', floorLevel: 3 }),
      unit('d', 'p2', '201', { floorId: 'f9', floorName: 'Level 2', floorLevel: 2 }),
    ];
    expect(floorsOf(units, 'p1')).toEqual([
      ['f1', 'Level 1'],
      ['f3', 'Level 3'],
    ]);
  });
});
