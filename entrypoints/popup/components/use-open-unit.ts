import { useEffect, useState } from 'preact/hooks';
import type { Catalog, Unit } from '@/lib/catalog/model';

/**
 * The unit whose detail is open, if any. A unit the page was asked to show (popup.html?unit=…,
 * picked from the address bar's suggestions) opens once the catalog is there; an open detail is
 * kept current when a refresh brings new data for its unit.
 */
export function useOpenUnit(
  catalog: Catalog | null,
  linkedUnitId: string | null,
): [Unit | null, (unit: Unit | null) => void] {
  const [openUnit, setOpenUnit] = useState<Unit | null>(null);
  const [pendingUnitId, setPendingUnitId] = useState(linkedUnitId);
  useEffect(() => {
    if (!catalog) return;
    if (pendingUnitId) {
      setOpenUnit(catalog.units.find((u) => u.id === pendingUnitId) ?? null);
      setPendingUnitId(null);
    } else {
      // From the state as it is now, not as this render saw it: effects run after paint, and
      // the detail may have been closed in between (Back, or the unit deleted), and must stay so.
      setOpenUnit((open) => (open ? (catalog.units.find((u) => u.id === open.id) ?? open) : null));
    }
  }, [catalog]);
  return [openUnit, setOpenUnit];
}
