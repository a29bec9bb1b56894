// Planpoint documents (either vocabulary, or a mix) -> the one catalog model. Runs on validated
// documents (every `_id` present) and never throws on odd field values: a value it cannot read
// becomes null, an unknown availability stays displayable as its label.
import type { Enterprise, Group, Project, Unit } from '../catalog/model';
import { isRecord } from '../is-record';
import { normalizeAvailability } from './availability';
import { RENT_FIELDS } from './rent-fields';
import {
  amount,
  flag,
  httpUrl,
  httpUrls,
  idOf,
  idsOf,
  isoDateTime,
  num,
  quantity,
  text,
} from './coerce';
import type {
  WireEnterprise,
  WireFloor,
  WireGroup,
  WireProject,
  WireProjectSummary,
  WireUnit,
} from './wire';

export { normalizeAvailability } from './availability';

/** The storey a unit is on, as far as its floor document tells. */
export interface FloorContext {
  id: string;
  name: string | null;
  level: number | null;
}

/** The project's unit models by id, for units that name theirs by id only. */
export type ModelsById = ReadonlyMap<string, Record<string, unknown>>;

export function normalizeUnit(
  raw: WireUnit,
  ctx: { projectId: string; floor?: FloorContext | null; models?: ModelsById },
): Unit {
  const r: Record<string, unknown> = raw;
  const number = text(r['unitNumber']) ?? text(r['name']) ?? '?';
  const displayName = text(r['name']);
  const beds = bedroomsOf(present(r['bedrooms'], r['bed']));
  const availability = availabilityOf(r['availability'], r['status']);
  const embeddedFloor = isRecord(r['floor']) ? floorContext(r['floor']) : null;
  const floor = ctx.floor ?? embeddedFloor;
  const type = text(r['type']);
  const specificType = text(r['specificType']);
  const price = priceOf(r, [type, specificType]);
  // Embedded models, or ids resolved through the project's list of models when it has one.
  const models = arrayOf(r['unitmodels']).flatMap((model) => {
    const found = isRecord(model) ? model : ctx.models?.get(idOf(model) ?? '');
    return found ? [found] : [];
  });
  return {
    id: text(r['_id']) ?? '',
    projectId: ctx.projectId,
    floorId: floor?.id ?? idOf(r['floor']),
    number,
    name: displayName !== null && displayName !== number ? displayName : null,
    floorName: floor?.name ?? null,
    floorLevel: floor?.level ?? null,
    bedrooms: beds.bedrooms,
    bedroomsLabel: beds.label,
    bathrooms: quantity(present(r['bathrooms'], r['bath'])),
    area: amount(present(r['squareFeet'], r['sqft'])),
    price: price.amount,
    priceTBD: flag(r['unitPriceTBD']),
    rental: price.rental,
    commercialSpace: false,
    status: availability.status,
    statusLabel: availability.label,
    statusField: availability.field,
    model: text(r['model']) ?? firstText(models.map((m) => m['name'])),
    type: besides(type, specificType),
    orientation: text(r['orientation']),
    parking: quantity(r['parking']),
    deliveryDate: text(r['deliveryDate']),
    // A leftover expiry on a unit that is no longer held would mislead an agent.
    holdExpiresAt: availability.status === 'on-hold' ? isoDateTime(r['onHoldExpiresAt']) : null,
    description: text(r['description']),
    // Photos first, then every floor plan of the gallery: an agent sends either.
    images: httpUrls([r['unitImageUrl'], ...arrayOf(r['images']), ...arrayOf(r['layoutGallery'])]),
    layoutUrl:
      httpUrls([
        r['layoutUrl'],
        ...arrayOf(r['layoutGallery']),
        ...models.map((m) => m['floorplan']),
      ])[0] ?? null,
    brochureUrl: httpUrl(r['brochurePDF']),
    additionalInfo: additionalInfoOf(r['additionalInfo']),
  };
}

export function normalizeProject(
  raw: WireProject | WireProjectSummary,
  extra?: { groupIds?: string[]; enterpriseIds?: string[] },
): Project {
  const r: Record<string, unknown> = raw;
  const id = text(r['_id']) ?? '';
  const address = r['address'];
  return {
    id,
    name: text(r['name']) ?? text(r['namespace']) ?? id,
    namespace: text(r['namespace']),
    hostName: text(r['hostName']),
    city: text(r['city']) ?? (isRecord(address) ? text(address['city']) : null),
    usesReserved: text(r['colorReserved']) !== null,
    areaUnit: areaUnitOf(r['areaUnit']),
    paused: pausedOf(r['paused']),
    groupIds: [...new Set(extra?.groupIds ?? [])],
    enterpriseIds: [...new Set(extra?.enterpriseIds ?? [])],
  };
}

