import { useMemo } from 'preact/hooks';
import type { Catalog } from '@/lib/catalog/model';
import { buildSearchIndex, type SearchIndex } from '@/lib/search/index';
import { searchCatalog, type SearchResult } from '@/lib/search/search';

/**
 * The search index of the whole catalog (null until its units are loaded) and the answer to the
 * query (null for an empty query, or while the index is not ready). The index is built once per
 * catalog, the answer once per query and limit (the search's own when none is given).
 */
export function useSearchResults(
  catalog: Catalog | null,
  query: string,
  limit?: number,
): [index: SearchIndex | null, result: SearchResult | null] {
  const index = useMemo(() => (catalog ? buildSearchIndex(catalog) : null), [catalog]);
  const result = useMemo(
    () => (index && query.trim() ? searchCatalog(index, query, { limit }) : null),
    [index, query, limit],
  );
  return [index, result];
}
