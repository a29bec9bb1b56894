// Editing a unit: the fields an agent may change, in the catalog's terms, and the PATCH body that
// carries them in the vocabulary the unit's own document uses. Planpoint documents two: the SDK
// contract (unitNumber, bed, bath, sqft, status) and the viewer docs (name, bedrooms, bathrooms,
// squareFeet, availability). A field goes back under the key the document already has; a field
// the document lacks goes under the key of the vocabulary the rest of it is in.
import { isRecord } from '../is-record';
import type { Unit } from './model';
import { RENT_FIELDS } from '../planpoint/rent-fields';
import { isSettableStatus, statusPatch, type SettableStatus } from './settable-status';

/** What an edit changes: only the fields present are sent; null clears a field. */
export interface UnitEdits {
  number?: string;
  floorId?: string;
  bedrooms?: number | null;
  bathrooms?: number | null;
  area?: number | null;
  price?: number | null;
  priceTBD?: boolean;
  status?: SettableStatus;
  model?: string | null;
  type?: string | null;
  orientation?: string | null;
  parking?: number | null;
  deliveryDate?: string | null;
  description?: string | null;
}

export type EditableField = keyof UnitEdits;

export const NUMBER_FIELDS = ['bedrooms', 'bathrooms', 'area', 'price', 'parking'] as const;
export const TEXT_FIELDS = ['model', 'type', 'orientation', 'deliveryDate', 'description'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];

/** Per field, its key in the SDK contract and in the viewer docs (the same key when they agree). */
const KEYS: Record<Exclude<EditableField, 'status'>, { sdk: string; viewer: string }> = {
  number: { sdk: 'unitNumber', viewer: 'name' },
  floorId: { sdk: 'floor', viewer: 'floor' },
  bedrooms: { sdk: 'bed', viewer: 'bedrooms' },
  bathrooms: { sdk: 'bath', viewer: 'bathrooms' },
  area: { sdk: 'sqft', viewer: 'squareFeet' },
  price: { sdk: 'price', viewer: 'price' },
  priceTBD: { sdk: 'unitPriceTBD', viewer: 'unitPriceTBD' },
  model: { sdk: 'model', viewer: 'model' },
  type: { sdk: 'type', viewer: 'type' },
  orientation: { sdk: 'orientation', viewer: 'orientation' },
  parking: { sdk: 'parking', viewer: 'parking' },
  deliveryDate: { sdk: 'deliveryDate', viewer: 'deliveryDate' },
  description: { sdk: 'description', viewer: 'description' },
};

const VIEWER_ONLY_KEYS = ['availability', 'bedrooms', 'bathrooms', 'squareFeet'];

/** Which vocabulary a unit document is written in: the viewer docs' as soon as it has one of
 * their own keys, else the contract's. */
export function vocabularyOf(document: Record<string, unknown>): 'sdk' | 'viewer' {
  return VIEWER_ONLY_KEYS.some((key) => key in document) ? 'viewer' : 'sdk';
}

/**
 * The PATCH body for `edits` to the unit whose current document is `document`. A number goes
 * back as text where the document wrote that field as text ("2+1" bedrooms, "$450,000" prices).
 */
export function unitPatch(
  document: Record<string, unknown>,
  edits: UnitEdits,
): Record<string, unknown> {
  return fieldsFor(vocabularyOf(document), document, edits);
}

/** A new unit's fields (everything but its floor), in the vocabulary of its project's units. */
export function newUnitFields(
  vocabulary: 'sdk' | 'viewer',
  fields: UnitEdits,
): Record<string, unknown> {
  return fieldsFor(vocabulary, {}, fields);
}

function fieldsFor(
  vocabulary: 'sdk' | 'viewer',
  document: Record<string, unknown>,
  edits: UnitEdits,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(edits) as [EditableField, unknown][]) {
    if (value === undefined) continue;
    if (field === 'status') {
      if (isSettableStatus(value)) {
        const statusField =
          'availability' in document || (!('status' in document) && vocabulary === 'viewer')
            ? 'availability'
            : 'status';
        Object.assign(patch, statusPatch({ statusField }, value));
      }
      continue;
    }
    const { sdk, viewer } = KEYS[field];
    // A rental's rent goes back to the rent field it was read from.
    const rentKey = field === 'price' ? RENT_FIELDS.find((k) => document[k] != null) : undefined;
    const key =
      rentKey ?? (sdk in document ? sdk : viewer in document ? viewer : KEYS[field][vocabulary]);
    const written = typeof document[key] === 'string' && typeof value === 'number';
    patch[key] = written ? String(value) : value;
  }
  return patch;
}

/** The values the edit form starts from, read off the catalog's unit. */
export function editableValues(unit: Unit): Required<Omit<UnitEdits, 'status'>> & {
  status: Unit['status'];
} {
  return {
    number: unit.number,
    floorId: unit.floorId ?? '',
    bedrooms: unit.bedrooms,
    bathrooms: unit.bathrooms,
    area: unit.area,
    price: unit.price,
    priceTBD: unit.priceTBD,
    status: unit.status,
    model: unit.model,
    // The catalog shows "type · specific type" together; only the type is edited.
    type: unit.type === null ? null : (unit.type.split(' · ')[0] ?? null),
    orientation: unit.orientation,
    parking: unit.parking,
    deliveryDate: unit.deliveryDate,
    description: unit.description,
  };
}

/** Is `value` a UnitEdits, every field of the right type (what the background accepts)? */
export function isUnitEdits(value: unknown): value is UnitEdits {
  if (!isRecord(value)) return false;
  const optional = (key: string, test: (v: unknown) => boolean) =>
    value[key] === undefined || test(value[key]);
  const numberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
  const textOrNull = (v: unknown) => v === null || typeof v === 'string';
  return (
    Object.keys(value).every((key) => key === 'status' || Object.hasOwn(KEYS, key)) &&
    optional('number', (v) => typeof v === 'string' && v.trim() !== '') &&
    optional('floorId', (v) => typeof v === 'string' && v !== '') &&
    optional('priceTBD', (v) => typeof v === 'boolean') &&
    optional('status', isSettableStatus) &&
    NUMBER_FIELDS.every((key) => optional(key, numberOrNull)) &&
    TEXT_FIELDS.every((key) => optional(key, textOrNull))
  );
}
