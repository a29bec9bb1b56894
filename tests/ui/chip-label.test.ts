import { describe, expect, it } from 'vitest';
import { chipLabel } from '@/lib/search/chip-label';
import { parseQuery } from '@/lib/search/query';

const labels = (q: string) => parseQuery(q).filters.map(chipLabel);

describe('chipLabel', () => {
  it.each([
    ['2bd under 600k available', ['2 bd', '≤ $600K', 'Available']],
    ['studio', ['Studio']],
    ['2+1', ['2+1 bd']],
    ['500k-700k', ['$500K–$700K']],
    ['>1.2m', ['≥ $1.2M']],
    ['fl 12', ['Floor 12']],
    ['2ba', ['2+ ba']],
    ['available or on hold', ['Available or On hold']],
  ])('%s → %j', (query, expected) => {
    expect(labels(query)).toEqual(expected);
  });
});
