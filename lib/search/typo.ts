// Tolerates a slip (two in long words) in a project word being typed ("parkveiw", "montrael"):
// only used when a word matches nothing at all, so exact matches are never diluted by near ones.

/** How many slips a word of this length may have: none below 4 letters, 2 from 9. */
export function allowedSlips(length: number): number {
  if (length < 4) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * True when `typed` is within `slips` edits (insertion, deletion, substitution, swap of two
 * neighbours) of some prefix of `term`: the agent may not have finished typing it.
 */
export function nearPrefix(typed: string, term: string, slips: number): boolean {
  if (slips === 0 || term.length + slips < typed.length) return false;
  const width = term.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= typed.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < width; j++) {
      const same = typed.charCodeAt(i - 1) === term.charCodeAt(j - 1);
      let cost = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (same ? 0 : 1),
      );
      const swapped =
        i > 1 &&
        j > 1 &&
        typed.charCodeAt(i - 1) === term.charCodeAt(j - 2) &&
        typed.charCodeAt(i - 2) === term.charCodeAt(j - 1);
      if (swapped) cost = Math.min(cost, (before[j - 2] as number) + 1);
      current[j] = cost;
      if (cost < rowBest) rowBest = cost;
    }
    if (rowBest > slips) return false;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(...previous) <= slips;
}
