// The unit forms' values as the agent types them (text), and what they send: for an edit, only
// the fields that differ from the unit as the catalog has it; for a new unit, every field given.
// Each value is checked before anything is sent.
import {
  editableValues,
  NUMBER_FIELDS,
  TEXT_FIELDS,
  type NumberField,
  type UnitEdits,
} from '@/lib/catalog/editable-fields';
import type { Unit } from '@/lib/catalog/model';
import { isSettableStatus, type SettableStatus } from '@/lib/catalog/settable-status';
import type { NewUnitFloor } from '@/lib/messages';
import { amount, num } from '@/lib/planpoint/coerce';
import { statusName } from '@/lib/format';

export type FormValues = {
  number: string;
  floorId: string;
  priceTBD: boolean;
  status: string;
} & Record<NumberField | (typeof TEXT_FIELDS)[number], string>;

export function formValuesOf(unit: Unit): FormValues {
  const start = editableValues(unit);
  const asText = (value: number | string | null) => (value === null ? '' : String(value));
  return {
    number: start.number,
    floorId: start.floorId,
    priceTBD: start.priceTBD,
    status: start.status,
    bedrooms: asText(start.bedrooms),
    bathrooms: asText(start.bathrooms),
    area: asText(start.area),
    price: asText(start.price),
    parking: asText(start.parking),
    model: asText(start.model),
    type: asText(start.type),
    orientation: asText(start.orientation),
    deliveryDate: asText(start.deliveryDate),
    description: asText(start.description),
  };
}

/** A field the agent must fix, and why: the form shows it beside that field. */
export interface FieldProblem {
  field: keyof FormValues;
  problem: 'required' | 'not-a-number' | 'negative';
}

/** Prices and areas as agents write them ("450 000", "$599,000"); counts as plain numbers. */
function readNumber(field: NumberField, text: string): number | null | 'not-a-number' | 'negative' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = num(trimmed) ?? (field === 'price' || field === 'area' ? amount(trimmed) : null);
  if (value === null) return /^\s*-/.test(trimmed) ? 'negative' : 'not-a-number';
  return value < 0 ? 'negative' : value;
}

/** The edits the form makes to `unit`, or the first problem to fix. */
export function editsFrom(
  unit: Unit,
  values: FormValues,
): { edits: UnitEdits } | { problem: FieldProblem } {
  const start = editableValues(unit);
  const edits: UnitEdits = {};
  const number = values.number.trim();
  if (number === '') return { problem: { field: 'number', problem: 'required' } };
  if (number !== start.number) edits.number = number;
  if (values.floorId !== start.floorId && values.floorId !== '') edits.floorId = values.floorId;
  for (const field of NUMBER_FIELDS) {
    const value = readNumber(field, values[field]);
    if (value === 'not-a-number' || value === 'negative') {
      return { problem: { field, problem: value } };
    }
    if (value !== start[field]) edits[field] = value;
  }
  if (values.priceTBD !== start.priceTBD) edits.priceTBD = values.priceTBD;
  if (values.status !== start.status && isSettableStatus(values.status)) {
    edits.status = values.status;
  }
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim() || null;
    if (value !== start[field]) edits[field] = value;
  }
  return { edits };
}

/** The unit as the edits will leave it, shown while Planpoint saves them. */
export function previewOf(edits: UnitEdits): Partial<Unit> {
  // The floor's name is not known until Planpoint answers; a typed bedroom count replaces its label.
  const { floorId: _floor, status, ...fields } = edits;
  const preview: Partial<Unit> = 'bedrooms' in fields ? { ...fields, bedroomsLabel: null } : fields;
  return status ? { ...preview, status, statusLabel: statusName(status) } : preview;
}

/** "A new floor" in the add form's floor choice (no floor id looks like this). */
export const NEW_FLOOR = 'new';

export interface NewUnitValues {
  number: string;
  /** A floor id of the project, or NEW_FLOOR. */
  floorId: string;
  newFloorName: string;
  bedrooms: string;
  bathrooms: string;
  area: string;
  price: string;
  status: SettableStatus;
}

export function newUnitValues(firstFloorId: string | null): NewUnitValues {
  return {
    number: '',
    floorId: firstFloorId ?? NEW_FLOOR,
    newFloorName: '',
    bedrooms: '',
    bathrooms: '',
    area: '',
    price: '',
    status: 'available',
  };
}

/** What the add form sends, or the first problem to fix. */
export function newUnitFrom(
  values: NewUnitValues,
):
  | { floor: NewUnitFloor; fields: UnitEdits & { number: string } }
  | { problem: { field: keyof NewUnitValues; problem: FieldProblem['problem'] } } {
  const number = values.number.trim();
  if (number === '') return { problem: { field: 'number', problem: 'required' } };
  const newFloorName = values.newFloorName.trim();
  if (values.floorId === NEW_FLOOR && newFloorName === '') {
    return { problem: { field: 'newFloorName', problem: 'required' } };
  }
  const fields: UnitEdits & { number: string } = { number, status: values.status };
  for (const field of ['bedrooms', 'bathrooms', 'area', 'price'] as const) {
    const value = readNumber(field, values[field]);
    if (value === 'not-a-number' || value === 'negative') {
      return { problem: { field, problem: value } };
    }
    if (value !== null) fields[field] = value;
  }
  const floor = values.floorId === NEW_FLOOR ? { name: newFloorName } : { id: values.floorId };
  return { floor, fields };
}

/** A project's floors (id, name), in building order, from the catalog's units. */
export function floorsOf(units: readonly Unit[], projectId: string): [string, string][] {
  const floors = new Map<string, { name: string; level: number | null }>();
  for (const unit of units) {
    if (unit.projectId !== projectId || !unit.floorId || floors.has(unit.floorId)) continue;
    floors.set(unit.floorId, { name: unit.floorName ?? unit.floorId, level: unit.floorLevel });
  }
  return [...floors]
    .sort(([, a], [, b]) => (a.level ?? 0) - (b.level ?? 0))
    .map(([id, floor]) => [id, floor.name]);
}
