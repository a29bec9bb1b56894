// Changing many units at once from the popup (lib/catalog/bulk-change.ts plans the batches):
// each batch is one PATCH /api/units; the catalog takes what Planpoint answered for every batch
// it accepted, and each unit of a refused batch is named with the reason.
import { planBulkChange, type BulkChange } from '../catalog/bulk-change';
import type { Unit } from '../catalog/model';
import { t } from '../i18n';
import { errorText } from '../error-text';
import type { BulkResult } from '../messages';
import { toPlanpointError } from '../planpoint/errors';
import { normalizeUnit } from '../planpoint/normalize';
import { catalogSnapshot } from '../settings';
import { planpoint } from './planpoint';
import { runSync } from './sync-runner';
import { mayHaveBeenSaved, notAllowedToChange, updateStoredUnits } from './write-failures';

const NOT_SENT_WORDS = {
  'no-price': 'bulk.noPrice',
  'negative-price': 'bulk.negativePrice',
  'commercial-space': 'bulk.commercialSpace',
} as const;

export async function bulkUpdate(unitIds: string[], change: BulkChange): Promise<BulkResult> {
  const catalog = await catalogSnapshot.getValue();
  const wanted = new Set(unitIds);
  const units = (catalog?.units ?? []).filter((u) => wanted.has(u.id));
  const byId = new Map(units.map((u) => [u.id, u]));
  const failed: BulkResult['failed'] = unitIds
    .filter((id) => !byId.has(id))
    .map((unitId) => ({ unitId, number: '?', reason: t('errors.unitGone') }));
  const { batches, notSent } = planBulkChange(units, change);
  for (const { unitId, reason } of notSent) {
    const number = byId.get(unitId)?.number ?? '?';
    failed.push({
      unitId,
      number,
      reason: t(NOT_SENT_WORDS[reason]),
    });
  }
  const updated = new Map<string, Unit>();
  let unconfirmed = false;
  let changed = 0;
  for (const batch of batches) {
    try {
      const answered = await planpoint.batchUpdateUnits(batch.ids, batch.patchData);
      changed += batch.ids.length;
      const docs = new Map(answered.map((doc) => [String(doc._id), doc]));
      for (const id of batch.ids) {
        const unit = byId.get(id);
        if (!unit) continue;
        // A unit the answer left out is read back on its own.
        const doc = docs.get(id) ?? (await planpoint.getUnit(id).catch(() => null));
        const floor = unit.floorId
          ? { id: unit.floorId, name: unit.floorName, level: unit.floorLevel }
          : null;
        if (doc) updated.set(id, normalizeUnit(doc, { projectId: unit.projectId, floor }));
      }
    } catch (error) {
      const failure = toPlanpointError(error);
      const first = byId.get(batch.ids[0] ?? '');
      const reason =
        failure.kind === 'forbidden' && first
          ? errorText(await notAllowedToChange(failure, first.projectId))
          : errorText(failure);
      if (mayHaveBeenSaved(failure)) unconfirmed = true;
      for (const id of batch.ids)
        failed.push({ unitId: id, number: byId.get(id)?.number ?? '?', reason });
    }
  }
  if (catalog && updated.size > 0) {
    await updateStoredUnits(catalog, (all) => all.map((u) => updated.get(u.id) ?? u));
  }
  // A batch whose answer was lost may have been saved: the catalog shows what Planpoint has.
  if (unconfirmed) void runSync();
  return { changed, failed };
}
