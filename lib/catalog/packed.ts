// The catalog as storage.local keeps it: two JSON strings written together.
// - The head: everything but the units, plus per-project unit counts by status. Small (about
//   100 kB for 300 projects), so the popup and the background read it at once and draw the
//   project list and the badge without touching a unit.
// - The units, field by field: each field's distinct values once, and per unit the index of its
//   value written as one to three characters; fields that repeat over neighbouring units
//   (project, floor) as runs; ids and image links front-coded (neighbours share most of their
//   characters). 60,000 units take about a tenth of their plain JSON, and parse into a few
//   dozen strings rather than millions of array elements.
// - The details, in a third string: what only a unit's detail view reads (floor ids, orientation,
//   parking, delivery, hold expiry, description, images, links, additional info: about half of
//   the units' bytes). A search and its result rows never wait for them: the popup reads and
//   decodes the units first and fills the details in after (fillDetails). Catalogs stored before
//   the split keep everything in the units string and are read whole.
// Strings, not objects: storage.local converts every value on each write and read, and one
// string crosses that layer several times faster than the same data as objects (60,000 units:
// about 0.3 s against 1.2 s; the head: 3 ms against 10 ms, in Chromium on the bench machine).
import type { Availability, Catalog, Unit } from './model';
import { isRecord } from '../is-record';

export const PACKED_FORMAT = 3;

/** Units per status, per project id: the project list's counts and the badge. */
export type StatusCounts = Record<string, Partial<Record<Availability, number>>>;

export interface CatalogHead extends Omit<Catalog, 'units'> {
  format: typeof PACKED_FORMAT;
  unitCount: number;
  statusCounts: StatusCounts;
  /** Written with the units too: a head and units read apart belong together when they match. */
  stamp: string;
  /**
   * Leads that came after the agent last opened the Leads view, as the background last counted
   * them (lib/background/lead-count.ts): the popup's Leads button reads it here, with the head it
   * reads at open anyway, instead of reading every lead. Absent until leads are first counted.
   */
  newLeads?: number;
}

/** Non-negative integers, each written as `width` base-91 digits (see digitCode). */
export interface Ints {
  width: number;
  text: string;
}

/** One integer per unit, or runs: `values` each repeated as many times as `lengths` says. */
export type IntColumn = Ints | { values: Ints; lengths: Ints };

/**
 * Strings stored against the one before: string i keeps as many leading characters of string
 * i - 1 as the i-th integer of `shared` says, and adds `rest[i]`.
 */
export interface FrontCoded {
  shared: Ints;
  rest: string[];
}

/** A text field: its distinct values, and per unit 1 + the index of its value (0 for null). */
export interface TextColumn {
  values: FrontCoded;
  column: IntColumn;
}

/** A number field, the same way: distinct values, and per unit 1 + an index (0 for null). */
export interface NumberColumn {
  values: number[];
  column: IntColumn;
}

