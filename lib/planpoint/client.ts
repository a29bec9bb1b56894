// The typed Planpoint API client: one method per endpoint, every answer validated before it is
// returned. Paths, bodies and status codes follow the SDK contract (openapi.yaml); where the
// viewer docs differ (find answering one document or a list), both forms are read.
import { PlanpointError } from './errors';
import { createTransport, type AuthForm, type Connection, type RequestSpec } from './http';
import {
  asEnterprise,
  asFloor,
  asGroup,
  asLead,
  asLogin,
  asProject,
  asProjectSummary,
  asUnit,
  listOf,
  oneOrMany,
  recordsOf,
  validateResponse,
  type Guard,
} from './validate';
import type {
  WireEnterprise,
  WireFloor,
  WireGroup,
  WireLead,
  WireList,
  WireProject,
  WireProjectSummary,
  WireUnit,
} from './wire';

export const DEFAULT_BASE_URL = 'https://app.planpoint.io';

export interface ClientOptions {
  /** Default DEFAULT_BASE_URL; a trailing slash is fine. */
  baseUrl?: string;
  /** Read just in time for every request, so a new token takes effect at once. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /**
   * Instead of baseUrl and getToken: the address and token read together before every request,
   * as an ofetch `onRequest` hook would, so one long-lived client follows the saved settings and
   * never pairs an address with a token saved for another.
   */
  connection?: () => Promise<Connection>;
  /** Per attempt, including reading the body. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts for reads after a network error, timeout or 5xx. Default 2; never for writes or 4xx. */
  retries?: number;
  /** Base of the exponential backoff between retries. Default 300. */
  retryDelayMs?: number;
  /** How many times a read waits out a 429 (Retry-After, at most 30 s) before failing. Default 4. */
  rateLimitRetries?: number;
  /** Told each time Planpoint asks to slow down, with the wait in ms. */
  onRateLimited?: (waitMs: number) => void;
  /** Told when an address accepted the other Authorization form (raw rather than Bearer), so
   * the caller can keep it; `connection` hands it back as `authForm`. */
  onAuthForm?: (origin: string, form: AuthForm) => void;
}

/** The public key of a Planpoint viewer: `app.planpoint.io/{namespace}/{hostName}`. */
export interface ViewerKey {
  namespace: string;
  hostName: string;
}

export interface CreateGroupInput {
  name: string;
  namespace?: string;
  hostName?: string;
  type?: string;
  propertyType?: string;
}

export interface CreateFloorInput {
  project: { _id: string };
  name: string;
  position?: number;
  [key: string]: unknown;
}

export interface CreateUnitInput {
  floor: { _id: string };
  [key: string]: unknown;
}

export interface PlanpointClient {
  login(username: string, password: string): Promise<{ token: string; message: string }>;
  findProjects(key: ViewerKey): Promise<WireProject[]>;
  findGroups(key: ViewerKey): Promise<WireGroup[]>;
  findEnterprises(key: ViewerKey): Promise<WireEnterprise[]>;
  myProjects(): Promise<WireProjectSummary[]>;
  getProject(id: string): Promise<WireProject>;
  createProject(body: Record<string, unknown>): Promise<WireProject>;
  updateProject(id: string, patch: Record<string, unknown>): Promise<WireProject>;
  deleteProject(id: string): Promise<void>;
  listGroups(): Promise<WireList<WireGroup>>;
  getGroup(id: string): Promise<WireGroup>;
  createGroup(body: CreateGroupInput): Promise<WireGroup>;
  updateGroup(id: string, patch: Record<string, unknown>): Promise<WireGroup>;
  listFloors(projectId: string): Promise<WireFloor[]>;
  getFloor(id: string): Promise<WireFloor>;
  createFloor(body: CreateFloorInput): Promise<WireFloor>;
  updateFloor(id: string, patch: Record<string, unknown>): Promise<WireFloor>;
  listUnits(projectId: string): Promise<WireList<WireUnit>>;
  getUnit(id: string): Promise<WireUnit>;
  createUnit(body: CreateUnitInput): Promise<WireUnit>;
  updateUnit(id: string, patch: Record<string, unknown>): Promise<WireUnit>;
  batchUpdateUnits(ids: string[], patchData: Record<string, unknown>): Promise<WireUnit[]>;
  deleteUnit(id: string): Promise<void>;
  listLeads(projectId: string): Promise<WireLead[]>;
}

type Call = Omit<RequestSpec, 'auth' | 'idempotent' | 'expect'> &
  Partial<Pick<RequestSpec, 'auth' | 'idempotent'>>;

