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
    } else if (openUnit) {
      setOpenUnit(catalog.units.find((u) => u.id === openUnit.id) ?? openUnit);
    }
  }, [catalog]);
  return [openUnit, setOpenUnit];
}
