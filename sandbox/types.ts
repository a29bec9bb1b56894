// Documents as the sandbox stores and serves them: the Mongo shapes the Planpoint API answers
// with (see openapi.yaml and the viewer docs). Extra fields may be added by PATCH requests,
// hence the index signatures.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The SDK contract's status enum, plus "Reserved", which projects colour (colorReserved). */
export type UnitStatus = 'Available' | 'OnHold' | 'Sold' | 'Leased' | 'Unavailable' | 'Reserved';
export const UNIT_STATUSES: readonly UnitStatus[] = [
  'Available',
  'OnHold',
  'Sold',
  'Leased',
  'Unavailable',
  'Reserved',
];

/**
 * Which field names a unit is served with. "sdk": unitNumber/status/bed/bath/sqft (the official
 * SDK contract); "viewer": name/availability/bedrooms (string)/bathrooms/squareFeet (the viewer
 * docs). Fixed per unit, so every read and write of one unit uses the same vocabulary.
 */
export type UnitVocabulary = 'sdk' | 'viewer';

export interface UnitDoc {
  _id: string;
  floor: string;
  [field: string]: Json;
}

export interface UnitRecord {
  vocabulary: UnitVocabulary;
  doc: UnitDoc;
}

export interface FloorDoc {
  _id: string;
  project: string;
  name: string;
  level: number;
  position: number;
  [field: string]: Json;
}

export interface ProjectDoc {
  _id: string;
  name: string;
  namespace: string;
  hostName: string;
  /** Owning account id. */
  user: string;
  areaUnit: 'sqft' | 'm2';
  [field: string]: Json;
}

/** A reference from a group or enterprise to a project: served as a bare id or embedded. */
export interface ProjectRef {
  id: string;
  embedded: boolean;
}

export interface GroupDoc {
  _id: string;
  name: string;
  namespace: string;
  hostName: string;
  user: string;
  [field: string]: Json;
}

export interface GroupRecord {
  doc: GroupDoc;
  projects: ProjectRef[];
  /** Accounts that work on the group's projects without owning them (isEditor). */
  editors?: string[];
  /** Accounts that may read the group's projects but not change them (a 403 on any write). */
  viewers?: string[];
}

export interface EnterpriseDoc {
  _id: string;
  name: string;
  namespace: string;
  hostName: string;
  user: string;
  enterpriseImageUrl: string;
}

export interface EnterpriseRecord {
  doc: EnterpriseDoc;
  groupIds: string[];
  projects: ProjectRef[];
}

export interface LeadDoc {
  _id: string;
  name: string;
  email: string;
  phone: string;
  message: string;
  unit: string;
  createdAt: string;
  [field: string]: Json;
}

export interface LeadRecord {
  project: string;
  doc: LeadDoc;
}

export interface AccountRecord {
  id: string;
  email: string;
  password: string;
  name: string;
  token: string;
}

export interface Dataset {
  seed: number;
  /** accounts[0] is the demo account; accounts[1] owns a few projects of its own; accounts[2]
   * owns none and edits accounts[1]'s through a group; accounts[3] may only view them. */
  accounts: AccountRecord[];
  projects: ProjectDoc[];
  floors: FloorDoc[];
  /** In floor order, then unit order within the floor. */
  units: UnitRecord[];
  groups: GroupRecord[];
  enterprises: EnterpriseRecord[];
  leads: LeadRecord[];
}
