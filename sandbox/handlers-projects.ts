// Login, projects, groups and enterprises. Status codes follow the SDK contract, which answers
// 201 for many reads; the find endpoints are public (no token needed, but a sent token must be
// valid). projects/find answers one document, groups/find and enterprises/find an array: the
// API is documented to do either, and clients must accept both.

import { optionalAccount } from './auth';
import { account, objectBody, ownedProject, viewerKey, type RequestContext } from './context';
import { ApiError } from './errors';
import type { Reply } from './http';
import { isObjectId } from './ids';
import { pageOf, shapeProject } from './shape';
import type { GroupRecord } from './types';

export function login(ctx: RequestContext): Reply {
  const { username, password } = objectBody(ctx);
  if (
    typeof username !== 'string' ||
    username === '' ||
    typeof password !== 'string' ||
    password === ''
  ) {
    throw new ApiError(400, 'username and password are required');
  }
  const found = ctx.store.accountByEmail(username);
  if (!found || found.password !== password) throw new ApiError(401, 'Invalid email or password');
  return { status: 200, body: { message: 'Login successful', access_token: found.token } };
}

export function findProject(ctx: RequestContext): Reply {
  optionalAccount(ctx.store, ctx.headers.authorization, ctx.shape.rawAuthOnly);
  const { namespace, hostName } = viewerKey(ctx);
  const project = ctx.store.findProject(namespace, hostName);
  if (!project) throw new ApiError(404, 'Project not found');
  return { status: 201, body: shapeProject(ctx.store.projectDocument(project._id), ctx.shape) };
}

export function myProjects(ctx: RequestContext): Reply {
  const who = account(ctx);
  return {
    status: 201,
    body: ctx.store.projectsOf(who.id).map((p) => ctx.store.projectSummary(p)),
  };
}

/** Creating and deleting projects is only in the API overview: a server may not offer it. */
function offersProjectWrites(ctx: RequestContext): void {
  if (ctx.shape.projectWritesNotOffered) {
    throw new ApiError(405, `Method ${ctx.method} is not allowed on ${ctx.path}`);
  }
}

export function createProject(ctx: RequestContext): Reply {
  offersProjectWrites(ctx);
  const who = account(ctx);
  const project = ctx.store.createProject(who.id, objectBody(ctx));
  return { status: 201, body: ctx.store.projectDocument(project._id) };
}

export function getProject(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const project = ownedProject(ctx, id);
  return { status: 201, body: shapeProject(ctx.store.projectDocument(project._id), ctx.shape) };
}

export function updateProject(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const project = ownedProject(ctx, id);
  ctx.store.updateProject(project._id, objectBody(ctx));
  return { status: 201, body: ctx.store.projectDocument(project._id) };
}

export function deleteProject(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  offersProjectWrites(ctx);
  const project = ownedProject(ctx, id);
  ctx.store.deleteProject(project._id);
  return { status: 200, body: { message: 'Project deleted' } };
}

/** Only the API overview lists the group and enterprise lookups: a server may not offer them. */
function offersFinds(ctx: RequestContext): void {
  if (ctx.shape.findsNotOffered)
    throw new ApiError(405, `Method POST is not allowed on ${ctx.path}`);
}

export function findGroups(ctx: RequestContext): Reply {
  offersFinds(ctx);
  const viewer = optionalAccount(ctx.store, ctx.headers.authorization, ctx.shape.rawAuthOnly);
  const { namespace, hostName } = viewerKey(ctx);
  const groups = ctx.store.findGroups(namespace, hostName);
  if (groups.length === 0) throw new ApiError(404, 'Group not found');
  return { status: 201, body: groups.map((g) => ctx.store.groupDocument(g, viewer?.id ?? null)) };
}

export function listGroups(ctx: RequestContext): Reply {
  const who = account(ctx);
  const records = ctx.store.groupsOf(who.id).map((g) => ctx.store.groupDocument(g, who.id));
  return { status: 201, body: pageOf(records, ctx.shape) };
}

export function createGroup(ctx: RequestContext): Reply {
  const who = account(ctx);
  const group = ctx.store.createGroup(who.id, objectBody(ctx));
  return { status: 201, body: ctx.store.groupDocument(group, who.id) };
}

function ownedGroup(ctx: RequestContext, id: string): GroupRecord {
  const who = account(ctx);
  const group = isObjectId(id) ? ctx.store.getGroup(id) : undefined;
  if (!group) throw new ApiError(404, 'Group not found');
  if (!ctx.store.groupsOf(who.id).includes(group)) {
    throw new ApiError(403, 'You do not have access to this group');
  }
  return group;
}

export function getGroup(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const group = ownedGroup(ctx, id);
  return { status: 201, body: ctx.store.groupDocument(group, account(ctx).id) };
}

export function updateGroup(ctx: RequestContext, { id = '' }: Record<string, string>): Reply {
  const group = ownedGroup(ctx, id);
  if (group.doc.user !== account(ctx).id) {
    throw new ApiError(403, 'Only the owner of this group can change it');
  }
  ctx.store.updateGroup(group.doc._id, objectBody(ctx));
  return { status: 201, body: ctx.store.groupDocument(group, group.doc.user) };
}

export function findEnterprises(ctx: RequestContext): Reply {
  offersFinds(ctx);
  optionalAccount(ctx.store, ctx.headers.authorization, ctx.shape.rawAuthOnly);
  const { namespace, hostName } = viewerKey(ctx);
  const found = ctx.store.findEnterprises(namespace, hostName);
  if (found.length === 0) throw new ApiError(404, 'Enterprise not found');
  return { status: 201, body: found.map((e) => ctx.store.enterpriseDocument(e)) };
}
