// Deleting a unit from the popup: DELETE /api/units/{id}, then the unit leaves the stored catalog
// (and so the search) at once.
import { toPlanpointError } from '../planpoint/errors';
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

export async function deleteUnit(unitId: string): Promise<void> {
  const { catalog, unit } = await unitInCatalog(unitId);
  try {
    await planpoint.deleteUnit(unitId);
  } catch (error) {
    const failure = toPlanpointError(error);
    if (failure.kind === 'forbidden') throw await notAllowedToChange(failure, unit.projectId);
    // Already gone on Planpoint: what the agent asked for is true, so the catalog follows.
    if (failure.kind !== 'not-found') {
      if (mayHaveBeenSaved(failure)) {
        void runSync();
        throw new UnconfirmedChangeError(
          t('errors.deleteUnconfirmed', [unit.number, errorText(failure)]),
        );
      }
      throw failure;
    }
  }
  await updateStoredUnits(catalog, (units) => units.filter((u) => u.id !== unitId));
}
