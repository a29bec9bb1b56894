// Fetch everything a token can see and build one normalised catalog. The caller stores the
// result in one write, so a failed or interrupted sync never leaves half a catalog behind.
import { isRecord } from '../is-record';
import type { PlanpointClient, ViewerKey } from '../planpoint/client';
import { idOf } from '../planpoint/coerce';
import type { WireProject } from '../planpoint/wire';
import { toPlanpointError, type PlanpointError } from '../planpoint/errors';
import {
  normalizeEnterprise,
  normalizeFullProject,
  modelsOf,
  normalizeGroup,
  normalizeProject,
  normalizeProjectUnits,
  normalizeCommercialSpaces,
} from '../planpoint/normalize';
import type { Catalog, Enterprise, Group, Project, SyncFailure, Unit } from './model';
import { mapWithConcurrency } from './concurrency';
import { readGroups } from './groups';
import { lookUpViewerKey } from './viewer-key';

export interface SyncOptions {
  viewerKey: ViewerKey | null;
  /** The catalog we have now: a project that fails to refresh keeps its units from here. */
  previous: Catalog | null;
  /** Requests in flight at most; Planpoint documents no rate limits, so stay polite. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

/**
 * Throws a PlanpointError when nothing usable came back (token rejected, server unreachable
 * for every project); otherwise returns a catalog, listing per-project failures in `failures`.
 */
export async function syncCatalog(client: PlanpointClient, opts: SyncOptions): Promise<Catalog> {
  const now = opts.now ?? Date.now;
  const concurrency = opts.concurrency ?? 6;

  const summaries = await client.myProjects();
  // `/mine` may list only the projects the account owns: those it works on through a group
  // come from the groups, each read by id.
  const groups = await optional(() => readGroups(client, concurrency));
  const found = opts.viewerKey ? await lookUpViewerKey(client, opts.viewerKey) : null;

  const projects = new Map<string, Project>();
  const units: Unit[] = [];
  const failures: SyncFailure[] = [];

  for (const summary of summaries) projects.set(summary._id, normalizeProject(summary));
  for (const ref of (groups.value ?? []).flatMap((g) => g.projects ?? [])) {
    const id = idOf(ref);
    if (id && !projects.has(id)) {
      projects.set(id, normalizeProject(isRecord(ref) ? { ...ref, _id: id } : { _id: id }));
    }
  }

  // Projects reached through the viewer key arrive whole (floors and units embedded).
  for (const full of found?.projects ?? []) {
    const { project, units: projectUnits } = normalizeFullProject(full);
    projects.set(project.id, project);
    units.push(...projectUnits);
  }
  const embedded = new Set(units.map((u) => u.projectId));
  const toFetch = [...projects.values()].filter((p) => !embedded.has(p.id));

  let done = 0;
  opts.onProgress?.(done, toFetch.length);
  const outcomes = await mapWithConcurrency(toFetch, concurrency, async (listed) => {
    try {
      const fetched = await fetchProject(client, listed.id);
      // The summary may say a project is paused where the full document says nothing.
      const paused = fetched.project.paused || listed.paused;
      const project = { ...fetched.project, paused, groupIds: [], enterpriseIds: [] };
      projects.set(listed.id, project);
      return {
        project: listed,
        units: fetched.units,
        notices: notices(project, fetched),
        error: null,
      };
    } catch (error) {
      return { project: listed, units: null, notices: [], error: toPlanpointError(error) };
    } finally {
      opts.onProgress?.(++done, toFetch.length);
    }
  });

  const errors: PlanpointError[] = [];
  for (const outcome of outcomes) {
    if (!outcome.error) {
      units.push(...(outcome.units ?? []));
      failures.push(...outcome.notices);
      continue;
    }
    errors.push(outcome.error);
    failures.push({
      projectId: outcome.project.id,
      projectName: outcome.project.name,
      facts: outcome.error.facts,
    });
    units.push(...(opts.previous?.units.filter((u) => u.projectId === outcome.project.id) ?? []));
  }
  // Every project failed: the service is down or the token lost access. That is a failed
  // sync, not a catalog of stale data labelled fresh.
  if (toFetch.length > 0 && errors.length === toFetch.length && errors[0]) throw errors[0];

  // A project with reserved units marks units reserved, whatever colours it lists.
  for (const unit of units) {
    const project = unit.status === 'reserved' ? projects.get(unit.projectId) : undefined;
    if (project) project.usesReserved = true;
  }
  const groupList = (groups.value ?? []).map(normalizeGroup);
  const enterpriseList = (found?.enterprises ?? []).map(normalizeEnterprise);
  mergeGroupsAndEnterprises(groupList, found?.groups.map(normalizeGroup) ?? []);
  linkMembership([...projects.values()], groupList, enterpriseList);
  // Shown under "Updated just now": each line says which part did not refresh.
  if (groups.error) {
    failures.push({
      projectId: null,
      projectName: null,
      part: 'groups',
      facts: groups.error.facts,
    });
  }
  if (found?.problem) {
    failures.push({ projectId: null, projectName: null, facts: found.problem.facts });
  }

  return {
    projects: [...projects.values()],
    groups: groupList,
    enterprises: enterpriseList,
    units,
    syncedAt: now(),
    failures,
  };
}

interface FetchedProject {
  project: Project;
  units: Unit[];
  /** How many units Planpoint's list said it has, when the units came from the list. */
  listed: number | null;
  sent: number;
}

/**
 * One project with its details (area unit, city: the summary list lacks them) and its units.
 * The contract embeds floors with their units in the project; the viewer docs list floor and
 * unit ids instead, and `floors` may be missing: then the floors and units endpoints fill them
 * in, joined by each unit's floor.
 */
async function fetchProject(client: PlanpointClient, id: string): Promise<FetchedProject> {
  const full = await client.getProject(id);
  if (embedsEveryUnit(full)) {
    const { project, units } = normalizeFullProject(full);
    return { project, units, listed: null, sent: units.length };
  }
  const [floorList, unitList] = await Promise.all([client.listFloors(id), client.listUnits(id)]);
  return {
    project: normalizeProject(full),
    units: [
      ...normalizeProjectUnits(
        id,
        floorList.filter((floor) => typeof floor !== 'string'),
        unitList.records,
        modelsOf(full),
      ),
      ...normalizeCommercialSpaces(full),
    ],
    listed: unitList.count,
    sent: unitList.records.length,
  };
}

function embedsEveryUnit(full: WireProject): boolean {
  const floors = full.floors;
  return (
    Array.isArray(floors) &&
    floors.length > 0 &&
    floors.every(
      (floor) =>
        typeof floor !== 'string' &&
        Array.isArray(floor.units) &&
        floor.units.every((unit) => typeof unit !== 'string'),
    )
  );
}

/** What the popup names about a project that did answer: no units at all, or fewer than listed. */
function notices(project: Project, fetched: FetchedProject): SyncFailure[] {
  const named = { projectId: project.id, projectName: project.name };
  if (fetched.listed !== null && fetched.listed > fetched.sent) {
    return [{ ...named, part: 'partial-list', listed: fetched.listed, sent: fetched.sent }];
  }
  return fetched.units.length === 0 ? [{ ...named, part: 'no-units' }] : [];
}

interface Optional<T> {
  value: T | null;
  error: PlanpointError | null;
}

/** A part of the catalog whose failure should not sink the whole sync (groups, lookups). */
async function optional<T>(load: () => Promise<T>): Promise<Optional<T>> {
  try {
    return { value: await load(), error: null };
  } catch (error) {
    const planpointError = toPlanpointError(error);
    // A rejected token fails everything: surface it rather than syncing around it.
    if (planpointError.kind === 'unauthorized') throw planpointError;
    return { value: null, error: planpointError };
  }
}

function mergeGroupsAndEnterprises(into: Group[], extra: Group[]): void {
  const known = new Set(into.map((g) => g.id));
  for (const group of extra) if (!known.has(group.id)) into.push(group);
}

/** Give each project the ids of the groups and enterprises that list it, for search. */
function linkMembership(projects: Project[], groups: Group[], enterprises: Enterprise[]): void {
  const byId = new Map(projects.map((p) => [p.id, p]));
  for (const group of groups) {
    for (const id of group.projectIds) addOnce(byId.get(id)?.groupIds, group.id);
  }
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  for (const enterprise of enterprises) {
    const viaGroups = enterprise.groupIds.flatMap((id) => groupsById.get(id)?.projectIds ?? []);
    for (const id of [...enterprise.projectIds, ...viaGroups]) {
      addOnce(byId.get(id)?.enterpriseIds, enterprise.id);
    }
  }
}

function addOnce(list: string[] | undefined, id: string): void {
  if (list && !list.includes(id)) list.push(id);
}
