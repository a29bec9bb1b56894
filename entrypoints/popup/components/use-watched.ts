import { useEffect, useState } from 'preact/hooks';
import type { Watched } from '@/lib/catalog/watched';
import { watched } from '@/lib/settings';

/**
 * What the agent watches, read only while `needed` (a search typed, a unit open, the Changes
 * view): opening the popup reads nothing more than before. `undefined` while loading.
 */
export function useWatched(needed: boolean): Watched | undefined {
  const [value, setValue] = useState<Watched | undefined>(undefined);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void watched.getValue().then((v) => live && setValue(v));
    const unwatch = watched.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [needed]);
  return needed ? value : undefined;
}
