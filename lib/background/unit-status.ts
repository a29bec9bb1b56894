// Changing a unit's availability from the popup: one PATCH in the SDK contract's vocabulary,
// then the stored catalog is updated with what the API answered.
import type { Unit } from '../catalog/model';
import { statusPatch, type SettableStatus } from '../catalog/settable-status';
import { PlanpointError, toPlanpointError } from '../planpoint/errors';
import { normalizeUnit } from '../planpoint/normalize';
import type { WireUnit } from '../planpoint/wire';
import { catalogSnapshot } from '../settings';
import { planpoint } from './planpoint';
import { t } from '../i18n';
import { errorText } from '../error-text';
import { runSync } from './sync-runner';

/** A status change sent to Planpoint whose answer never came or could not be read. */
export class UnconfirmedChangeError extends Error {}

export async function setUnitStatus(unitId: string, status: SettableStatus): Promise<Unit> {
  const catalog = await catalogSnapshot.getValue();
  const unit = catalog?.units.find((u) => u.id === unitId);
  if (!catalog || !unit) {
    throw new PlanpointError({
      kind: 'not-found',
      message: `unit ${unitId} not in catalog`,
      cause: { cause: 'unit-gone' },
    });
  }
  let answered: WireUnit;
  try {
    answered = await planpoint.updateUnit(unitId, statusPatch(unit, status));
  } catch (error) {
    const failure = toPlanpointError(error);
    if (failure.kind === 'forbidden') {
      throw new PlanpointError({
        kind: 'forbidden',
        status: failure.status,
        serverMessage: failure.serverMessage,
        message: failure.message,
        cause: { cause: 'not-allowed-to-change' },
      });
    }
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
  // Re-read: a sync may have written a newer catalog while the request was in flight.
  const latest = (await catalogSnapshot.getValue()) ?? catalog;
  const next = { ...latest, units: latest.units.map((u) => (u.id === unitId ? updated : u)) };
  await catalogSnapshot.setValue(next);
  return updated;
}

/** No answer (a timeout or dropped connection, not a 408), or a 2xx body that could not be read. */
function mayHaveBeenSaved(failure: PlanpointError): boolean {
  if (failure.kind === 'invalid-response') return true;
  return (failure.kind === 'timeout' || failure.kind === 'network') && failure.status === null;
}
