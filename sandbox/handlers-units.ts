// Floors, units and leads. Per the SDK contract floors answer 200, the units list and unit
// creation/batch update 201, single-unit reads and writes 200.

import {
  account,
  objectBody,
  ownedFloor,
  ownedProject,
  ownedUnit,
  requiredQuery,
  type RequestContext,
} from './context';
import { ApiError } from './errors';
import type { Reply } from './http';
import { embeddedRefId } from './fields';
import { pageOf, shapeFloor, shapeUnits } from './shape';
import type { JsonObject } from './types';

export function listFloors(ctx: RequestContext): Reply {
  const project = ownedProject(ctx, requiredQuery(ctx, 'pid'));
  const floors = ctx.store
    .floorsOf(project._id)
    .map((floor) => shapeFloor(floor, ctx.store.floorUnitIds(floor._id), ctx.shape));
  return { status: 200, body: floors };
}

export function createFloor(ctx: RequestContext): Reply {
  const who = account(ctx);
  const body = objectBody(ctx);
  const project = ownedProject(ctx, embeddedRefId(body.project, 'project'), who);
  return { status: 201, body: ctx.store.createFloor(project._id, body) };
}

export function getFloor(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  return { status: 200, body: ownedFloor(ctx, id) };
}

export function updateFloor(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const floor = ownedFloor(ctx, id);
  return { status: 200, body: ctx.store.updateFloor(floor._id, objectBody(ctx)) };
}

export function listUnits(ctx: RequestContext): Reply {
  const project = ownedProject(ctx, requiredQuery(ctx, 'pid'));
  const units = shapeUnits(ctx.store.unitsOf(project._id), ctx.shape);
  return { status: 201, body: pageOf(units, ctx.shape) };
}

export function createUnit(ctx: RequestContext): Reply {
  const who = account(ctx);
  const body = objectBody(ctx);
  const floor = ownedFloor(ctx, embeddedRefId(body.floor, 'floor'), who);
  return { status: 201, body: ctx.store.createUnit(floor._id, body) };
}

/** PATCH /api/units {ids, patchData}: all or nothing, every unit is checked before any change. */
export function batchUpdateUnits(ctx: RequestContext): Reply {
  const who = account(ctx);
  const { ids, patchData } = objectBody(ctx);
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw new ApiError(400, 'ids must be a non-empty array of unit ids');
  }
  if (patchData === null || typeof patchData !== 'object' || Array.isArray(patchData)) {
    throw new ApiError(400, 'patchData must be an object');
  }
  const planned: [string, JsonObject][] = (ids as string[]).map((id) => {
    ownedUnit(ctx, id, who);
    return [id, ctx.store.prepareUnitPatch(id, patchData)];
  });
  return {
    status: 201,
    body: planned.map(([id, changes]) => ctx.store.applyUnitPatch(id, changes)),
  };
}

export function getUnit(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  return { status: 200, body: ownedUnit(ctx, id) };
}

export function updateUnit(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const unit = ownedUnit(ctx, id);
  return { status: 200, body: ctx.store.patchUnit(unit._id, objectBody(ctx)) };
}

export function deleteUnit(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const unit = ownedUnit(ctx, id);
  ctx.store.deleteUnit(unit._id);
  return { status: 200, body: { message: 'Unit deleted' } };
}

/** Buyers' personal data: read by the owner and the group's editors, not by those who may only
 * view the project (403), so that the client is tried against an account whose leads are shut. */
export function listLeads(ctx: RequestContext): Reply {
  const project = ownedProject(ctx, requiredQuery(ctx, 'pid'));
  if (!ctx.store.mayWorkOn(project._id, account(ctx).id, true)) {
    throw new ApiError(403, 'You may not read the leads of this project');
  }
  return { status: 200, body: ctx.store.leadsOf(project._id) };
}