export function createPlanpointClient(opts: ClientOptions = {}): PlanpointClient {
  const { baseUrl = DEFAULT_BASE_URL, getToken } = opts;
  const send = createTransport({
    connection: opts.connection ?? (async () => ({ baseUrl, token: await getToken?.() })),
    timeoutMs: positive(opts.timeoutMs, 15_000),
    retries: Math.floor(positive(opts.retries, 2, true)),
    retryDelayMs: positive(opts.retryDelayMs, 300, true),
    rateLimitRetries: Math.floor(positive(opts.rateLimitRetries, 4, true)),
    onRateLimited: opts.onRateLimited,
    onAuthForm: opts.onAuthForm,
  });

  /** A request whose 2xx body must pass `guard`. GETs are retried; everything else is not. */
  async function json<T>(call: Call, guard: Guard<T>): Promise<T> {
    const body = await send({
      auth: 'required',
      idempotent: call.method === 'GET',
      expect: 'json',
      ...call,
    });
    return validateResponse(body, guard, `${call.method} ${call.path}`);
  }

  async function noContent(call: Call): Promise<void> {
    await send({ auth: 'required', idempotent: false, expect: 'none', ...call });
  }

  /** The three public lookups: no token needed, and safe to repeat although they are POSTs. */
  function find<T>(path: string, key: ViewerKey, item: Guard<T>, resource: Call['resource']) {
    return json(
      {
        method: 'POST',
        path,
        body: { namespace: key.namespace.trim(), hostName: key.hostName.trim() },
        auth: 'optional',
        idempotent: true,
        resource,
        lookup: 'find',
      },
      oneOrMany(item),
    );
  }

  return {
    login: async (username, password) =>
      json(
        {
          method: 'POST',
          path: '/api/users/login',
          body: { username: username.trim(), password },
          auth: 'none',
          resource: 'account',
          lookup: 'login',
          secrets: password.length >= 4 ? [password] : [],
        },
        asLogin,
      ),

    findProjects: async (key) => find('/api/projects/find', key, asProject, 'project'),
    findGroups: async (key) => find('/api/groups/find', key, asGroup, 'group'),
    findEnterprises: async (key) => find('/api/enterprises/find', key, asEnterprise, 'enterprise'),

    myProjects: async () =>
      json(
        { method: 'GET', path: '/api/projects/mine', resource: 'account' },
        listOf(asProjectSummary),
      ),
    getProject: async (id) =>
      json(
        { method: 'GET', path: `/api/projects/${idSegment(id, 'project')}`, resource: 'project' },
        asProject,
      ),
    createProject: async (body) =>
      json({ method: 'POST', path: '/api/projects', body, resource: 'project' }, asProject),
    updateProject: async (id, patch) =>
      json(
        {
          method: 'PATCH',
          path: `/api/projects/${idSegment(id, 'project')}`,
          body: patch,
          resource: 'project',
        },
        asProject,
      ),
    deleteProject: async (id) =>
      noContent({
        method: 'DELETE',
        path: `/api/projects/${idSegment(id, 'project')}`,
        resource: 'project',
      }),

    listGroups: async () =>
      json({ method: 'GET', path: '/api/groups', resource: 'account' }, recordsOf(asGroup)),
    getGroup: async (id) =>
      json(
        { method: 'GET', path: `/api/groups/${idSegment(id, 'group')}`, resource: 'group' },
        asGroup,
      ),
    createGroup: async (body) =>
      json({ method: 'POST', path: '/api/groups', body, resource: 'group' }, asGroup),
    updateGroup: async (id, patch) =>
      json(
        {
          method: 'PATCH',
          path: `/api/groups/${idSegment(id, 'group')}`,
          body: patch,
          resource: 'group',
        },
        asGroup,
      ),

    listFloors: async (projectId) =>
      json(
        {
          method: 'GET',
          path: '/api/floors',
          query: { pid: idValue(projectId, 'project') },
          resource: 'project',
        },
        listOf(asFloor),
      ),
    getFloor: async (id) =>
      json(
        { method: 'GET', path: `/api/floors/${idSegment(id, 'floor')}`, resource: 'floor' },
        asFloor,
      ),
    // A 404 here means the project named in the body is gone.
    createFloor: async (body) =>
      json({ method: 'POST', path: '/api/floors', body, resource: 'project' }, asFloor),
    updateFloor: async (id, patch) =>
      json(
        {
          method: 'PATCH',
          path: `/api/floors/${idSegment(id, 'floor')}`,
          body: patch,
          resource: 'floor',
        },
        asFloor,
      ),

    listUnits: async (projectId) =>
      json(
        {
          method: 'GET',
          path: '/api/units',
          query: { pid: idValue(projectId, 'project') },
          resource: 'project',
        },
        recordsOf(asUnit),
      ),
    getUnit: async (id) =>
      json(
        { method: 'GET', path: `/api/units/${idSegment(id, 'unit')}`, resource: 'unit' },
        asUnit,
      ),
    // A 404 here means the floor named in the body is gone.
    createUnit: async (body) =>
      json({ method: 'POST', path: '/api/units', body, resource: 'floor' }, asUnit),
    updateUnit: async (id, patch) =>
      json(
        {
          method: 'PATCH',
          path: `/api/units/${idSegment(id, 'unit')}`,
          body: patch,
          resource: 'unit',
        },
        asUnit,
      ),
    batchUpdateUnits: async (ids, patchData) =>
      json(
        { method: 'PATCH', path: '/api/units', body: { ids, patchData }, resource: 'unit' },
        listOf(asUnit),
      ),
    deleteUnit: async (id) =>
      noContent({
        method: 'DELETE',
        path: `/api/units/${idSegment(id, 'unit')}`,
        resource: 'unit',
      }),

    listLeads: async (projectId) =>
      json(
        {
          method: 'GET',
          path: '/api/leads',
          query: { pid: idValue(projectId, 'project') },
          resource: 'project',
        },
        listOf(asLead),
      ),
  };
}

/** What a path or query id names: a project, group, floor or unit. */
type IdNoun = 'project' | 'group' | 'floor' | 'unit';

/** An id checked before it goes into a URL: an empty one would address the collection instead. */
function idValue(id: string, noun: IdNoun): string {
  const v = typeof id === 'string' ? id.trim() : '';
  if (!v) {
    throw new PlanpointError({
      kind: 'bad-request',
      message: `missing ${noun} id`,
      cause: { cause: 'no-id', noun },
    });
  }
  return v;
}

function idSegment(id: string, noun: IdNoun): string {
  return encodeURIComponent(idValue(id, noun));
}

function positive(v: number | undefined, fallback: number, zeroOk = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return v > 0 || (zeroOk && v === 0) ? v : fallback;
}
