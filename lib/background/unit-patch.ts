// Every change to one unit from the popup (its availability, an edit) ends the same way: one
// PATCH, then the unit read back and the stored catalog updated with what Planpoint kept. A
// refusal changes nothing stored; an answer that never came refreshes the catalog instead.
import type { Catalog, Unit } from '../catalog/model';
import { idOf } from '../planpoint/coerce';
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
  updateStoredUnits,
} from './write-failures';

export async function sendUnitPatch(
  catalog: Catalog,
  unit: Unit,
  patch: Record<string, unknown>,
): Promise<Unit> {
  let answered: WireUnit;
  try {
    answered = await planpoint.updateUnit(unit.id, patch);
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
  answered = await planpoint.getUnit(unit.id).catch(() => answered);
  const updated = normalizeUnit(answered, {
    projectId: unit.projectId,
    floor: floorOf(catalog, unit, answered),
  });
  await updateStoredUnits(catalog, (units) => units.map((u) => (u.id === unit.id ? updated : u)));
  return updated;
}

/** The unit's floor as the catalog knows it: the one it is on now, which an edit may change. */
function floorOf(catalog: Catalog, unit: Unit, answered: WireUnit) {
  const raw: Record<string, unknown> = answered;
  const floorId = idOf(raw['floor']) ?? unit.floorId;
  if (!floorId) return null;
  const known = floorId === unit.floorId ? unit : catalog.units.find((u) => u.floorId === floorId);
  return { id: floorId, name: known?.floorName ?? null, level: known?.floorLevel ?? null };
}
