// Editing a unit from the popup: its current document is read first, so that each changed field
// goes back under the key and in the vocabulary that document uses (lib/catalog/editable-fields.ts),
// then the PATCH is sent and stored like every unit change.
import type { Unit } from '../catalog/model';
import { unitPatch, type UnitEdits } from '../catalog/editable-fields';
import { planpoint } from './planpoint';
import { sendUnitPatch } from './unit-patch';
import { unitInCatalog } from './write-failures';

export async function editUnit(unitId: string, edits: UnitEdits): Promise<Unit> {
  const { catalog, unit } = await unitInCatalog(unitId);
  const document: Record<string, unknown> = await planpoint.getUnit(unitId);
  const patch = unitPatch(document, edits);
  if (Object.keys(patch).length === 0) return unit;
  return sendUnitPatch(catalog, unit, patch);
}
