import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Catalog } from '@/lib/catalog/model';
import type { CatalogHead } from '@/lib/catalog/packed';
import { catalogInSteps, type StoredCatalog } from '@/lib/settings';

export interface FullCatalog {
  /** The catalog to search and list results from; null until its units are decoded. */
  searchable: Catalog | null;
  /** The same catalog once its units' details are filled in too; null until then. */
  complete: Catalog | null;
}

const NONE: FullCatalog = { searchable: null, complete: null };

/**
 * The whole catalog, units included, for search and unit details. Decoded once the popup has
 * drawn the project list from the head, and again when a sync writes a new catalog (the head's
 * stamp changes). At 60,000 units reading and decoding take a few hundred milliseconds, so it
 * comes in steps, each as early as it can:
 * - the head and units are asked for at the first render, beside the popup's other stored
 *   values: storage hands over their megabytes while the first screen renders (call this hook
 *   after the page's other stored values, so their small reads are queued first);
 * - the units are decoded after the first paint, without their details: search and result rows
 *   have all they read (`searchable`);
 * - the details, read meanwhile, are filled into the same units (`complete`): only a unit's
 *   detail view and the forms read them.
 */
export function useFullCatalog(head: CatalogHead | null | undefined): FullCatalog {
  const [catalog, setCatalog] = useState<FullCatalog>(NONE);
  const early = useRef<Promise<StoredCatalog> | null>(null);
  const stamp = head?.stamp ?? null;
  useLayoutEffect(() => {
    early.current = catalogInSteps.readFirst();
  }, []);
  // An effect runs after the browser has painted: the project list shows first.
  useEffect(() => {
    if (stamp === null) {
      setCatalog(NONE);
      return;
    }
    let live = true;
    const pending = early.current ?? catalogInSteps.readFirst();
    early.current = null;
    void decodeInSteps(pending, stamp, (next) => live && setCatalog(next));
    return () => {
      live = false;
    };
  }, [stamp]);
  return catalog;
}

async function decodeInSteps(
  pending: Promise<StoredCatalog>,
  stamp: string,
  show: (next: FullCatalog | ((previous: FullCatalog) => FullCatalog)) => void,
): Promise<void> {
  let stored = await pending;
  // Read before the head was: a sync may have written since.
  if (catalogInSteps.stampOf(stored) !== stamp) stored = await catalogInSteps.readFirst();
  const details = catalogInSteps.readDetails();
  const first = catalogInSteps.decodeFirst(stored);
  if (!first || !first.detailsApart) {
    show({ searchable: first?.catalog ?? null, complete: first?.catalog ?? null });
    return;
  }
  // Until the new details are in, details and forms keep the catalog before this write (a unit's
  // detail view stays open through its own status change); on first load there is none yet.
  show((previous) => ({ searchable: first.catalog, complete: previous.complete }));
  // A new object for the same units: what the search index was built from stays as it is.
  const complete = { ...first.catalog };
  if (catalogInSteps.fillDetails(complete, stamp, await details)) {
    show({ searchable: first.catalog, complete });
  } else if (catalogInSteps.stampOf(await catalogInSteps.readFirst()) === stamp) {
    // Units without their details, under the same stamp: a storage fault, not a newer sync
    // (whose new head would start over). Search keeps working; say so instead of hiding it.
    show({ searchable: first.catalog, complete });
    throw new Error(`The stored catalog ${stamp} has no details for its units`);
  }
}