/** What groups and enterprises share: an id, a name to show, their viewer key, their projects. */
function viewerOwner(r: Record<string, unknown>) {
  const id = text(r['_id']) ?? '';
  return {
    id,
    name: text(r['name']) ?? text(r['namespace']) ?? id,
    namespace: text(r['namespace']),
    hostName: text(r['hostName']),
    projectIds: idsOf(r['projects']),
  };
}

export function normalizeGroup(raw: WireGroup): Group {
  return viewerOwner(raw);
}

export function normalizeEnterprise(raw: WireEnterprise): Enterprise {
  const r: Record<string, unknown> = raw;
  return { ...viewerOwner(r), groupIds: idsOf(r['groups']) };
}

/**
 * Units from GET /api/units joined to floors from GET /api/floors. A unit whose floor is not in
 * the list is kept, with its floor id and no storey.
 */
export function normalizeProjectUnits(
  projectId: string,
  floors: WireFloor[],
  units: WireUnit[],
  models?: ModelsById,
): Unit[] {
  const byId = new Map<string, FloorContext>();
  for (const f of floors) {
    const ctx = floorContext(f);
    if (ctx) byId.set(ctx.id, ctx);
  }
  return uniqueById(
    units.map((u) => {
      const floorId = idOf(u.floor);
      const floor = floorId ? (byId.get(floorId) ?? null) : null;
      return normalizeUnit(u, { projectId, floor, models });
    }),
  );
}

/** A project from find/getProject with `floors[].units[]` embedded: the project and its units. */
export function normalizeFullProject(p: WireProject): { project: Project; units: Unit[] } {
  const project = normalizeProject(p);
  const models = modelsOf(p);
  const units: Unit[] = [];
  for (const f of arrayOf(p.floors)) {
    if (!isRecord(f)) continue;
    const floor = floorContext(f);
    for (const u of arrayOf(f['units'])) {
      if (isRecord(u) && text(u['_id'])) {
        units.push(normalizeUnit(u as WireUnit, { projectId: project.id, floor, models }));
      }
    }
  }
  return { project, units: uniqueById([...units, ...normalizeCommercialSpaces(p)]) };
}

/**
 * The project's `commercialSpaces` (shops, offices) as units of type "Commercial", so that an
 * agent finds them as they find a unit: by name, price, area and availability.
 */
export function normalizeCommercialSpaces(p: WireProject | Record<string, unknown>): Unit[] {
  const r: Record<string, unknown> = p;
  const projectId = text(r['_id']) ?? '';
  const spaces: Unit[] = [];
  for (const space of arrayOf(r['commercialSpaces'])) {
    if (!isRecord(space) || !text(space['_id'])) continue;
    const unit = normalizeUnit(space as WireUnit, { projectId, floor: null });
    spaces.push({
      ...unit,
      type: besides(COMMERCIAL, unit.type === COMMERCIAL ? null : unit.type),
      commercialSpace: true,
    });
  }
  return uniqueById(spaces);
}

const COMMERCIAL = 'Commercial';

/** A project's own list of unit models (`unitmodels`, or `models`), by id. */
export function modelsOf(p: WireProject | Record<string, unknown>): ModelsById {
  const r: Record<string, unknown> = p;
  const list = [...arrayOf(r['unitmodels']), ...arrayOf(r['models'])].filter(isRecord);
  return new Map(
    list.flatMap((model) => {
      const id = idOf(model);
      return id ? [[id, model] as const] : [];
    }),
  );
}

// ---- field readers ----

function floorContext(f: Record<string, unknown>): FloorContext | null {
  const id = text(f['_id']);
  if (!id) return null;
  const name = text(f['name']);
  return { id, name, level: num(f['level']) ?? levelInName(name) ?? num(f['position']) };
}

/** "Level 12", "12th floor", "Étage 3" -> that number; "Ground", "RDC", "Lobby" -> 0. A name
 * without one ("Penthouse") says nothing: the floor's position is used instead. */
function levelInName(name: string | null): number | null {
  if (name === null) return null;
  const folded = fold(name);
  if (/^(?:ground|rdc|rez[ -]de[ -]chaussee|lobby|main)(?:\b|$)/.test(folded)) return 0;
  const digits = /(?:^|\D)(\d{1,3})(?!\d)/.exec(folded);
  return digits ? Number(digits[1]) : null;
}

/**
 * The unit's price, and whether it is a rent per month. The contract documents no rent field, so
 * a unit is read as a rental when it carries one of the rent fields accounts use, when its price is
 * written per month ("$2,400/mo", "1 800 $ par mois"), or when its type says so ("Rental",
 * "For lease", "Locatif", "À louer"). Rentals never count as sale prices (see unit-facts.ts).
 */
