// Which projects a request concerns, so faults can be limited to some projects (projectIds).
// A project id may come from the pid query, the path (/projects/{id}, or the project of a floor
// or unit id), or the body (a find's namespace/hostName, a new floor's project, batch unit ids).

import { refId } from './fields';
import type { SandboxStore } from './store';
import type { Json } from './types';

export function concernedProjects(
  store: SandboxStore,
  path: string,
  query: URLSearchParams,
  body: Json | undefined,
): string[] {
  const ids: string[] = [];
  const add = (id: string | null | undefined) => {
    if (id) ids.push(id);
  };
  add(query.get('pid'));
  const match = /^\/api\/(projects|floors|units)\/([^/]+)$/.exec(path);
  if (match?.[1] === 'projects') add(match[2]);
  if (match?.[1] === 'floors' && match[2]) add(store.getFloor(match[2])?.project);
  if (match?.[1] === 'units' && match[2]) add(store.projectOfUnit(match[2]));

  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ids;
  if (
    path === '/api/projects/find' &&
    typeof body.namespace === 'string' &&
    typeof body.hostName === 'string'
  ) {
    add(store.findProject(body.namespace, body.hostName)?._id);
  }
  if (path === '/api/floors') add(refId(body.project));
  if (path === '/api/units') {
    const floorId = refId(body.floor);
    if (floorId) add(store.getFloor(floorId)?.project);
    if (Array.isArray(body.ids)) {
      for (const id of body.ids) if (typeof id === 'string') add(store.projectOfUnit(id));
    }
  }
  return ids;
}
