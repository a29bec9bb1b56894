import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, tokenize } from '@/lib/search/fold';

describe('fold', () => {
  it.each([
    ['Montréal', 'montreal'],
    ['ÉLÉGANCE', 'elegance'],
    ['Québec City', 'quebec city'],
    ['Cœur du Village', 'coeur du village'],
    ['Straße', 'strasse'],
    ['Naïve Façade', 'naive facade'],
    ['PH-2', 'ph-2'],
    ['already plain', 'already plain'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('foldWithMap', () => {
  it('maps each folded character back to the original one', () => {
    const { text, start, end } = foldWithMap('Œuvre é');
    expect(text).toBe('oeuvre e');
    expect(start.slice(0, 3)).toEqual([0, 0, 1]);
    expect(end.slice(0, 3)).toEqual([1, 1, 2]);
    expect(start[7]).toBe(6);
  });

  it('keeps offsets right across characters outside the basic plane', () => {
    const { text, start } = foldWithMap('🏠 Élan');
    expect(text).toBe('🏠 elan');
    expect(start[text.indexOf('e')]).toBe(3);
  });
});

describe('tokenize', () => {
  it('splits folded names on anything that is not a letter or digit', () => {
    expect(tokenize("L'Héritage sur-le-Parc, Phase 2")).toEqual([
      'l',
      'heritage',
      'sur',
      'le',
      'parc',
      'phase',
      '2',
    ]);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize(' - / ')).toEqual([]);
  });
});
