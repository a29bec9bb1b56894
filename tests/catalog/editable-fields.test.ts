// An edit goes back under the keys the unit's own document uses, in either documented vocabulary.
import { describe, expect, it } from 'vitest';
import { isUnitEdits, newUnitFields, unitPatch, vocabularyOf } from '@/lib/catalog/editable-fields';

const SDK_DOC = {
  _id: 'u1',
  floor: 'f1',
  unitNumber: '1204',
  status: 'Available',
  bed: 2,
  bath: 2,
  sqft: 900,
};
const VIEWER_DOC = {
  _id: 'u2',
  floor: 'f1',
  name: '1204',
  availability: 'Available',
  bedrooms: 2,
  bathrooms: 2,
  squareFeet: 900,
  unitPriceTBD: false,
};

describe('unitPatch', () => {
  it('writes an SDK-contract unit in the contract’s keys', () => {
    expect(vocabularyOf(SDK_DOC)).toBe('sdk');
    expect(
      unitPatch(SDK_DOC, {
        number: '1205',
        bedrooms: 3,
        bathrooms: 2.5,
        area: 950,
        status: 'on-hold',
      }),
    ).toEqual({ unitNumber: '1205', bed: 3, bath: 2.5, sqft: 950, status: 'OnHold' });
  });

  it('writes a viewer-docs unit in the viewer docs’ keys and words', () => {
    expect(vocabularyOf(VIEWER_DOC)).toBe('viewer');
    expect(
      unitPatch(VIEWER_DOC, {
        number: '1205',
        bedrooms: 3,
        area: 950,
        status: 'on-hold',
        priceTBD: true,
      }),
    ).toEqual({
      name: '1205',
      bedrooms: 3,
      squareFeet: 950,
      availability: 'On Hold',
      unitPriceTBD: true,
    });
  });

  it('a field the document lacks goes under the key of the vocabulary the rest is in', () => {
    const { bedrooms: _b, ...viewerWithoutBedrooms } = VIEWER_DOC;
    expect(unitPatch(viewerWithoutBedrooms, { bedrooms: 1 })).toEqual({ bedrooms: 1 });
    const { bed: _bed, ...sdkWithoutBed } = SDK_DOC;
    expect(unitPatch(sdkWithoutBed, { bedrooms: 1 })).toEqual({ bed: 1 });
  });

  it('a number goes back as text where the document wrote that field as text', () => {
    const doc = { ...VIEWER_DOC, bedrooms: '2+1', price: '$450,000' };
    expect(unitPatch(doc, { bedrooms: 3, price: 460000 })).toEqual({
      bedrooms: '3',
      price: '460000',
    });
  });

  it('a rental’s rent goes back to the rent field it was read from', () => {
    const sdkRental = { ...SDK_DOC, rent: 2400 };
    expect(unitPatch(sdkRental, { price: 2500 })).toEqual({ rent: 2500 });
    expect(unitPatch({ ...VIEWER_DOC, monthlyRent: '$1,900' }, { price: 2000 })).toEqual({
      monthlyRent: '2000',
    });
    // A rental known by its type keeps its rent in the price.
    expect(unitPatch({ ...VIEWER_DOC, type: 'Rental' }, { price: 2000 })).toEqual({ price: 2000 });
  });

  it('null clears a field, and the floor goes as the floor’s id', () => {
    expect(unitPatch(SDK_DOC, { price: null, description: null, floorId: 'f2' })).toEqual({
      price: null,
      description: null,
      floor: 'f2',
    });
  });
});

describe('newUnitFields', () => {
  it('writes a new unit in the vocabulary asked for, the status in its field and words', () => {
    const fields = { number: '12', bedrooms: 1, area: 600, status: 'on-hold' } as const;
    expect(newUnitFields('sdk', fields)).toEqual({
      unitNumber: '12',
      bed: 1,
      sqft: 600,
      status: 'OnHold',
    });
    expect(newUnitFields('viewer', fields)).toEqual({
      name: '12',
      bedrooms: 1,
      squareFeet: 600,
      availability: 'On Hold',
    });
  });
});

describe('isUnitEdits', () => {
  it('accepts edits of the right types', () => {
    expect(isUnitEdits({})).toBe(true);
    expect(
      isUnitEdits({ number: '12', price: null, priceTBD: true, status: 'sold', model: 'A1' }),
    ).toBe(true);
  });

  it.each([
    ['an unknown field', { colour: 'red' }],
    ['an empty unit number', { number: ' ' }],
    ['a price as text', { price: '450000' }],
    ['a price that is not finite', { price: Number.NaN }],
    ['a status that cannot be set', { status: 'leased' }],
    ['a flag as text', { priceTBD: 'yes' }],
    ['text as a number', { description: 5 }],
    ['not an object', 'price=5'],
  ])('refuses %s', (_case, edits) => {
    expect(isUnitEdits(edits)).toBe(false);
  });
});
