import { useState } from 'preact/hooks';
import type { Unit } from '@/lib/catalog/model';

/**
 * Units picked for a change to many at once: toggled one by one, or (Shift+click) the whole
 * range of results from the last one toggled. The selection outlives a new search, so an agent
 * can gather units from several.
 */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);

  function toggle(unit: Unit, shown: readonly Unit[], range = false) {
    const next = new Set(selected);
    const from = range && anchor ? shown.findIndex((u) => u.id === anchor) : -1;
    const to = shown.findIndex((u) => u.id === unit.id);
    if (from >= 0 && to >= 0) {
      // A range takes the state of the row it starts from.
      const on = selected.has(anchor ?? '');
      for (const u of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) {
        if (on) next.add(u.id);
        else next.delete(u.id);
      }
    } else if (next.has(unit.id)) {
      next.delete(unit.id);
    } else {
      next.add(unit.id);
    }
    setSelected(next);
    setAnchor(unit.id);
  }

  const selectAll = (shown: readonly Unit[]) =>
    setSelected(new Set([...selected, ...shown.map((u) => u.id)]));
  const clear = () => {
    setSelected(new Set());
    setAnchor(null);
  };
  return { selected, toggle, selectAll, clear };
}
