// Every /api path the sandbox answers, mirroring openapi.yaml plus what the API overview
// promises (create and delete projects; find groups and enterprises).

import type { RequestContext } from './context';
import * as projects from './handlers-projects';
import * as units from './handlers-units';
import { route, type Route } from './router';

export const API_ROUTES: Route<RequestContext>[] = [
  route('/api/users/login', { POST: projects.login }),
  route('/api/projects/find', { POST: projects.findProject }),
  route('/api/projects/mine', { GET: projects.myProjects }),
  route('/api/projects', { POST: projects.createProject }),
  route('/api/projects/:id', {
    GET: projects.getProject,
    PATCH: projects.updateProject,
    DELETE: projects.deleteProject,
  }),
  route('/api/groups/find', { POST: projects.findGroups }),
  route('/api/groups', { GET: projects.listGroups, POST: projects.createGroup }),
  route('/api/groups/:id', { GET: projects.getGroup, PATCH: projects.updateGroup }),
  route('/api/enterprises/find', { POST: projects.findEnterprises }),
  route('/api/floors', { GET: units.listFloors, POST: units.createFloor }),
  route('/api/floors/:id', { GET: units.getFloor, PATCH: units.updateFloor }),
  route('/api/units', {
    GET: units.listUnits,
    POST: units.createUnit,
    PATCH: units.batchUpdateUnits,
  }),
  route('/api/units/:id', {
    GET: units.getUnit,
    PATCH: units.updateUnit,
    DELETE: units.deleteUnit,
  }),
  route('/api/leads', { GET: units.listLeads }),
];
