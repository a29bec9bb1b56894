// Adding a unit to a project from the popup: its floor is one the project has, or a new one
// created first (POST /api/floors), then the unit is sent as the contract's CreateUnitBody says,
// `floor: {_id}`, its other fields in the vocabulary the project's units are read in. The new
// unit joins the stored catalog (and so the search) as Planpoint answered it.
import type { Catalog, Unit } from '../catalog/model';
import { newUnitFields, type UnitEdits } from '../catalog/editable-fields';
import { toPlanpointError } from '../planpoint/errors';
import { normalizeUnit } from '../planpoint/normalize';
import type { WireUnit } from '../planpoint/wire';
import { text } from '../planpoint/coerce';
import { t } from '../i18n';
import { errorText } from '../error-text';
import type { NewUnitFloor } from '../messages';
import { catalogSnapshot } from '../settings';
import { planpoint } from './planpoint';
import { SettingsError } from './settings-error';
import { runSync } from './sync-runner';
import {
  mayHaveBeenSaved,
  notAllowedToChange,
  UnconfirmedChangeError,
  updateStoredUnits,
} from './write-failures';

export async function createUnit(
  projectId: string,
  floor: NewUnitFloor,
  fields: UnitEdits & { number: string },
): Promise<Unit> {
  const catalog = await catalogSnapshot.getValue();
  if (!catalog?.projects.some((project) => project.id === projectId)) {
    throw new SettingsError(t('errors.projectGone'));
  }
  const target = await floorFor(catalog, projectId, floor);
  const { floorId: _ignored, ...unitFields } = fields;
  const body = {
    floor: { _id: target.id },
    ...newUnitFields(vocabularyOf(catalog, projectId), unitFields),
  };
  let answered: WireUnit;
  try {
    answered = await planpoint.createUnit(body);
  } catch (error) {
    throw await writeFailure(error, projectId, t('errors.createUnconfirmed', [fields.number]));
  }
  const unit = normalizeUnit(answered, { projectId, floor: target });
  await updateStoredUnits(catalog, (units) => [...units.filter((u) => u.id !== unit.id), unit]);
  return unit;
}

/** The floor the unit goes on: a known one, or a new one Planpoint creates first. */
async function floorFor(catalog: Catalog, projectId: string, floor: NewUnitFloor) {
  if ('id' in floor) {
    const known = catalog.units.find((u) => u.projectId === projectId && u.floorId === floor.id);
    return { id: floor.id, name: known?.floorName ?? null, level: known?.floorLevel ?? null };
  }
  try {
    const created: Record<string, unknown> = await planpoint.createFloor({
      project: { _id: projectId },
      name: floor.name,
    });
    const id = text(created['_id']);
    if (!id) throw new Error('Planpoint answered the new floor without an id');
    return { id, name: text(created['name']) ?? floor.name, level: null };
  } catch (error) {
    throw await writeFailure(error, projectId, t('errors.floorUnconfirmed', [floor.name]));
  }
}

/** A new unit is written in the vocabulary most of its project's units are read in (the
 * contract's when there is no telling). */
function vocabularyOf(catalog: Catalog, projectId: string): 'sdk' | 'viewer' {
  let viewer = 0;
  let sdk = 0;
  for (const unit of catalog.units) {
    if (unit.projectId !== projectId) continue;
    if (unit.statusField === 'availability') viewer += 1;
    else if (unit.statusField === 'status') sdk += 1;
  }
  return viewer > sdk ? 'viewer' : 'sdk';
}

/** A refused or unanswered create: the same rules as every write (lib/background/write-failures.ts). */
async function writeFailure(error: unknown, projectId: string, unconfirmed: string) {
  const failure = toPlanpointError(error);
  if (failure.kind === 'forbidden') return notAllowedToChange(failure, projectId);
  if (mayHaveBeenSaved(failure)) {
    // It may exist on Planpoint now: a refresh shows it rather than a second one being created.
    void runSync();
    return new UnconfirmedChangeError(`${unconfirmed} ${errorText(failure)}`);
  }
  return failure;
}
