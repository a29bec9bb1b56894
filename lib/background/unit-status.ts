// Changing a unit's availability from the popup: one PATCH in the field and words the unit was
// read in (lib/catalog/settable-status.ts), sent and stored like every unit change.
import type { Unit } from '../catalog/model';
import { statusPatch, type SettableStatus } from '../catalog/settable-status';
import { sendUnitPatch } from './unit-patch';
import { unitInCatalog } from './write-failures';

export async function setUnitStatus(unitId: string, status: SettableStatus): Promise<Unit> {
  const { catalog, unit } = await unitInCatalog(unitId);
  return sendUnitPatch(catalog, unit, statusPatch(unit, status));
}
