// What every write from the popup (a status change, a deletion) does with a failure: a unit the
// catalog no longer has, a token that may view but not change, and an answer that never came
// (the write may have reached Planpoint: the catalog is refreshed rather than told "not done").
import type { Catalog, Unit } from '../catalog/model';
import { PlanpointError } from '../planpoint/errors';
import { catalogSnapshot, viewOnlyProjects } from '../settings';
import { withOwnChanges } from './change-tracking';

/** A write sent to Planpoint whose answer never came or could not be read. */
export class UnconfirmedChangeError extends Error {}

/** The unit and the catalog it is in, or the "no longer in your catalog" error. */
export async function unitInCatalog(unitId: string): Promise<{ catalog: Catalog; unit: Unit }> {
  const catalog = await catalogSnapshot.getValue();
  const unit = catalog?.units.find((u) => u.id === unitId);
  if (!catalog || !unit) {
    throw new PlanpointError({
      kind: 'not-found',
      message: `unit ${unitId} not in catalog`,
      cause: { cause: 'unit-gone' },
    });
  }
  return { catalog, unit };
}

/** A 403 on a write: the token may view this project but not change it. The project is
 * remembered as view-only (its editing tools give way to that sentence) until the next sign-in. */
export async function notAllowedToChange(
  failure: PlanpointError,
  projectId: string,
): Promise<PlanpointError> {
  const known = await viewOnlyProjects.getValue();
  if (!known.includes(projectId)) await viewOnlyProjects.setValue([...known, projectId]);
  return new PlanpointError({
    kind: 'forbidden',
    status: failure.status,
    serverMessage: failure.serverMessage,
    message: failure.message,
    cause: { cause: 'not-allowed-to-change' },
  });
}

/** No answer (a timeout or dropped connection, not a 408), or a 2xx body that could not be read. */
export function mayHaveBeenSaved(failure: PlanpointError): boolean {
  if (failure.kind === 'invalid-response') return true;
  return (failure.kind === 'timeout' || failure.kind === 'network') && failure.status === null;
}

/** Writes the catalog with `change` applied to the latest stored one (a sync may have written a
 * newer catalog while the request was in flight). */
export async function updateStoredUnits(
  fallback: Catalog,
  change: (units: Unit[]) => Unit[],
): Promise<void> {
  const latest = (await catalogSnapshot.getValue()) ?? fallback;
  await catalogSnapshot.setValue(
    await withOwnChanges(latest, { ...latest, units: change(latest.units) }),
  );
}