function priceOf(
  r: Record<string, unknown>,
  types: (string | null)[],
): { amount: number | null; rental: boolean } {
  for (const field of RENT_FIELDS) {
    const rent = amount(perMonth(r[field]) ?? r[field]);
    if (rent !== null && rent > 0) return { amount: rent, rental: true };
  }
  const monthly = perMonth(r['price']);
  if (monthly !== null) return { amount: amount(monthly), rental: true };
  const rentalType =
    flag(r['isRental']) || types.some((type) => type !== null && RENTAL_WORDS.test(fold(type)));
  return { amount: amount(r['price']), rental: rentalType };
}

const RENTAL_WORDS =
  /\b(?:rentals?|for rent|for lease|leasing|locatifs?|locative|a louer|location)\b/;
const PER_MONTH = /\s*(?:\/\s*(?:mo|mth|month|mois)\.?|(?:per|a|par)\s+(?:month|mois))$/;

/** A price written per month, without its "/mo": the amount's text; else null. */
function perMonth(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const folded = fold(v.trim());
  return PER_MONTH.test(folded) ? folded.replace(PER_MONTH, '') : null;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** "Condo" beside "Penthouse" -> "Condo · Penthouse"; either alone as it is. */
function besides(type: string | null, specificType: string | null): string | null {
  if (type === null || specificType === null || type === specificType) return type ?? specificType;
  return `${type} · ${specificType}`;
}

/**
 * "Studio" -> 0; "2" -> 2; "2+1" / "2 bed" -> 2 keeping the text as label. Quebec-style room
 * counts ("3½", "4 1/2") count rooms, not bedrooms: no number is guessed from them.
 */
function bedroomsOf(v: unknown): { bedrooms: number | null; label: string | null } {
  if (typeof v === 'number') return { bedrooms: quantity(v), label: null };
  const t = typeof v === 'string' ? text(v) : null;
  if (t === null) return { bedrooms: null, label: null };
  if (/^\d+(?:\.\d+)?$/.test(t)) return { bedrooms: Number(t), label: null };
  if (/^(?:studio|bachelor|loft studio)\b/i.test(t)) return { bedrooms: 0, label: t };
  if (/½|\d\s+1\/2/.test(t)) return { bedrooms: null, label: t };
  const lead = /^(\d+(?:\.\d+)?)(?!\d)/.exec(t);
  return { bedrooms: lead?.[1] !== undefined ? Number(lead[1]) : null, label: t };
}

/** The first of the two vocabularies' values that is set (not undefined, null or blank). */
function present(a: unknown, b: unknown): unknown {
  const blank = a === undefined || a === null || (typeof a === 'string' && a.trim() === '');
  return blank ? b : a;
}

/** Prefers whichever of `availability`/`status` is recognised; else keeps the text as given.
 * Says which field it read, so that a change is written to that same field. */
function availabilityOf(
  availability: unknown,
  status: unknown,
): ReturnType<typeof normalizeAvailability> & { field: Unit['statusField'] } {
  const a = { ...normalizeAvailability(availability), field: 'availability' as const };
  if (a.status !== 'unknown') return a;
  const s = { ...normalizeAvailability(status), field: 'status' as const };
  if (s.status !== 'unknown') return s;
  if (a.label) return a;
  return s.label ? s : { ...s, field: null };
}

function areaUnitOf(v: unknown): 'sqft' | 'm2' {
  const key = (typeof v === 'string' ? v : '').toLowerCase().replace(/[\s._-]+/g, '');
  return /^(?:m2|m²|sqm|sqmeters?|sqmetres?|squaremeters?|squaremetres?|meters?|metres?)$/.test(key)
    ? 'm2'
    : 'sqft';
}

function pausedOf(v: unknown): boolean {
  return isRecord(v) ? flag(v['value']) : flag(v);
}

function additionalInfoOf(v: unknown): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const item of arrayOf(v)) {
    if (!isRecord(item)) continue;
    const label = text(item['label']);
    const value = text(item['value']);
    if (label !== null && value !== null) out.push({ label, value });
  }
  return out;
}

function firstText(values: unknown[]): string | null {
  for (const v of values) {
    const t = text(v);
    if (t !== null) return t;
  }
  return null;
}

function arrayOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The same unit listed twice (an export glitch) is kept once, first occurrence wins. */
function uniqueById(units: Unit[]): Unit[] {
  const byId = new Map<string, Unit>();
  for (const u of units) if (!byId.has(u.id)) byId.set(u.id, u);
  return [...byId.values()];
}
