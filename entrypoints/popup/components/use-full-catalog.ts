import { useEffect, useState } from 'preact/hooks';
import type { Catalog } from '@/lib/catalog/model';
import type { CatalogHead } from '@/lib/catalog/packed';
import { catalogSnapshot } from '@/lib/settings';

/**
 * The whole catalog, units included, for search and unit details. Read once the popup has drawn
 * the project list from the head (at 60,000 units, reading and decoding the units takes a few
 * hundred milliseconds), and again when a sync writes a new catalog (the head's stamp changes).
 * Null until then.
 */
export function useFullCatalog(head: CatalogHead | null | undefined): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const stamp = head?.stamp ?? null;
  // An effect runs after the browser has painted: the project list shows first.
  useEffect(() => {
    if (stamp === null) {
      setCatalog(null);
      return;
    }
    let live = true;
    void catalogSnapshot.getValue().then((value) => live && setCatalog(value));
    return () => {
      live = false;
    };
  }, [stamp]);
  return catalog;
}
