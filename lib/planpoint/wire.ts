// Planpoint documents as they arrive over the wire, in both vocabularies the public sources
// describe: the viewer docs (name, bedrooms "2+1", availability free text…) and the SDK contract
// (unitNumber, bed, status enum…). validate.ts checks only what the client relies on (`_id`s,
// arrays); every other field is typed as the sources disagree about it and is read defensively
// by normalize.ts, which never trusts these types further than `unknown`.

/** `paused` on projects and error bodies: a boolean or `{value, reason}`. */
export type WirePaused = boolean | { value: boolean; reason?: string };

/** A reference that is either an id or an embedded document carrying one. */
export type WireRef = string | { _id: string; [key: string]: unknown };

export type WireNumberish = number | string | null;

export interface WireUnitModel {
  _id?: string;
  name?: string;
  floorplan?: string;
  [key: string]: unknown;
}

export interface WireUnit {
  _id: string;
  /** Floor id (SDK, viewer) or, in some exports, the embedded floor. */
  floor?: WireRef | null;
  // viewer vocabulary
  name?: string | number | null;
  bedrooms?: WireNumberish;
  bathrooms?: WireNumberish;
  squareFeet?: WireNumberish;
  availability?: string | null;
  unitPriceTBD?: boolean | string | null;
  onHoldExpiresAt?: string | number | null;
  deliveryDate?: string | null;
  description?: string | null;
  inclusions?: unknown;
  type?: string | null;
  specificType?: string | null;
  layoutUrl?: string | null;
  images?: unknown[] | null;
  unitImageUrl?: string | null;
  layoutGallery?: unknown[] | null;
  brochurePDF?: string | null;
  additionalInfo?: { label?: unknown; value?: unknown }[] | null;
  /** Embedded models, or model ids resolved through the project's own list of models. */
  unitmodels?: (WireUnitModel | string)[] | null;
  lat?: WireNumberish;
  lon?: WireNumberish;
  isFeatured?: boolean | null;
  // SDK vocabulary
  unitNumber?: string | number | null;
  status?: string | null;
  bed?: WireNumberish;
  bath?: WireNumberish;
  sqft?: WireNumberish;
  model?: string | null;
  // shared
  price?: WireNumberish;
  orientation?: string | null;
  parking?: WireNumberish;
  [key: string]: unknown;
}

export interface WireFloor {
  _id: string;
  name?: string | null;
  /** Project id (FloorFull) or embedded project. */
  project?: WireRef | null;
  level?: WireNumberish;
  position?: WireNumberish;
  path?: string;
  image?: string;
  /** Embedded in a full project (the contract), or unit ids (the viewer docs). */
  units?: (WireUnit | string)[];
  [key: string]: unknown;
}

export interface WireProjectSummary {
  _id: string;
  name?: string | null;
  namespace?: string | null;
  hostName?: string | null;
  projectType?: string;
  status?: string;
  statusOverride?: string;
  paused?: WirePaused | null;
  createdAt?: string;
  [key: string]: unknown;
}

export interface WireProject extends WireProjectSummary {
  /** Embedded floors with their units (the contract), or floor ids (the viewer docs). */
  floors?: (WireFloor | string)[] | null;
  commercialSpaces?: unknown[] | null;
  collections?: unknown[] | null;
  /** "sqft" / "m2" / "sqm" / "m²"; sqft when absent. */
  areaUnit?: string | null;
  city?: string | null;
  address?: unknown;
}

export interface WireGroup {
  _id: string;
  name?: string | null;
  namespace?: string | null;
  hostName?: string | null;
  type?: string;
  propertyType?: string;
  user?: string;
  projects?: WireRef[] | null;
  isOwner?: boolean;
  isAdmin?: boolean;
  isEditor?: boolean;
  [key: string]: unknown;
}

export interface WireEnterprise {
  _id: string;
  name?: string | null;
  namespace?: string | null;
  hostName?: string | null;
  enterpriseImageUrl?: string | null;
  groups?: WireRef[] | null;
  projects?: WireRef[] | null;
  [key: string]: unknown;
}

/** Leads are the one document the contract does not require an `_id` on. */
export interface WireLead {
  _id?: string;
  name?: string;
  email?: string;
  phone?: string;
  message?: string;
  unit?: string;
  createdAt?: string;
  [key: string]: unknown;
}

export interface WireList<T> {
  records: T[];
  count: number;
}
