import { useLayoutEffect, useState } from 'preact/hooks';
import type { StoredValue } from '../lib/stored-value';

/** A storage item's value, kept current as the background writes it. `undefined` = loading. */
export function useStorageItem<T>(item: Pick<StoredValue<T>, 'getValue' | 'watch'>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect runs right after the first render, before the browser paints: the read
  // starts a frame sooner than in an effect (the popup's first screen waits for it).
  useLayoutEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
