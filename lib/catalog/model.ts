// The one normalised model every part of the extension reads. API data in either Planpoint
// vocabulary (viewer docs or SDK contract) is mapped to these shapes once, where it enters
// (lib/planpoint/normalize.ts); search, popup, omnibox and badge only ever see these.
import type { ErrorFacts } from '../planpoint/errors';
import type { ChangeTally } from './changes';

/** Availability after normalising case, spacing and vocabulary ("On Hold", "OnHold", "on hold"). */
export type Availability =
  'available' | 'on-hold' | 'reserved' | 'sold' | 'leased' | 'unavailable' | 'unknown';

/** Every availability, in the order agents read them: what sells now, what may free up, the rest. */
export const AVAILABILITIES: readonly Availability[] = [
  'available',
  'on-hold',
  'reserved',
  'sold',
  'leased',
  'unavailable',
  'unknown',
];

export interface Unit {
  id: string;
  projectId: string;
  floorId: string | null;
  /** What agents call the unit: `unitNumber`, else `name` ("1204", "PH-2"). */
  number: string;
  /** The display name when it differs from the number ("Penthouse 2"), else null. */
  name: string | null;
  /** Storey, from the unit's floor ("Level 12"); null when the floor is unknown. */
  floorName: string | null;
  floorLevel: number | null;
  /** Bedrooms as a number: 0 for a studio, 2 for "2+1" (the den is in bedroomsLabel). */
  bedrooms: number | null;
  /** Bedrooms as the API wrote them when it was a string ("Studio", "2+1"), else null. */
  bedroomsLabel: string | null;
  bathrooms: number | null;
  /** Area in the project's area unit (Project.areaUnit). */
  area: number | null;
  price: number | null;
  /** True when the project shows "Price TBD" for this unit instead of a price. */
  priceTBD: boolean;
  /** True when `price` is a rent per month (a rental), not a sale price. */
  rental: boolean;
  /** True for one of the project's `commercialSpaces`: listed beside the units and found the
   * same way, but Planpoint's API has no endpoint that changes it, so it is read-only here. */
  commercialSpace: boolean;
  status: Availability;
  /** The availability text as received, kept so unknown values stay displayable. */
  statusLabel: string;
  /** The field Planpoint's document carried it in: `status` (the SDK contract's enum) or
   * `availability` (the viewer docs' free text). A change is written back the same way. */
  statusField: 'status' | 'availability' | null;
  model: string | null;
  type: string | null;
  orientation: string | null;
  parking: number | null;
  deliveryDate: string | null;
  /** ISO date-time a hold expires, when on hold. */
  holdExpiresAt: string | null;
  description: string | null;
  /** http(s) links only; anything else is dropped at normalisation. */
  images: string[];
  layoutUrl: string | null;
  brochureUrl: string | null;
  additionalInfo: { label: string; value: string }[];
}

export interface Project {
  id: string;
  name: string;
  namespace: string | null;
  hostName: string | null;
  /** City when the API gives one (or it can be read from the project's address). */
  city: string | null;
  /** "sqft" or "m2": Planpoint keeps the area unit per project. */
  areaUnit: 'sqft' | 'm2';
  paused: boolean;
  /** The project marks units reserved (it has a reserved colour, or reserved units), so the agent
   * is offered "Mark reserved". Absent in catalogs stored before it was read. */
  usesReserved?: boolean;
  groupIds: string[];
  enterpriseIds: string[];
}

export interface Group {
  id: string;
  name: string;
  namespace: string | null;
  hostName: string | null;
  projectIds: string[];
}

export interface Enterprise {
  id: string;
  name: string;
  namespace: string | null;
  hostName: string | null;
  groupIds: string[];
  projectIds: string[];
}

/**
 * A failure as stored: the facts lib/error-text.ts words when a page shows it. `message` is the
 * finished sentence that versions before facts were stored kept instead; it is read, never written.
 */
export interface StoredError {
  facts?: ErrorFacts;
  message?: string;
}

/** A part of the last sync that failed: a project (its previous units are kept and the popup
 * names it), or, with a null project, an account-wide part: the groups or the viewer key. */
export interface SyncFailure extends StoredError {
  projectId: string | null;
  projectName: string | null;
  /**
   * Absent: the project (or the viewer key) failed as `facts` say. 'groups': the account's groups
   * could not be listed. 'no-units': the project answered with no unit at all. 'partial-list':
   * Planpoint listed `listed` units and sent only `sent` (those are kept).
   */
  part?: 'groups' | 'no-units' | 'partial-list';
  listed?: number;
  sent?: number;
}

export interface Catalog {
  projects: Project[];
  groups: Group[];
  enterprises: Enterprise[];
  units: Unit[];
  /** Epoch ms of the sync that produced this catalog. */
  syncedAt: number;
  failures: SyncFailure[];
  /** Per project id, what the syncs of the 24 hours before `syncedAt` changed (change-log.ts):
   * worked out by the sync so the project list reads it from the small head. Absent before the
   * first sync that compared two catalogs. */
  recentChanges?: Record<string, ChangeTally>;
}
