import { describe, expect, it } from 'vitest';
import type { Unit } from '@/lib/catalog/model';
import { pairUnits } from '@/lib/catalog/unit-pairs';
import { mulberry32 } from '../../sandbox/random';
import { unit } from '../search/fixtures';

/** What pairUnits should find, the plain way: every id looked up in one table. */
function pairsById(before: Unit[], after: Unit[]): string[] {
  const old = new Map(before.map((u) => [u.id, u]));
  const pairs = after.map((u) => `${old.get(u.id)?.id ?? '-'} ${u.id}`);
  const now = new Set(after.map((u) => u.id));
  const gone = before.filter((u) => !now.has(u.id)).map((u) => `${u.id} -`);
  return [...pairs, ...gone.sort()];
}

function pairsOf(before: Unit[], after: Unit[]): string[] {
  const pairs: string[] = [];
  const gone: string[] = [];
  pairUnits(before, after, (was, now) => {
    if (now) pairs.push(`${was?.id ?? '-'} ${now.id}`);
    else gone.push(`${was!.id} -`);
  });
  return [...pairs, ...gone.sort()];
}

function projectUnits(projectId: string, count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => unit(`${projectId}-u${i}`, projectId, `${i}`));
}

const BEFORE = ['p1', 'p2', 'p3', 'p4'].flatMap((p) => projectUnits(p, 6));

describe('pairing the units of two syncs', () => {
  it('pairs every unit in place when nothing came or went', () => {
    expect(pairsOf(BEFORE, [...BEFORE])).toEqual(pairsById(BEFORE, BEFORE));
  });

  it('finds a unit added at the front, one removed in the middle, and the rest paired', () => {
    const after = [unit('new', 'p1', '99'), ...BEFORE.filter((u) => u.id !== 'p2-u3')];
    const pairs = pairsOf(BEFORE, after);
    expect(pairs).toEqual(pairsById(BEFORE, after));
    expect(pairs[0]).toBe('- new');
    expect(pairs.at(-1)).toBe('p2-u3 -');
  });

  it('pairs projects that changed places, and a project that came or went', () => {
    const after = [
      ...projectUnits('p3', 6),
      ...projectUnits('p5', 2),
      ...projectUnits('p1', 6),
      ...projectUnits('p2', 6),
    ];
    expect(pairsOf(BEFORE, after)).toEqual(pairsById(BEFORE, after));
  });

  it("pairs a project's units listed in two places", () => {
    const after = [...BEFORE.slice(1, 3), ...BEFORE.slice(6), BEFORE[0]!, ...BEFORE.slice(3, 6)];
    expect(pairsOf(BEFORE, after)).toEqual(pairsById(BEFORE, after));
  });

  it('agrees with the plain way on random edits', () => {
    const random = mulberry32(12);
    for (let round = 0; round < 200; round++) {
      const after = BEFORE.filter(() => random() > 0.1);
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(random() * (after.length + 1));
        const near = after[Math.min(at, after.length - 1)] ?? BEFORE[0]!;
        after.splice(at, 0, unit(`n${round}-${k}`, near.projectId, `n${k}`));
      }
      if (random() < 0.3) after.reverse();
      expect(pairsOf(BEFORE, after)).toEqual(pairsById(BEFORE, after));
    }
  });
});
