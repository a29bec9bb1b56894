// Seeded randomness for the demo data. Data must be reproducible from a seed, so nothing in the
// generator calls Math.random; every choice goes through one of these helpers.

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for plausible demo data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one 32-bit seed, so each project gets its own independent stream. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** An integer in [min, max], both included. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick() from an empty list');
  return item;
}

/** Picks from [value, weight] pairs; weights need not sum to 1. */
export function pickWeighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let roll = rng() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new RangeError('pickWeighted() from an empty table');
  return last[0];
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}
