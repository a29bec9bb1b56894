import { useState } from 'preact/hooks';

/**
 * The result row the arrow keys have chosen, as an index into the current results. It belongs to
 * the query it was chosen in: a new query starts at the first row in the same render, so an arrow
 * key pressed right after typing is never undone by a reset.
 */
export function useActiveRow(
  query: string,
  rowCount: number,
): { active: number; next: () => void; previous: () => void } {
  const [selection, setSelection] = useState({ query: '', index: 0 });
  const active = selection.query === query ? selection.index : 0;
  const move = (step: (index: number) => number) =>
    setSelection((current) => ({
      query,
      index: step(current.query === query ? current.index : 0),
    }));
  return {
    active,
    next: () => move((i) => Math.min(i + 1, rowCount - 1)),
    previous: () => move((i) => Math.max(i - 1, 0)),
  };
}
