import { useLayoutEffect } from 'preact/hooks';
import type { CatalogHead } from '@/lib/catalog/packed';
import type { SearchIndex } from '@/lib/search/index';
import type { SearchResult } from '@/lib/search/search';

/**
 * Performance marks read by the benchmark (scripts/bench.ts), set once the list is in the
 * document: the first list that answers the search field from catalog data (and the frame that
 * painted it), the search index ready, and every result list after.
 */
export function useBenchMarks(
  head: CatalogHead | null,
  index: SearchIndex | null,
  result: SearchResult | null,
  query: string,
): void {
  useLayoutEffect(() => {
    if (index) markOnce('search-ready');
    if (head && (!query.trim() || result) && markOnce('first-results')) {
      requestAnimationFrame(() => setTimeout(() => markOnce('first-results-painted')));
    }
    performance.mark('results-shown');
  }, [head, index, result]);
}

/** Sets a performance mark unless it is already set; true when it set it. */
function markOnce(name: string): boolean {
  if (performance.getEntriesByName(name).length > 0) return false;
  performance.mark(name);
  return true;
}
