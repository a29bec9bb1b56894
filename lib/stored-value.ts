// One value kept in the browser's extension storage: read with a fallback for "never written",
// written, removed, and watched as any page or the background changes it. A few lines of our own
// over browser.storage instead of WXT's storage module: that module weighs about 3.5 kB gzipped
// in every page (versioning, migrations, locks the extension does not use) and reads each item
// it defines once when its module loads, so the popup's first read waited behind a dozen others.
// The keys are the ones that module wrote ('apiToken' in storage.local, ...), so nothing an
// earlier version saved is lost.
import { browser } from 'wxt/browser';

export type StorageAreaName = 'local' | 'session';

export interface StoredValue<T> {
  readonly area: StorageAreaName;
  readonly key: string;
  readonly fallback: T;
  /** The stored value, or the fallback when there is none. */
  getValue(): Promise<T>;
  /** Stores `value`; null or undefined removes the value instead. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `onChange` after each change that stores a different value; returns the unwatch. */
  watch(onChange: (value: T, previous: T) => void): () => void;
  /** `value` as one entry of writeTogether. */
  entry(value: T): StoredEntry;
}

export interface StoredEntry {
  area: StorageAreaName;
  key: string;
  value: unknown;
}

type ValueOf<S> = S extends StoredValue<infer T> ? T : never;

const areaNamed = (area: StorageAreaName) => browser.storage[area];

/** Storage sends a change event for a write of the same value too (Firefox always does). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function storedValue<T>(area: StorageAreaName, key: string, fallback: T): StoredValue<T> {
  const orFallback = (value: unknown): T => (value ?? fallback) as T;
  return {
    area,
    key,
    fallback,
    getValue: async () => orFallback((await areaNamed(area).get(key))[key]),
    setValue: (value) =>
      value == null ? areaNamed(area).remove(key) : areaNamed(area).set({ [key]: value }),
    removeValue: () => areaNamed(area).remove(key),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[key];
        if (!change || sameValue(change.newValue, change.oldValue)) return;
        onChange(orFallback(change.newValue), orFallback(change.oldValue));
      };
      areaNamed(area).onChanged.addListener(listener);
      return () => areaNamed(area).onChanged.removeListener(listener);
    },
    entry: (value) => ({ area, key, value }),
  };
}

function oneArea(values: readonly { area: StorageAreaName }[]): StorageAreaName {
  const area = values[0]?.area ?? 'local';
  if (values.some((value) => value.area !== area))
    throw new Error('Values read or written together must share one storage area');
  return area;
}

/** Several values in one storage read, so that they are seen as one moment left them. */
export async function readTogether<const S extends readonly StoredValue<unknown>[]>(
  values: S,
): Promise<{ [I in keyof S]: ValueOf<S[I]> }> {
  const stored = await areaNamed(oneArea(values)).get(values.map((value) => value.key));
  return values.map((value) => stored[value.key] ?? value.fallback) as {
    [I in keyof S]: ValueOf<S[I]>;
  };
}

/** Several values in one storage write: no reader sees some of them written and not others. */
export async function writeTogether(entries: readonly StoredEntry[]): Promise<void> {
  await areaNamed(oneArea(entries)).set(
    Object.fromEntries(entries.map((entry) => [entry.key, entry.value])),
  );
}

export async function removeTogether(values: readonly StoredValue<unknown>[]): Promise<void> {
  await areaNamed(oneArea(values)).remove(values.map((value) => value.key));
}
