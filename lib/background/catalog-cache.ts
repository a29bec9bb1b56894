// The background's in-memory copy of the stored catalog and its search index, for the address
// bar's per-keystroke suggestions: storage is read once, then again only when the catalog changes.
import type { Catalog } from '../catalog/model';
import { buildSearchIndex, type SearchIndex } from '../search/index';
import { catalogSnapshot } from '../settings';

let cached: Promise<{ catalog: Catalog; index: SearchIndex } | null> | null = null;

export function cachedCatalog(): Promise<{ catalog: Catalog; index: SearchIndex } | null> {
  cached ??= catalogSnapshot
    .getValue()
    .then((catalog) => (catalog ? { catalog, index: buildSearchIndex(catalog) } : null));
  return cached;
}

/** Call once at start-up: any write to the stored catalog drops the copy. */
export function watchCatalogForCache(): void {
  catalogSnapshot.watch(() => {
    cached = null;
  });
}
