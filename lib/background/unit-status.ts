// Changing a unit's availability from the popup: one PATCH in the field and words the unit was
// read in, then the unit read back and the stored catalog updated with what Planpoint kept.
import type { Unit } from '../catalog/model';
import { statusPatch, type SettableStatus } from '../catalog/settable-status';
import { toPlanpointError } from '../planpoint/errors';
import { normalizeUnit } from '../planpoint/normalize';
import type { WireUnit } from '../planpoint/wire';
import { t } from '../i18n';
import { errorText } from '../error-text';
import { planpoint } from './planpoint';
import { runSync } from './sync-runner';
import {
  mayHaveBeenSaved,
  notAllowedToChange,
  UnconfirmedChangeError,
  unitInCatalog,
  updateStoredUnits,
} from './write-failures';

export async function setUnitStatus(unitId: string, status: SettableStatus): Promise<Unit> {
  const { catalog, unit } = await unitInCatalog(unitId);
  let answered: WireUnit;
  try {
    answered = await planpoint.updateUnit(unitId, statusPatch(unit, status));
  } catch (error) {
    const failure = toPlanpointError(error);
    if (failure.kind === 'forbidden') throw await notAllowedToChange(failure, unit.projectId);
    if (mayHaveBeenSaved(failure)) {
      // The PATCH may have reached Planpoint and been saved before the answer was lost: saying
      // "not changed" could be false, so the catalog is refreshed to show what Planpoint has.
      void runSync();
      throw new UnconfirmedChangeError(
        t('errors.changeUnconfirmed', [unit.number, errorText(failure)]),
      );
    }
    throw failure;
  }
  // Read back what Planpoint kept: the PATCH answer may echo the request rather than the unit.
  answered = await planpoint.getUnit(unitId).catch(() => answered);
  const floor = unit.floorId
    ? { id: unit.floorId, name: unit.floorName, level: unit.floorLevel }
    : null;
  const updated = normalizeUnit(answered, { projectId: unit.projectId, floor });
  await updateStoredUnits(catalog, (units) => units.map((u) => (u.id === unitId ? updated : u)));
  return updated;
}
