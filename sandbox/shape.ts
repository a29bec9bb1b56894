// How the sandbox answers. By default exactly as the SDK contract (openapi.yaml) says: projects
// with floors and units embedded, `Bearer` or raw tokens, every lookup offered, no limits. Each
// switch is one of the other forms Planpoint's viewer docs and API overview document, so that
// the client is proven against every one of them and not only against ours.
import type { Json, JsonObject } from './types';

export interface ShapeSwitches {
  /** Viewer docs: a project's `floors` lists floor ids and a floor's `units` unit ids; the units
   * themselves come from `GET /api/units?pid=`, naming their unit models by id, and the project
   * lists those models (`unitmodels`). */
  references: boolean;
  /** The 429's Retry-After as an HTTP date rather than seconds (both are HTTP's forms). */
  retryAfterAsDate: boolean;
  /** A project has no `floors` at all (optional in the contract). */
  noFloors: boolean;
  /** Only a raw `Authorization: <token>` is accepted (the viewer docs' samples); `Bearer` is 401. */
  rawAuthOnly: boolean;
  /** `/api/groups/find` and `/api/enterprises/find` (only in the overview) answer 405. */
  findsNotOffered: boolean;
  /** `POST /api/projects` and `DELETE /api/projects/{id}` (only in the overview, not the
   * contract) answer 405. */
  projectWritesNotOffered: boolean;
  /** Every n-th API request is answered 429; 0: never. */
  rateLimitEvery: number;
  /** The 429's Retry-After in seconds; null: no header. */
  retryAfterSeconds: number | null;
  /** `{records, count}` lists send at most this many records with the full count; 0: all. */
  pageSize: number;
}

export function contractShape(): ShapeSwitches {
  return {
    references: false,
    noFloors: false,
    rawAuthOnly: false,
    findsNotOffered: false,
    projectWritesNotOffered: false,
    rateLimitEvery: 0,
    retryAfterSeconds: null,
    retryAfterAsDate: false,
    pageSize: 0,
  };
}

/** Named shapes for the command line (`--shape references,raw-auth`) and the README. */
export const SHAPE_NAMES: Record<string, Partial<ShapeSwitches>> = {
  contract: {},
  references: { references: true },
  'no-floors': { noFloors: true },
  'raw-auth': { rawAuthOnly: true },
  'no-finds': { findsNotOffered: true },
  'no-project-writes': { projectWritesNotOffered: true },
  'rate-limited': { rateLimitEvery: 5, retryAfterSeconds: 1 },
  'rate-limited-date': { rateLimitEvery: 5, retryAfterSeconds: 2, retryAfterAsDate: true },
  paged: { pageSize: 10 },
};

export function shapeFromNames(names: string): ShapeSwitches {
  const shape = contractShape();
  for (const name of names
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)) {
    const switches = SHAPE_NAMES[name];
    if (!switches) {
      throw new Error(`Unknown shape "${name}"; known: ${Object.keys(SHAPE_NAMES).join(', ')}`);
    }
    Object.assign(shape, switches);
  }
  return shape;
}

/** A full project document (floors with units embedded) in the shape asked for. */
export function shapeProject(document: JsonObject, shape: ShapeSwitches): JsonObject {
  if (shape.noFloors) {
    const { floors: _floors, ...rest } = document;
    return rest;
  }
  if (!shape.references || !Array.isArray(document['floors'])) return document;
  const units = document['floors'].flatMap((floor) => listIn(floor, 'units'));
  const models = new Map(
    units.flatMap((unit) => listIn(unit, 'unitmodels')).map((m) => [idOf(m), m]),
  );
  return { ...document, floors: document['floors'].map(idOf), unitmodels: [...models.values()] };
}

/** Units as `GET /api/units` lists them: in the viewer docs' shape, unit models by id. */
export function shapeUnits(units: JsonObject[], shape: ShapeSwitches): JsonObject[] {
  if (!shape.references) return units;
  return units.map((unit) =>
    Array.isArray(unit['unitmodels'])
      ? { ...unit, unitmodels: unit['unitmodels'].map(idOf) }
      : unit,
  );
}

/** The Retry-After header a 429 carries, in the form the shape asks for. */
export function retryAfterHeader(shape: ShapeSwitches, now = Date.now()): Record<string, string> {
  const wait = shape.retryAfterSeconds;
  if (wait === null) return {};
  return {
    'Retry-After': shape.retryAfterAsDate
      ? new Date(now + wait * 1000).toUTCString()
      : String(wait),
  };
}

function listIn(value: Json, key: string): Json[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const list = value[key];
  return Array.isArray(list) ? list : [];
}

/** A floor as listed by `GET /api/floors`: its units by id in the viewer docs' shape. */
export function shapeFloor(floor: JsonObject, unitIds: string[], shape: ShapeSwitches): JsonObject {
  return shape.references ? { ...floor, units: unitIds } : floor;
}

/** A `{records, count}` list: `count` is always the full number, records may be one page. */
export function pageOf<T>(records: T[], shape: ShapeSwitches): { records: T[]; count: number } {
  const sent = shape.pageSize > 0 ? records.slice(0, shape.pageSize) : records;
  return { records: sent, count: records.length };
}

function idOf(value: Json): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '_id' in value
    ? (value['_id'] ?? value)
    : value;
}
