// Fetch everything a token can see and build one normalised catalog. The caller stores the
// result in one write, so a failed or interrupted sync never leaves half a catalog behind.
import type { PlanpointClient, ViewerKey } from '../planpoint/client';
import { toPlanpointError, type PlanpointError } from '../planpoint/errors';
import {
  normalizeEnterprise,
  normalizeFullProject,
  normalizeGroup,
  normalizeProject,
  normalizeProjectUnits,
} from '../planpoint/normalize';
import type { Catalog, Enterprise, Group, Project, SyncFailure, Unit } from './model';
import { mapWithConcurrency } from './concurrency';
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
  const groups = await optional(() => client.listGroups().then((r) => r.records));
  const found = opts.viewerKey ? await lookUpViewerKey(client, opts.viewerKey) : null;

  const projects = new Map<string, Project>();
  const units: Unit[] = [];
  const failures: SyncFailure[] = [];

  for (const summary of summaries) projects.set(summary._id, normalizeProject(summary));

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
      projects.set(listed.id, { ...fetched.project, groupIds: [], enterpriseIds: [] });
      return { project: listed, units: fetched.units, error: null };
    } catch (error) {
      return { project: listed, units: null, error: toPlanpointError(error) };
    } finally {
      opts.onProgress?.(++done, toFetch.length);
    }
  });

  const errors: PlanpointError[] = [];
  for (const outcome of outcomes) {
    if (!outcome.error) {
      units.push(...(outcome.units ?? []));
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

/**
 * One project with its details (area unit, city: the summary list lacks them) and its units.
 * The contract embeds floors with their units in the project; when a server leaves the units
 * out, the floors and units endpoints fill them in.
 */
async function fetchProject(client: PlanpointClient, id: string) {
  const full = await client.getProject(id);
  const floors = Array.isArray(full.floors) ? full.floors : [];
  const embedsUnits = floors.every((f) => Array.isArray((f as { units?: unknown }).units));
  if (embedsUnits) return normalizeFullProject(full);
  const [floorList, unitList] = await Promise.all([client.listFloors(id), client.listUnits(id)]);
  return {
    project: normalizeProject(full),
    units: normalizeProjectUnits(id, floorList, unitList.records),
  };
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
