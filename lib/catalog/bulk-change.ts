// A change to many units at once, planned as Planpoint's batch update takes it: PATCH /api/units
// {ids, patchData} sets the same fields on every unit of a batch. Units that need different
// fields (a status in `status` or in `availability`) or values (each its own new price) go in
// separate batches; a unit the change cannot apply to (no price to change, or a commercial space,
// which no endpoint changes) is named with the reason, not sent.
import type { Unit } from './model';
import { isSettableStatus, statusPatch, type SettableStatus } from './settable-status';

export type PriceChange = { to: number } | { by: number } | { percent: number };
export type BulkChange = { status: SettableStatus } | { price: PriceChange };

export interface Batch {
  ids: string[];
  patchData: Record<string, unknown>;
}

export interface NotSent {
  unitId: string;
  reason: 'no-price' | 'negative-price' | 'commercial-space';
}

/** The new price, to the cent; null when the unit has no price to change by an amount. */
function newPrice(unit: Unit, change: PriceChange): number | null {
  if ('to' in change) return change.to;
  if (unit.price === null) return null;
  const price = 'by' in change ? unit.price + change.by : unit.price * (1 + change.percent / 100);
  return Math.round(price * 100) / 100;
}

export function planBulkChange(
  units: readonly Unit[],
  change: BulkChange,
): { batches: Batch[]; notSent: NotSent[] } {
  const batches = new Map<string, Batch>();
  const notSent: NotSent[] = [];
  const add = (unit: Unit, patchData: Record<string, unknown>) => {
    const key = JSON.stringify(patchData);
    const batch = batches.get(key) ?? { ids: [], patchData };
    batch.ids.push(unit.id);
    batches.set(key, batch);
  };
  for (const unit of units) {
    // Planpoint's unit endpoints do not reach a project's commercial spaces.
    if (unit.commercialSpace) {
      notSent.push({ unitId: unit.id, reason: 'commercial-space' });
      continue;
    }
    if ('status' in change) {
      add(unit, statusPatch(unit, change.status));
      continue;
    }
    const price = newPrice(unit, change.price);
    if (price === null) notSent.push({ unitId: unit.id, reason: 'no-price' });
    else if (price < 0) notSent.push({ unitId: unit.id, reason: 'negative-price' });
    else add(unit, { price });
  }
  return { batches: [...batches.values()], notSent };
}

export function isBulkChange(value: unknown): value is BulkChange {
  if (typeof value !== 'object' || value === null) return false;
  if ('status' in value) return Object.keys(value).length === 1 && isSettableStatus(value.status);
  if (!('price' in value) || Object.keys(value).length !== 1) return false;
  const price = value.price;
  if (typeof price !== 'object' || price === null || Object.keys(price).length !== 1) return false;
  const [key, amount] = Object.entries(price)[0] ?? [];
  return (
    (key === 'to' || key === 'by' || key === 'percent') &&
    typeof amount === 'number' &&
    Number.isFinite(amount) &&
    (key !== 'to' || amount >= 0)
  );
}