/** Read by a unit's detail view only: stored in the details string. */
const DETAIL_TEXT_FIELDS = [
  'floorId',
  'statusField',
  'orientation',
  'deliveryDate',
  'holdExpiresAt',
  'description',
  'layoutUrl',
  'brochureUrl',
] as const;
const DETAIL_NUMBER_FIELDS = ['parking'] as const;
const TEXT_FIELDS = [
  'projectId',
  'number',
  'name',
  'floorName',
  'bedroomsLabel',
  'status',
  'statusLabel',
  'model',
  'type',
  ...DETAIL_TEXT_FIELDS,
] as const;
const NUMBER_FIELDS = [
  'floorLevel',
  'bedrooms',
  'bathrooms',
  'area',
  'price',
  ...DETAIL_NUMBER_FIELDS,
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type NumberField = (typeof NUMBER_FIELDS)[number];

export interface PackedUnits {
  format: typeof PACKED_FORMAT;
  stamp: string;
  count: number;
  ids: FrontCoded;
  text: Record<TextField, TextColumn>;
  numbers: Record<NumberField, NumberColumn>;
  /** Positions of the units whose price is "TBD" (few). */
  priceTBD: number[];
  /** Positions of the rentals and of the commercial spaces. Absent in catalogs stored before
   * they were read: none. */
  rentals?: number[];
  commercialSpaces?: number[];
  /** Per unit, how many of `images` are its own, in unit order. */
  imageCounts: IntColumn;
  images: FrontCoded;
  /** Distinct additionalInfo lists as [label, value, label, value…]. */
  infoLists: string[][];
  /** Per unit, 1 + the index of its additionalInfo list (0 for none). */
  info: IntColumn;
  /** True when the detail columns below are left out, stored apart as PackedDetails. */
  detailsApart?: true;
}

/** The detail columns of PackedUnits, stored as a string of their own. */
export interface PackedDetails extends Pick<
  PackedUnits,
  'format' | 'stamp' | 'imageCounts' | 'images' | 'infoLists' | 'info'
> {
  text: Pick<PackedUnits['text'], (typeof DETAIL_TEXT_FIELDS)[number]>;
  numbers: Pick<PackedUnits['numbers'], (typeof DETAIL_NUMBER_FIELDS)[number]>;
}

/** Units without their details, and the details: the two strings a catalog's units are stored as. */
export function splitDetails(packed: PackedUnits): { units: PackedUnits; details: PackedDetails } {
  const { imageCounts, images, infoLists, info, ...rest } = packed;
  const text: Partial<PackedUnits['text']> = { ...packed.text };
  const numbers: Partial<PackedUnits['numbers']> = { ...packed.numbers };
  const details: PackedDetails = {
    format: packed.format,
    stamp: packed.stamp,
    text: {} as PackedDetails['text'],
    numbers: {} as PackedDetails['numbers'],
    imageCounts,
    images,
    infoLists,
    info,
  };
  for (const field of DETAIL_TEXT_FIELDS) {
    details.text[field] = packed.text[field];
    delete text[field];
  }
  for (const field of DETAIL_NUMBER_FIELDS) {
    details.numbers[field] = packed.numbers[field];
    delete numbers[field];
  }
  // The detail columns are absent here (their readers see undefined), as in the details type.
  const units = { ...rest, text, numbers, detailsApart: true } as unknown as PackedUnits;
  return { units, details };
}

// Digits are the 91 characters from '#' (35) to '~' (126) but '\' (92): JSON writes them as
// they are, so a digit costs one byte in storage.
const BASE = 91;

function digitCode(digit: number): number {
  return digit < 57 ? 35 + digit : 36 + digit;
}

function digitOf(code: number): number {
  return code < 92 ? code - 35 : code - 36;
}

function encodeInts(values: readonly number[]): Ints {
  let max = 0;
  for (const value of values) max = Math.max(max, value);
  let width = 1;
  for (let limit = BASE; limit <= max; limit *= BASE) width++;
  const parts = new Array<string>(values.length);
  const codes = new Array<number>(width);
  values.forEach((value, i) => {
    let rest = value;
    for (let k = width - 1; k >= 0; k--) {
      codes[k] = digitCode(rest % BASE);
      rest = Math.floor(rest / BASE);
    }
    parts[i] = String.fromCharCode(...codes);
  });
  return { width, text: parts.join('') };
}

/** The integers one after another, read in place. */
function intReader({ width, text }: Ints): () => number {
  let at = 0;
  if (width === 1) return () => digitOf(text.charCodeAt(at++));
  return () => {
    let value = 0;
    for (let k = 0; k < width; k++) value = value * BASE + digitOf(text.charCodeAt(at++));
    return value;
  };
}

function toIntColumn(values: readonly number[]): IntColumn {
  const runs: number[] = [];
  const lengths: number[] = [];
  for (const value of values) {
    if (runs.length > 0 && runs[runs.length - 1] === value) lengths[lengths.length - 1]!++;
    else {
      runs.push(value);
      lengths.push(1);
    }
  }
  const plain = encodeInts(values);
  const asRuns = { values: encodeInts(runs), lengths: encodeInts(lengths) };
  return asRuns.values.text.length + asRuns.lengths.text.length < plain.text.length
    ? asRuns
    : plain;
}

/** A column's integers one unit after another, runs read in place. */
function columnReader(column: IntColumn): () => number {
  if ('text' in column) return intReader(column);
  const value = intReader(column.values);
  const length = intReader(column.lengths);
  let current = 0;
  let left = 0;
  return () => {
    while (left === 0) {
      current = value();
      left = length();
    }
    left--;
    return current;
  };
}

function frontCode(strings: readonly string[]): FrontCoded {
  const shared: number[] = [];
  const rest: string[] = [];
  let previous = '';
  for (const text of strings) {
    const limit = Math.min(previous.length, text.length);
    let same = 0;
    while (same < limit && previous.charCodeAt(same) === text.charCodeAt(same)) same++;
    // Keep a surrogate pair on one side of the cut.
    if (same > 0 && same < text.length && isLowSurrogate(text.charCodeAt(same))) same--;
    shared.push(same);
    rest.push(text.slice(same));
    previous = text;
  }
  return { shared: encodeInts(shared), rest };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function frontDecode(coded: FrontCoded): string[] {
  const shared = intReader(coded.shared);
  const out = new Array<string>(coded.rest.length);
  let previous = '';
  for (let i = 0; i < coded.rest.length; i++) {
    const keep = shared();
    previous = keep === 0 ? (coded.rest[i] as string) : previous.slice(0, keep) + coded.rest[i];
    out[i] = previous;
  }
  return out;
}

/** Distinct values in order of first use; `add` gives 1 + the index of a value, 0 for null. */
class Dictionary<T> {
  readonly list: T[] = [];
  readonly #index = new Map<unknown, number>();

  constructor(private readonly keyOf: (value: T) => unknown = (value) => value) {}

  add(value: T | null): number {
    if (value === null) return 0;
    const key = this.keyOf(value);
    let at = this.#index.get(key);
    if (at === undefined) {
      this.list.push(value);
      this.#index.set(key, (at = this.list.length));
    }
    return at;
  }
}

export function countByStatus(units: readonly Unit[]): StatusCounts {
  const counts: StatusCounts = {};
  for (const unit of units) {
    const byStatus = (counts[unit.projectId] ??= {});
    byStatus[unit.status] = (byStatus[unit.status] ?? 0) + 1;
  }
  return counts;
}

function packText(units: readonly Unit[], field: TextField): TextColumn {
  const values = new Dictionary<string>();
  const column = units.map((unit) => values.add(unit[field]));
  return { values: frontCode(values.list), column: toIntColumn(column) };
}

function packNumbers(units: readonly Unit[], field: NumberField): NumberColumn {
  const values = new Dictionary<number>();
  const column = units.map((unit) => values.add(unit[field]));
  return { values: values.list, column: toIntColumn(column) };
}

export function packUnits(units: readonly Unit[], stamp: string): PackedUnits {
  const text = {} as Record<TextField, TextColumn>;
  for (const field of TEXT_FIELDS) text[field] = packText(units, field);
  const numbers = {} as Record<NumberField, NumberColumn>;
  for (const field of NUMBER_FIELDS) numbers[field] = packNumbers(units, field);
  const infoLists = new Dictionary<string[]>((list) => JSON.stringify(list));
  const info = units.map((unit) =>
    infoLists.add(
      unit.additionalInfo.length === 0
        ? null
        : unit.additionalInfo.flatMap(({ label, value }) => [label, value]),
    ),
  );
  const priceTBD: number[] = [];
  const rentals: number[] = [];
  const commercialSpaces: number[] = [];
  units.forEach((unit, i) => {
    if (unit.priceTBD) priceTBD.push(i);
    if (unit.rental) rentals.push(i);
    if (unit.commercialSpace) commercialSpaces.push(i);
  });
  return {
    format: PACKED_FORMAT,
    stamp,
    count: units.length,
    ids: frontCode(units.map((unit) => unit.id)),
    text,
    numbers,
    priceTBD,
    rentals,
    commercialSpaces,
    imageCounts: toIntColumn(units.map((unit) => unit.images.length)),
    images: frontCode(units.flatMap((unit) => unit.images)),
    infoLists: infoLists.list,
    info: toIntColumn(info),
  };
}

type TextReader = (field: TextField) => () => string | null;
type NumberReader = (field: NumberField) => () => number | null;

function textReader(packed: { text: Partial<PackedUnits['text']> }): TextReader {
  return (field) => {
    // A column added after a catalog was stored reads as null for all its units.
    const stored = packed.text[field];
    if (!stored) return () => null;
    const values = frontDecode(stored.values);
    const next = columnReader(stored.column);
    return () => {
      const at = next();
      return at === 0 ? null : (values[at - 1] as string);
    };
  };
}

function numberReader(packed: { numbers: Partial<PackedUnits['numbers']> }): NumberReader {
  return (field) => {
    const stored = packed.numbers[field];
    if (!stored) return () => null;
    const { values, column } = stored;
    const next = columnReader(column);
    return () => {
      const at = next();
      return at === 0 ? null : (values[at - 1] as number);
    };
  };
}

/**
 * The units, with their details when `packed` holds them; when they are stored apart
 * (detailsApart), with empty details (null, no images, no additional info) until fillDetails.
 */
export function unpackUnits(packed: PackedUnits): Unit[] {
  const text = textReader(packed);
  const numbers = numberReader(packed);
  const ids = frontDecode(packed.ids);
  const projectId = text('projectId');
  const number = text('number');
  const name = text('name');
  const floorName = text('floorName');
  const floorLevel = numbers('floorLevel');
  const bedrooms = numbers('bedrooms');
  const bedroomsLabel = text('bedroomsLabel');
  const bathrooms = numbers('bathrooms');
  const area = numbers('area');
  const price = numbers('price');
  const tbd = new Set(packed.priceTBD);
  const rentals = new Set(packed.rentals);
  const commercialSpaces = new Set(packed.commercialSpaces);
  const status = text('status');
  const statusLabel = text('statusLabel');
  const model = text('model');
  const type = text('type');

  const units = new Array<Unit>(packed.count);
  for (let i = 0; i < packed.count; i++) {
    // The model's field order, so a unit reads (and serialises) as normalisation made it, the
    // details included: filled in below or by fillDetails, they keep their places. Each reader
    // is called once per unit, in this order.
    units[i] = {
      id: ids[i] as string,
      projectId: projectId() as string,
      floorId: null,
      number: number() as string,
      name: name(),
      floorName: floorName(),
      floorLevel: floorLevel(),
      bedrooms: bedrooms(),
      bedroomsLabel: bedroomsLabel(),
      bathrooms: bathrooms(),
      area: area(),
      price: price(),
      priceTBD: tbd.has(i),
      rental: rentals.has(i),
      commercialSpace: commercialSpaces.has(i),
      status: status() as Availability,
      statusLabel: statusLabel() as string,
      statusField: null,
      model: model(),
      type: type(),
      orientation: null,
      parking: null,
      deliveryDate: null,
      holdExpiresAt: null,
      description: null,
      images: [],
      layoutUrl: null,
      brochureUrl: null,
      additionalInfo: [],
    };
  }
  if (!packed.detailsApart) assignDetails(units, packed);
  return units;
}

/** Writes the detail columns of `packed` into `units`, in place. */
function assignDetails(units: Unit[], packed: Omit<PackedDetails, 'format' | 'stamp'>): void {
  const text = textReader(packed);
  const floorId = text('floorId');
  const statusField = text('statusField');
  const orientation = text('orientation');
  const parking = numberReader(packed)('parking');
  const deliveryDate = text('deliveryDate');
  const holdExpiresAt = text('holdExpiresAt');
  const description = text('description');
  const layoutUrl = text('layoutUrl');
  const brochureUrl = text('brochureUrl');
  const images = frontDecode(packed.images);
  const imageCount = columnReader(packed.imageCounts);
  const info = columnReader(packed.info);
  let image = 0;
  for (const unit of units) {
    const imageEnd = image + imageCount();
    const infoList = packed.infoLists[info() - 1] ?? [];
    const additionalInfo: Unit['additionalInfo'] = [];
    for (let k = 0; k + 1 < infoList.length; k += 2) {
      additionalInfo.push({ label: infoList[k] as string, value: infoList[k + 1] as string });
    }
    unit.floorId = floorId();
    unit.statusField = statusField() as Unit['statusField'];
    unit.orientation = orientation();
    unit.parking = parking();
    unit.deliveryDate = deliveryDate();
    unit.holdExpiresAt = holdExpiresAt();
    unit.description = description();
    unit.images = images.slice(image, imageEnd);
    unit.layoutUrl = layoutUrl();
    unit.brochureUrl = brochureUrl();
    unit.additionalInfo = additionalInfo;
    image = imageEnd;
  }
}

/** The stored details string as PackedDetails of the units written with `stamp`; else null. */
function readDetails(stored: unknown, stamp: string): PackedDetails | null {
  if (typeof stored !== 'string') return null;
  try {
    const details = JSON.parse(stored) as PackedDetails;
    return details.format === PACKED_FORMAT && details.stamp === stamp ? details : null;
  } catch {
    return null;
  }
}

/** A stamp that differs between writes. */
export function newStamp(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The two strings to store for a catalog. */
export function packCatalog(
  catalog: Catalog,
  stamp = newStamp(Date.now()),
  newLeads?: number,
): { head: string; units: string; details: string } {
  const { units, ...rest } = catalog;
  const head: CatalogHead = {
    ...rest,
    format: PACKED_FORMAT,
    unitCount: units.length,
    statusCounts: countByStatus(units),
    stamp,
    ...(newLeads === undefined ? {} : { newLeads }),
  };
  const packed = splitDetails(packUnits(units, stamp));
  return {
    head: JSON.stringify(head),
    units: JSON.stringify(packed.units),
    details: JSON.stringify(packed.details),
  };
}

/** The stored head (a JSON string; an object is read too); null when absent or unreadable. */
export function readHead(stored: unknown): CatalogHead | null {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  return isRecord(value) && value.format === PACKED_FORMAT
    ? (value as unknown as CatalogHead)
    : null;
}

/** The head and the packed units when they are readable and belong together; else null. */
function readParts(
  storedHead: unknown,
  storedUnits: unknown,
): { head: CatalogHead; packed: PackedUnits } | null {
  const head = readHead(storedHead);
  if (!head || typeof storedUnits !== 'string') return null;
  let packed: PackedUnits;
  try {
    packed = JSON.parse(storedUnits) as PackedUnits;
  } catch {
    return null;
  }
  return packed.format === PACKED_FORMAT && packed.stamp === head.stamp ? { head, packed } : null;
}

function catalogOf(head: CatalogHead, units: Unit[]): Catalog {
  // The model's field order, as the sync wrote it.
  return {
    projects: head.projects,
    groups: head.groups,
    enterprises: head.enterprises,
    units,
    syncedAt: head.syncedAt,
    failures: head.failures,
    ...(head.recentChanges ? { recentChanges: head.recentChanges } : {}),
  };
}

/**
 * The catalog from what storage.local holds under the head, units and details keys: null when
 * there is none, or when the parts do not belong together (written by different syncs). A
 * catalog stored before the details were split off is read from its head and units alone.
 */
export function unpackCatalog(
  storedHead: unknown,
  storedUnits: unknown,
  storedDetails?: unknown,
): Catalog | null {
  const parts = readParts(storedHead, storedUnits);
  if (!parts) return null;
  const { head, packed } = parts;
  if (!packed.detailsApart) return catalogOf(head, unpackUnits(packed));
  const details = readDetails(storedDetails, head.stamp);
  if (!details) return null;
  const units = unpackUnits(packed);
  assignDetails(units, details);
  return catalogOf(head, units);
}

/**
 * The catalog for search and result rows, from the head and units alone (what the popup needs
 * first). `detailsApart`: its units' details are stored apart, still to be filled in by
 * fillDetails; until then they read as empty.
 */
export function unpackCatalogFirst(
  storedHead: unknown,
  storedUnits: unknown,
): { catalog: Catalog; detailsApart: boolean } | null {
  const parts = readParts(storedHead, storedUnits);
  if (!parts) return null;
  const catalog = catalogOf(parts.head, unpackUnits(parts.packed));
  return { catalog, detailsApart: parts.packed.detailsApart === true };
}

/**
 * Fills in place the details of the units unpackCatalogFirst gave, from the stored details
 * string; false, leaving them empty, when it is missing or belongs to another write.
 */
export function fillDetails(catalog: Catalog, stamp: string, storedDetails: unknown): boolean {
  const details = readDetails(storedDetails, stamp);
  if (!details) return false;
  assignDetails(catalog.units, details);
  return true;
}
