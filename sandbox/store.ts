// The sandbox's in-memory database: the generated dataset, indexed by id, plus every write made
// through the API or by tests. Reads always reflect earlier writes. Methods throw ApiError for
// requests the real service would refuse (unknown ids, invalid fields); ownership (403) is
// checked by the routes, which know who is asking.

import { ApiError } from './errors';
import { checkNumbers, groupName, refId, requireText, withoutKeys } from './fields';
import { RUNTIME_SCOPE, idSequence, seedTag } from './ids';
import { slugify } from './slug';
import type {
  AccountRecord,
  Dataset,
  EnterpriseRecord,
  FloorDoc,
  GroupRecord,
  Json,
  JsonObject,
  LeadDoc,
  ProjectDoc,
  ProjectRef,
  UnitDoc,
  UnitRecord,
  UnitStatus,
  UnitVocabulary,
} from './types';
import { availabilityToStatus, translatePatch } from './vocabulary';

const HOLD_MS = 72 * 3_600_000;

export class SandboxStore {
  private accountList: AccountRecord[] = [];
  private projects = new Map<string, ProjectDoc>();
  private floors = new Map<string, FloorDoc>();
  /** Floor ids of each project, in position order. */
  private projectFloors = new Map<string, string[]>();
  private units = new Map<string, UnitRecord>();
  /** Unit ids of each floor, in the order they are served. */
  private floorUnits = new Map<string, string[]>();
  private groups = new Map<string, GroupRecord>();
  private enterprises = new Map<string, EnterpriseRecord>();
  private leads = new Map<string, LeadDoc[]>();
  private nextId: () => string = () => '';

  constructor(dataset: Dataset) {
    this.load(dataset);
  }

  /** Replaces everything with a dataset (the store takes ownership of its objects). */
  load(dataset: Dataset): void {
    this.accountList = dataset.accounts;
    this.projects = new Map(dataset.projects.map((p) => [p._id, p]));
    this.floors = new Map();
    this.projectFloors = new Map(dataset.projects.map((p) => [p._id, []]));
    this.floorUnits = new Map();
    for (const floor of dataset.floors) {
      this.floors.set(floor._id, floor);
      this.projectFloors.get(floor.project)?.push(floor._id);
      this.floorUnits.set(floor._id, []);
    }
    this.units = new Map();
    for (const unit of dataset.units) {
      this.units.set(unit.doc._id, unit);
      this.floorUnits.get(unit.doc.floor)?.push(unit.doc._id);
    }
    this.groups = new Map(dataset.groups.map((g) => [g.doc._id, g]));
    this.enterprises = new Map(dataset.enterprises.map((e) => [e.doc._id, e]));
    this.leads = new Map(dataset.projects.map((p) => [p._id, []]));
    for (const lead of dataset.leads) this.leads.get(lead.project)?.push(lead.doc);
    this.nextId = idSequence(seedTag(dataset.seed), RUNTIME_SCOPE);
  }

  // Accounts

  get accounts(): readonly AccountRecord[] {
    return this.accountList;
  }

  accountByToken(token: string): AccountRecord | undefined {
    return this.accountList.find((account) => account.token === token);
  }

