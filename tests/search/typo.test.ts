import { describe, expect, it } from 'vitest';
import { allowedSlips, nearPrefix } from '@/lib/search/typo';

describe('nearPrefix', () => {
  it.each([
    ['parkveiw', 'parkview', 1, true], // two letters swapped
    ['montrael', 'montreal', 1, true],
    ['harbor', 'harbourview', 1, true], // a letter left out, word not finished
    ['parkviewz', 'parkview', 1, true], // one letter too many
    ['pxrkview', 'parkview', 1, true], // one wrong letter
    ['pxrkvxew', 'parkview', 1, false],
    ['pxrkvxew', 'parkview', 2, true],
    ['rosemnt', 'rosemont', 1, true],
    ['xyzw', 'parkview', 1, false],
    ['parkview', 'park', 1, false], // the word is longer than the name allows
    ['parkveiw', 'parkview', 0, false],
  ])('%s near a prefix of %s within %i: %s', (typed, term, slips, near) => {
    expect(nearPrefix(typed, term, slips)).toBe(near);
  });
});

describe('allowedSlips', () => {
  it('allows none in short words, one from 4 letters, two from 9', () => {
    expect([1, 3, 4, 8, 9, 14].map(allowedSlips)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
