import { useEffect, useState } from 'preact/hooks';
import { lastQuery } from '@/lib/settings';

/** How long the popup remembers the last search after it closes. */
const REMEMBER_MS = 5 * 60_000;

/**
 * The search text: from the page address when one was given (address bar, right-click menu),
 * else the last search if it was recent. `ready` turns true once the stored one was read.
 */
export function useRememberedQuery(fromAddress: string | null): {
  query: string;
  setQuery: (text: string) => void;
  ready: boolean;
} {
  const [query, setQuery] = useState(fromAddress ?? '');
  const [ready, setReady] = useState(fromAddress !== null);

  useEffect(() => {
    if (fromAddress !== null) return;
    void lastQuery.getValue().then((last) => {
      if (last && Date.now() - last.at < REMEMBER_MS) setQuery(last.text);
      setReady(true);
    });
  }, []);

  useEffect(() => {
    if (ready) void lastQuery.setValue({ text: query, at: Date.now() });
  }, [query, ready]);

  return { query, setQuery, ready };
}
