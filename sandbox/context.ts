// What a route handler gets, and the checks most handlers share: a JSON object body, and
// access to a project, floor or unit (404 when unknown or malformed, 403 when it belongs to
// another account).

import type { IncomingHttpHeaders } from 'node:http';
import { requireAccount } from './auth';
import { ApiError } from './errors';
import type { ParsedBody } from './http';
import { isObjectId } from './ids';
import type { ShapeSwitches } from './shape';
import type { SandboxStore } from './store';
import type { AccountRecord, FloorDoc, JsonObject, ProjectDoc, UnitDoc } from './types';

export interface RequestContext {
  store: SandboxStore;
  shape: ShapeSwitches;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: ParsedBody;
}

export function account(ctx: RequestContext): AccountRecord {
  return requireAccount(ctx.store, ctx.headers.authorization, ctx.shape.rawAuthOnly);
}

export function objectBody(ctx: RequestContext): JsonObject {
  const { body } = ctx;
  if (body.kind === 'empty') throw new ApiError(400, 'Request body is required');
  if (body.kind === 'invalid') throw new ApiError(400, 'Request body must be valid JSON');
  const value = body.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError(400, 'Request body must be a JSON object');
  }
  return value;
}

export function requiredQuery(ctx: RequestContext, name: string): string {
  const value = ctx.query.get(name);
  if (value === null || value.trim() === '') {
    throw new ApiError(400, `The ${name} query parameter is required`);
  }
  return value;
}

export function ownedProject(ctx: RequestContext, id: string, who = account(ctx)): ProjectDoc {
  const project = isObjectId(id) ? ctx.store.getProject(id) : undefined;
  if (!project) throw new ApiError(404, 'Project not found');
  refuseUnlessAllowed(ctx, project._id, who, 'project');
  return project;
}

export function ownedFloor(ctx: RequestContext, id: string, who = account(ctx)): FloorDoc {
  const floor = isObjectId(id) ? ctx.store.getFloor(id) : undefined;
  if (!floor) throw new ApiError(404, 'Floor not found');
  refuseUnlessAllowed(ctx, floor.project, who, 'floor');
  return floor;
}

export function ownedUnit(ctx: RequestContext, id: string, who = account(ctx)): UnitDoc {
  const unit = isObjectId(id) ? ctx.store.getUnit(id) : undefined;
  if (!unit) throw new ApiError(404, 'Unit not found');
  const projectId = ctx.store.projectOfUnit(id);
  if (projectId === undefined) throw new ApiError(403, 'You do not have access to this unit');
  refuseUnlessAllowed(ctx, projectId, who, 'unit');
  return unit;
}

/** The {namespace, hostName} body of the public find endpoints. */
export function viewerKey(ctx: RequestContext): { namespace: string; hostName: string } {
  const body = objectBody(ctx);
  const { namespace, hostName } = body;
  if (
    typeof namespace !== 'string' ||
    namespace.trim() === '' ||
    typeof hostName !== 'string' ||
    hostName.trim() === ''
  ) {
    throw new ApiError(400, 'namespace and hostName are required');
  }
  return { namespace, hostName };
}

/** 403 unless the account may read (GET) or write (anything else) the project's documents. */
function refuseUnlessAllowed(
  ctx: RequestContext,
  projectId: string,
  who: AccountRecord,
  what: 'project' | 'floor' | 'unit',
): void {
  const write = ctx.method !== 'GET';
  if (ctx.store.mayWorkOn(projectId, who.id, write)) return;
  if (write && ctx.store.mayWorkOn(projectId, who.id)) {
    throw new ApiError(403, `You may view this ${what} but not change it`);
  }
  throw new ApiError(403, `You do not have access to this ${what}`);
}
