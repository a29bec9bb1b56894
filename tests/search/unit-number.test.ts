import { describe, expect, it } from 'vitest';
import { canonicalUnitNumber, compareNatural } from '@/lib/search/unit-number';

describe('canonicalUnitNumber', () => {
  it.each([
    ['1204', '1204'],
    ['12-04', '1204'],
    ['#1204', '1204'],
    ['12 04', '1204'],
    ['PH2', 'ph2'],
    ['PH-2', 'ph2'],
    ['ph 2', 'ph2'],
    ['Ph_2', 'ph2'],
    ['TH-3', 'th3'],
    ['th3', 'th3'],
    ['A-101', 'a101'],
    ['É-4', 'e4'],
  ])('%s → %s', (written, canonical) => {
    expect(canonicalUnitNumber(written)).toBe(canonical);
  });

  it('gives the forms agents use for one unit the same key', () => {
    const forms = ['PH-2', 'PH2', 'ph2', 'Ph 2'].map(canonicalUnitNumber);
    expect(new Set(forms).size).toBe(1);
    expect(canonicalUnitNumber('PH-12')).not.toBe(canonicalUnitNumber('PH-2'));
  });
});

describe('compareNatural', () => {
  it('orders numbers by value and letters after digits', () => {
    const numbers = ['PH-10', '1204', 'TH-2', '201', '12', 'PH-2', '1201', 'PH-1', '2'];
    expect([...numbers].sort(compareNatural)).toEqual([
      '2',
      '12',
      '201',
      '1201',
      '1204',
      'PH-1',
      'PH-2',
      'PH-10',
      'TH-2',
    ]);
  });

  it('orders names ignoring accents and case', () => {
    expect(['Tower 10', 'élan', 'Tower 9', 'Alder'].sort(compareNatural)).toEqual([
      'Alder',
      'élan',
      'Tower 9',
      'Tower 10',
    ]);
  });

  it('treats equal text as equal', () => {
    expect(compareNatural('PH-2', 'ph-2')).toBe(0);
  });
});