  accountByEmail(email: string): AccountRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.accountList.find((account) => account.email.toLowerCase() === wanted);
  }

  // Projects

  listProjects(): ProjectDoc[] {
    return [...this.projects.values()];
  }

  projectsOf(accountId: string): ProjectDoc[] {
    return this.listProjects().filter((project) => project.user === accountId);
  }

  getProject(id: string): ProjectDoc | undefined {
    return this.projects.get(id);
  }

  /** Exact name first, then ignoring case and accents ("le mile-end elegance"). */
  findProjectByName(name: string): ProjectDoc | undefined {
    const projects = this.listProjects();
    const folded = slugify(name);
    return (
      projects.find((p) => p.name === name) ?? projects.find((p) => slugify(p.name) === folded)
    );
  }

  findProject(namespace: string, hostName: string): ProjectDoc | undefined {
    return this.listProjects().find((p) => p.namespace === namespace && p.hostName === hostName);
  }

  /** The full Project document: floors with their units, commercial spaces, collections. */
  projectDocument(id: string): JsonObject {
    const project = this.requireProject(id);
    const floors = this.floorsOf(id).map((floor) => ({
      ...floor,
      units: this.floorUnitDocs(floor._id),
    }));
    return {
      ...project,
      floors,
      commercialSpaces: project.commercialSpaces ?? [],
      collections: project.collections ?? [],
    };
  }

  projectSummary(project: ProjectDoc): JsonObject {
    const {
      _id,
      name,
      namespace,
      hostName,
      projectType,
      status,
      statusOverride,
      paused,
      createdAt,
    } = project;
    return {
      _id,
      name,
      namespace,
      hostName,
      projectType,
      status,
      statusOverride,
      paused,
      createdAt,
    } as JsonObject;
  }

  createProject(owner: string, fields: JsonObject): ProjectDoc {
    const name = requireText(fields.name, 'name');
    const namespace =
      fields.namespace === undefined ? slugify(name) : requireText(fields.namespace, 'namespace');
    const hostName =
      fields.hostName === undefined ? 'planpoint' : requireText(fields.hostName, 'hostName');
    this.checkPairFree(namespace, hostName, null);
    const areaUnit = fields.areaUnit ?? 'sqft';
    if (areaUnit !== 'sqft' && areaUnit !== 'm2')
      throw new ApiError(400, 'areaUnit must be "sqft" or "m2"');
    const project: ProjectDoc = {
      projectType: 'Residential',
      status: 'Active',
      statusOverride: '',
      paused: false,
      createdAt: new Date().toISOString(),
      ...withoutKeys(fields, ['_id', 'user', 'floors']),
      _id: this.nextId(),
      name,
      namespace,
      hostName,
      user: owner,
      areaUnit,
      commercialSpaces: [],
      collections: [],
    };
    this.projects.set(project._id, project);
    this.projectFloors.set(project._id, []);
    this.leads.set(project._id, []);
    return project;
  }

  updateProject(id: string, patch: JsonObject): ProjectDoc {
    const project = this.requireProject(id);
    const changes = withoutKeys(patch, ['_id', 'user', 'floors']);
    if (changes.name !== undefined) requireText(changes.name, 'name');
    if (
      changes.areaUnit !== undefined &&
      changes.areaUnit !== 'sqft' &&
      changes.areaUnit !== 'm2'
    ) {
      throw new ApiError(400, 'areaUnit must be "sqft" or "m2"');
    }
    const namespace =
      changes.namespace === undefined
        ? project.namespace
        : requireText(changes.namespace, 'namespace');
    const hostName =
      changes.hostName === undefined ? project.hostName : requireText(changes.hostName, 'hostName');
    this.checkPairFree(namespace, hostName, id);
    Object.assign(project, changes);
    return project;
  }

  deleteProject(id: string): void {
    this.requireProject(id);
    for (const floorId of this.projectFloors.get(id) ?? []) {
      for (const unitId of this.floorUnits.get(floorId) ?? []) this.units.delete(unitId);
      this.floorUnits.delete(floorId);
      this.floors.delete(floorId);
    }
    this.projectFloors.delete(id);
    this.leads.delete(id);
    this.projects.delete(id);
    const keep = (refs: ProjectRef[]) => refs.filter((ref) => ref.id !== id);
    for (const group of this.groups.values()) group.projects = keep(group.projects);
    for (const enterprise of this.enterprises.values())
      enterprise.projects = keep(enterprise.projects);
  }

  // Floors

  floorsOf(projectId: string): FloorDoc[] {
    return (this.projectFloors.get(projectId) ?? []).flatMap((id) => this.floors.get(id) ?? []);
  }

  getFloor(id: string): FloorDoc | undefined {
    return this.floors.get(id);
  }

  createFloor(projectId: string, fields: JsonObject): FloorDoc {
    this.requireProject(projectId);
    const siblings = this.projectFloors.get(projectId) ?? [];
    const floor: FloorDoc = {
      level: siblings.length + 1,
      position: siblings.length,
      alternativePaths: [],
      ...withoutKeys(fields, ['_id', 'project', 'units']),
      _id: this.nextId(),
      project: projectId,
      name: requireText(fields.name, 'name'),
    };
    checkNumbers(floor, ['level', 'position']);
    siblings.push(floor._id);
    this.projectFloors.set(projectId, siblings);
    this.floorUnits.set(floor._id, []);
    this.floors.set(floor._id, floor);
    return floor;
  }

  updateFloor(id: string, patch: JsonObject): FloorDoc {
    const floor = this.floors.get(id);
    if (!floor) throw new ApiError(404, 'Floor not found');
    const changes = withoutKeys(patch, ['_id', 'project', 'units']);
    if (changes.name !== undefined) requireText(changes.name, 'name');
    checkNumbers(changes, ['level', 'position']);
    Object.assign(floor, changes);
    return floor;
  }

  // Units

  /** Every unit of a project, floor by floor. */
  unitsOf(projectId: string): UnitDoc[] {
    return (this.projectFloors.get(projectId) ?? []).flatMap((floorId) =>
      this.floorUnitDocs(floorId),
    );
  }

  /** The project's commercial spaces (shops, offices): listed in its document, beside the units. */
  commercialSpacesOf(projectId: string): JsonObject[] {
    const spaces = this.getProject(projectId)?.['commercialSpaces'];
    if (!Array.isArray(spaces)) return [];
    return spaces.filter(
      (space): space is JsonObject =>
        space !== null && typeof space === 'object' && !Array.isArray(space),
    );
  }

  /** What a client that reads everything lists for a project: its units and commercial spaces. */
  listingCount(projectId: string): number {
    return this.unitsOf(projectId).length + this.commercialSpacesOf(projectId).length;
  }

  getUnit(id: string): UnitDoc | undefined {
    return this.units.get(id)?.doc;
  }

  unitVocabulary(id: string): UnitVocabulary | undefined {
    return this.units.get(id)?.vocabulary;
  }

  /** The status a unit currently reads as, whichever vocabulary it is served in. */
  unitStatus(id: string): UnitStatus | null {
    const doc = this.getUnit(id);
    if (!doc) return null;
    const raw = doc.status ?? doc.availability;
    return typeof raw === 'string' ? availabilityToStatus(raw) : null;
  }

  projectOfUnit(id: string): string | undefined {
    const unit = this.units.get(id);
    return unit ? this.floors.get(unit.doc.floor)?.project : undefined;
  }

  /** Creates a unit; it is served in the viewer vocabulary when written in it, else SDK. */
  createUnit(floorId: string, fields: JsonObject): UnitDoc {
    if (!this.floors.has(floorId)) throw new ApiError(404, 'Floor not found');
    const viewerOnly = ['availability', 'bedrooms', 'bathrooms', 'squareFeet', 'unitPriceTBD'];
    const vocabulary: UnitVocabulary = viewerOnly.some((key) => key in fields) ? 'viewer' : 'sdk';
    const initial: JsonObject =
      vocabulary === 'sdk' ? { status: 'Available' } : { availability: 'Available' };
    const changes = translatePatch(
      { ...initial, ...withoutKeys(fields, ['_id', 'floor']) },
      vocabulary,
    );
    const doc: UnitDoc = { _id: this.nextId(), floor: floorId, ...changes };
    this.units.set(doc._id, { vocabulary, doc });
    this.floorUnits.get(floorId)?.push(doc._id);
    return doc;
  }

  /**
   * Checks a patch against a unit and returns the changes to apply, translated into the unit's
   * vocabulary. Throws without changing anything, so batch updates can check every unit first.
   */
  prepareUnitPatch(id: string, patch: JsonObject): JsonObject {
    const record = this.units.get(id);
    if (!record) throw new ApiError(404, 'Unit not found');
    const changes = translatePatch(withoutKeys(patch, ['_id']), record.vocabulary);
    if (changes.floor !== undefined) {
      const target = refId(changes.floor);
      const floor = target === null ? undefined : this.floors.get(target);
      if (!floor) throw new ApiError(400, 'floor must be the id of an existing floor');
      if (floor.project !== this.projectOfUnit(id)) {
        throw new ApiError(400, "A unit cannot move to another project's floor");
      }
      changes.floor = floor._id;
    }
    return changes;
  }

  applyUnitPatch(id: string, changes: JsonObject): UnitDoc {
    const record = this.units.get(id);
    if (!record) throw new ApiError(404, 'Unit not found');
    const { doc } = record;
    if (typeof changes.floor === 'string' && changes.floor !== doc.floor) {
      const from = this.floorUnits.get(doc.floor) ?? [];
      this.floorUnits.set(
        doc.floor,
        from.filter((unitId) => unitId !== id),
      );
      this.floorUnits.get(changes.floor)?.push(id);
    }
    Object.assign(doc, changes);
    if (record.vocabulary === 'viewer' && typeof changes.availability === 'string') {
      // A hold carries its expiry; any other availability drops it.
      if (availabilityToStatus(changes.availability) === 'OnHold') {
        if (changes.onHoldExpiresAt === undefined) {
          doc.onHoldExpiresAt = new Date(Date.now() + HOLD_MS).toISOString();
        }
      } else {
        delete doc.onHoldExpiresAt;
      }
    }
    return doc;
  }

  patchUnit(id: string, patch: JsonObject): UnitDoc {
    return this.applyUnitPatch(id, this.prepareUnitPatch(id, patch));
  }

  /** Test helper: sets a unit's status in whichever vocabulary it is served in. */
  setUnitStatus(id: string, status: UnitStatus): UnitDoc {
    return this.patchUnit(id, { status });
  }

  deleteUnit(id: string): void {
    const record = this.units.get(id);
    if (!record) throw new ApiError(404, 'Unit not found');
    const siblings = this.floorUnits.get(record.doc.floor) ?? [];
    this.floorUnits.set(
      record.doc.floor,
      siblings.filter((unitId) => unitId !== id),
    );
    this.units.delete(id);
  }

  // Groups and enterprises

  /** The groups an account owns, edits or views: what GET /api/groups lists for it. */
  groupsOf(accountId: string): GroupRecord[] {
    return [...this.groups.values()].filter(
      (group) =>
        group.doc.user === accountId ||
        isEditor(group, accountId) ||
        (group.viewers?.includes(accountId) ?? false),
    );
  }

  /** Reading: the owner, or a member (editor or viewer) of a group that lists the project.
   * Writing: the owner, or an editor of such a group. */
  mayWorkOn(projectId: string, accountId: string, write = false): boolean {
    const project = this.projects.get(projectId);
    if (!project) return false;
    if (project.user === accountId) return true;
    return [...this.groups.values()].some(
      (group) =>
        group.projects.some((ref) => ref.id === projectId) &&
        (isEditor(group, accountId) || (!write && (group.viewers?.includes(accountId) ?? false))),
    );
  }

  getGroup(id: string): GroupRecord | undefined {
    return this.groups.get(id);
  }

  findGroups(namespace: string, hostName: string): GroupRecord[] {
    return [...this.groups.values()].filter(
      (g) => g.doc.namespace === namespace && g.doc.hostName === hostName,
    );
  }

  /** A group as served: projects as a mix of ids and embedded summaries. */
  groupDocument(group: GroupRecord, viewerId: string | null): JsonObject {
    const own = viewerId !== null && group.doc.user === viewerId;
    return {
      ...group.doc,
      projects: this.renderRefs(group.projects),
      isOwner: own,
      isAdmin: own,
      isEditor: own || (viewerId !== null && isEditor(group, viewerId)),
    };
  }

  createGroup(owner: string, fields: JsonObject): GroupRecord {
    const name = groupName(fields.name);
    const group: GroupRecord = {
      doc: {
        type: 'group',
        propertyType: 'Residential',
        ...withoutKeys(fields, ['_id', 'user', 'projects', 'isOwner', 'isAdmin', 'isEditor']),
        _id: this.nextId(),
        name,
        namespace:
          fields.namespace === undefined
            ? slugify(name)
            : requireText(fields.namespace, 'namespace'),
        hostName:
          fields.hostName === undefined ? 'planpoint' : requireText(fields.hostName, 'hostName'),
        user: owner,
      },
      projects: fields.projects === undefined ? [] : this.parseRefs(fields.projects),
    };
    this.groups.set(group.doc._id, group);
    return group;
  }

  updateGroup(id: string, patch: JsonObject): GroupRecord {
    const group = this.groups.get(id);
    if (!group) throw new ApiError(404, 'Group not found');
    const changes = withoutKeys(patch, [
      '_id',
      'user',
      'projects',
      'isOwner',
      'isAdmin',
      'isEditor',
    ]);
    if (changes.name !== undefined) groupName(changes.name);
    for (const key of ['namespace', 'hostName'] as const) {
      if (changes[key] !== undefined) requireText(changes[key], key);
    }
    const projects = patch.projects === undefined ? group.projects : this.parseRefs(patch.projects);
    Object.assign(group.doc, changes);
    group.projects = projects;
    return group;
  }

  findEnterprises(namespace: string, hostName: string): EnterpriseRecord[] {
    return [...this.enterprises.values()].filter(
      (e) => e.doc.namespace === namespace && e.doc.hostName === hostName,
    );
  }

  listEnterprises(): EnterpriseRecord[] {
    return [...this.enterprises.values()];
  }

  enterpriseDocument(enterprise: EnterpriseRecord): JsonObject {
    const groups = enterprise.groupIds.flatMap((id) => {
      const group = this.groups.get(id);
      if (!group) return [];
      const { _id, name, namespace, hostName } = group.doc;
      return [{ _id, name, namespace, hostName }];
    });
    return { ...enterprise.doc, groups, projects: this.renderRefs(enterprise.projects) };
  }

  // Leads

  leadsOf(projectId: string): LeadDoc[] {
    return this.leads.get(projectId) ?? [];
  }

  /** A buyer's enquiry arriving now (the change switch). */
  addLead(projectId: string, fields: Omit<LeadDoc, '_id'>): LeadDoc {
    this.requireProject(projectId);
    const lead = { _id: this.nextId(), ...fields } as LeadDoc;
    this.leads.get(projectId)?.push(lead);
    return lead;
  }

  // Internals

  private requireProject(id: string): ProjectDoc {
    const project = this.projects.get(id);
    if (!project) throw new ApiError(404, 'Project not found');
    return project;
  }

  /** A floor's units by id, as the viewer docs' floors list them. */
  floorUnitIds(floorId: string): string[] {
    return [...(this.floorUnits.get(floorId) ?? [])];
  }

  private floorUnitDocs(floorId: string): UnitDoc[] {
    const docs: UnitDoc[] = [];
    for (const id of this.floorUnits.get(floorId) ?? []) {
      const unit = this.units.get(id);
      if (unit) docs.push(unit.doc);
    }
    return docs;
  }

  private checkPairFree(namespace: string, hostName: string, self: string | null): void {
    const existing = this.findProject(namespace, hostName);
    if (existing && existing._id !== self) {
      throw new ApiError(
        400,
        `A project already uses namespace "${namespace}" with hostName "${hostName}"`,
      );
    }
  }

  private renderRefs(refs: ProjectRef[]): Json[] {
    return refs.flatMap((ref): Json[] => {
      const project = this.projects.get(ref.id);
      if (!project) return [];
      if (!ref.embedded) return [project._id];
      const { _id, name, namespace, hostName, paused } = project;
      return [{ _id, name, namespace, hostName, paused: paused === true }];
    });
  }

  /** Group projects arrive as ids or as objects with an _id; each must be a known project. */
  private parseRefs(value: Json): ProjectRef[] {
    if (!Array.isArray(value)) throw new ApiError(400, 'projects must be an array');
    return value.map((item) => {
      const id = refId(item);
      if (id === null) throw new ApiError(400, 'projects must hold project ids or {_id} objects');
      if (!this.projects.has(id)) throw new ApiError(404, 'Project not found');
      return { id, embedded: typeof item === 'object' };
    });
  }
}

function isEditor(group: GroupRecord, accountId: string): boolean {
  return group.editors?.includes(accountId) ?? false;
}
