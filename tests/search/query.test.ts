import { describe, expect, it } from 'vitest';
import type { Availability } from '@/lib/catalog/model';
import { parseQuery, type QueryFilter } from '@/lib/search/query';

const bed = (value: number, text: string, plusDen = false): QueryFilter => ({
  kind: 'bedrooms',
  value,
  plusDen,
  text,
});
const bath = (min: number, text: string): QueryFilter => ({ kind: 'bathrooms', min, text });
const floor = (value: string, text: string): QueryFilter => ({ kind: 'floor', value, text });
const price = (min: number | null, max: number | null, text: string): QueryFilter => ({
  kind: 'price',
  min,
  max,
  text,
});
const area = (
  min: number | null,
  max: number | null,
  unit: 'sqft' | 'm2',
  text: string,
): QueryFilter => ({ kind: 'area', min, max, unit, text });
const status = (values: Availability[], text: string): QueryFilter => ({
  kind: 'status',
  values,
  text,
});

const cases: [string, string[], QueryFilter[]][] = [
  // Unit numbers and names stay words.
  ['1204 parkview', ['1204', 'parkview'], []],
  ['Parkview 1204', ['parkview', '1204'], []],
  ['12-04 Parkview', ['12-04', 'parkview'], []],
  ['#1204', ['1204'], []],
  ['PH-2 Harbourview', ['ph-2', 'harbourview'], []],
  ['ph 2', ['ph', '2'], []],
  ['TH-3', ['th-3'], []],
  ['600000', ['600000'], []],
  ['Montréal Élégance', ['montreal', 'elegance'], []],
  ["L'Héritage sur le Parc", ['heritage', 'sur', 'parc'], []],
  ['Saint-Laurent', ['saint', 'laurent'], []],
  ['1204 at Parkview', ['1204', 'parkview'], []],
  ['1204 à Laval', ['1204', 'laval'], []],
  ['  parkview   ', ['parkview'], []],
  ['', [], []],
  // Bedrooms.
  ['studio', [], [bed(0, 'studio')]],
  ['1bd', [], [bed(1, '1bd')]],
  ['2 bed', [], [bed(2, '2 bed')]],
  ['2 beds parkview', ['parkview'], [bed(2, '2 beds')]],
  ['3br', [], [bed(3, '3br')]],
  ['2 bedrooms', [], [bed(2, '2 bedrooms')]],
  ['2+1', [], [bed(2, '2+1', true)]],
  ['2+den', [], [bed(2, '2+den', true)]],
  ['1 bed + den', [], [bed(1, '1 bed + den', true)]],
  ['2 chambres', [], [bed(2, '2 chambres')]],
  ['3 ch Laval', ['laval'], [bed(3, '3 ch')]],
  ['2cc', [], [bed(2, '2cc')]],
  ['4½', [], [bed(2, '4½')]],
  ['3 1/2 Montréal', ['montreal'], [bed(1, '3 1/2')]],
  // Bathrooms.
  ['2ba', [], [bath(2, '2ba')]],
  ['2 bath', [], [bath(2, '2 bath')]],
  ['1.5 baths', [], [bath(1.5, '1.5 baths')]],
  ['2 sdb', [], [bath(2, '2 sdb')]],
  // Floors.
  ['fl 12', [], [floor('12', 'fl 12')]],
  ['floor 12 parkview', ['parkview'], [floor('12', 'floor 12')]],
  ['Étage 7', [], [floor('7', 'Étage 7')]],
  ['etage 07', [], [floor('7', 'etage 07')]],
  ['level 3', [], [floor('3', 'level 3')]],
  ['12th floor', [], [floor('12', '12th floor')]],
  ['floor PH', [], [floor('PH', 'floor PH')]],
  ['PH', ['ph'], []],
  // Prices.
  ['<600k', [], [price(null, 600_000, '<600k')]],
  ['under 600k', [], [price(null, 600_000, 'under 600k')]],
  ['below $750,000', [], [price(null, 750_000, 'below $750,000')]],
  ['moins de 600k', [], [price(null, 600_000, 'moins de 600k')]],
  ['max 1.2m', [], [price(null, 1_200_000, 'max 1.2m')]],
  ['>1.2m', [], [price(1_200_000, null, '>1.2m')]],
  ['over 1.2M', [], [price(1_200_000, null, 'over 1.2M')]],
  ['plus de 1,2M', [], [price(1_200_000, null, 'plus de 1,2M')]],
  ['500k-700k', [], [price(500_000, 700_000, '500k-700k')]],
  ['500-700k', [], [price(500_000, 700_000, '500-700k')]],
  ['$500,000-$700,000', [], [price(500_000, 700_000, '$500,000-$700,000')]],
  ['entre 500 000 $ et 700 000 $', [], [price(500_000, 700_000, 'entre 500 000 $ et 700 000 $')]],
  ['600k', [], [price(null, 600_000, '600k')]],
  ['1m+', [], [price(1_000_000, null, '1m+')]],
  ['under 600', ['under', '600'], []],
  // Areas.
  ['>900sqft', [], [area(900, null, 'sqft', '>900sqft')]],
  ['< 80 m2', [], [area(null, 80, 'm2', '< 80 m2')]],
  ['900-1200 sqft', [], [area(900, 1200, 'sqft', '900-1200 sqft')]],
  ['plus de 1 000 pi2', [], [area(1000, null, 'sqft', 'plus de 1 000 pi2')]],
  ['800 pc', [], [area(800, null, 'sqft', '800 pc')]],
  ['75 m²', [], [area(75, null, 'm2', '75 m²')]],
  // Availability.
  ['available', [], [status(['available'], 'available')]],
  ['avail', [], [status(['available'], 'avail')]],
  ['dispo', [], [status(['available'], 'dispo')]],
  ['disponible', [], [status(['available'], 'disponible')]],
  ['on hold', [], [status(['on-hold'], 'on hold')]],
  ['en attente', [], [status(['on-hold'], 'en attente')]],
  ['vendu', [], [status(['sold'], 'vendu')]],
  ['réservé', [], [status(['reserved'], 'réservé')]],
  ['loué', [], [status(['leased'], 'loué')]],
  ['unavailable', [], [status(['unavailable'], 'unavailable')]],
  ['available reserved', [], [status(['available', 'reserved'], 'available reserved')]],
  ['vendu ou réservé', [], [status(['sold', 'reserved'], 'vendu ou réservé')]],
  ['La Réserve', ['reserve'], []],
  // Everything together, in any order.
  [
    '2bd under 600k available',
    [],
    [bed(2, '2bd'), price(null, 600_000, 'under 600k'), status(['available'], 'available')],
  ],
  [
    'available parkview 2bd <600k',
    ['parkview'],
    [status(['available'], 'available'), bed(2, '2bd'), price(null, 600_000, '<600k')],
  ],
  [
    '2 ch moins de 600k dispo Montréal',
    ['montreal'],
    [bed(2, '2 ch'), price(null, 600_000, 'moins de 600k'), status(['available'], 'dispo')],
  ],
  [
    'fl 12 2+1 2 bath 1204',
    ['1204'],
    [floor('12', 'fl 12'), bed(2, '2+1', true), bath(2, '2 bath')],
  ],
  ['2bd/2ba', [], [bed(2, '2bd'), bath(2, '2ba')]],
];

describe('parseQuery', () => {
  it('has a real table to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%j', (raw, words, filters) => {
    expect(parseQuery(raw)).toEqual({ raw, words, filters });
  });

  it('reads each filter text as an exact piece of the query', () => {
    for (const [raw, , expected] of cases) {
      // Every case asserts: a query without filters must read none.
      const texts = parseQuery(raw).filters.map((f) => f.text);
      expect(texts, raw).toEqual(expected.map((f) => f.text));
      for (const text of texts) expect(raw).toContain(text);
    }
  });

  it('keeps a filter word that is still being typed', () => {
    expect(parseQuery('2bd availab').filters.map((f) => f.kind)).toEqual(['bedrooms', 'status']);
    expect(parseQuery('2bd ava').words).toEqual(['ava']);
  });
});
