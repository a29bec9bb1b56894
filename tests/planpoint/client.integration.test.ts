// The client against the local Planpoint sandbox over real HTTP: every client function, then
// every error kind, provoked the way the real service (or the network) would produce it.
import { beforeEach, describe, expect, it } from 'vitest';
import { planpointClient, type PlanpointClient, type TestClientOptions } from '../support/client';
import { unreachableUrl } from '../support/listen';
import { useSandbox } from '../support/sandbox';
import type { PlanpointError } from '../../lib/planpoint/errors';
import { createTransport } from '../../lib/planpoint/http';
import {
  normalizeEnterprise,
  normalizeFullProject,
  normalizeGroup,
  normalizeProject,
  normalizeProjectUnits,
  normalizeUnit,
} from '../../lib/planpoint/normalize';
import type { WireProjectSummary } from '../../lib/planpoint/wire';
import { failure } from './failure';
import { errorText } from '../../lib/error-text';

const MISSING_ID = '000000000000000000000000';

const log: string[] = [];
const sb = useSandbox('demo', { log: (line) => log.push(line) });

beforeEach(() => {
  log.length = 0;
});

/** The client with the demo token, unless the options say otherwise. */
function client(opts: TestClientOptions = {}): PlanpointClient {
  return planpointClient(sb, opts);
}

/** Requests the sandbox answered for a path, e.g. "GET /api/projects/mine". */
function answered(methodAndPath: string): string[] {
  return log.filter((line) => line.startsWith(`${methodAndPath} `));
}

async function firstProject(): Promise<WireProjectSummary> {
  const [p] = await client().myProjects();
  if (!p) throw new Error('the sandbox has no projects');
  return p;
}

function expectNoToken(e: PlanpointError) {
  for (const account of sb.accounts) {
    for (const text of [e.message, errorText(e), e.serverMessage ?? '', JSON.stringify(e)]) {
      expect(text).not.toContain(account.token);
    }
  }
}

describe('every client function against the sandbox', () => {
  it('login exchanges email and password for the account token', async () => {
    const demo = sb.accounts[0]!;
    const anonymous = client({ token: null });
    await expect(anonymous.login(demo.email, demo.password)).resolves.toEqual({
      token: demo.token,
      message: 'Login successful',
    });
  });

  it('login works while an expired token is still saved', async () => {
    const demo = sb.accounts[0]!;
    const stale = client({ getToken: () => 'expired-token-from-last-week' });
    await expect(stale.login(demo.email, demo.password)).resolves.toMatchObject({
      token: demo.token,
    });
  });

  it('myProjects lists the demo account projects, and only those', async () => {
    const mine = await client().myProjects();
    expect(mine).toHaveLength(8);
    const other = new Set(sb.store.projectsOf(sb.accounts[1]!.id).map((p) => p._id));
    expect(mine.some((p) => other.has(p._id))).toBe(false);
    expect(mine.map((p) => normalizeProject(p).name)).toContain('Parkview Residences');
  });

  it('getProject answers the full document, whose units normalise', async () => {
    const summary = await firstProject();
    const project = await client().getProject(summary._id);
    expect(project._id).toBe(summary._id);
    expect(Array.isArray(project.floors)).toBe(true);
    const full = normalizeFullProject(project);
    expect(full.project).toMatchObject({ id: summary._id, name: summary.name, paused: false });
    expect(full.units.length).toBeGreaterThan(0);
    const [spaces, units] = [
      full.units.filter((u) => u.commercialSpace),
      full.units.filter((u) => !u.commercialSpace),
    ];
    expect(units.every((u) => u.floorName !== null && u.number !== '?')).toBe(true);
    // The project's commercial spaces come as units of type Commercial, found like any other.
    const served = (project.commercialSpaces ?? []) as { _id: string; name: string }[];
    expect(spaces.map((u) => [u.id, u.number, u.type])).toEqual(
      served.map((space) => [space._id, space.name, 'Commercial']),
    );
  });

  it('findProjects finds by namespace and host name, without a token', async () => {
    const summary = await firstProject();
    const anonymous = client({ token: null });
    const found = await anonymous.findProjects({
      namespace: summary.namespace ?? '',
      hostName: summary.hostName ?? '',
    });
    expect(found.map((p) => p._id)).toEqual([summary._id]);
    expect(normalizeFullProject(found[0]!).units.length).toBeGreaterThan(0);
  });

  it('findGroups and findEnterprises answer arrays of documents', async () => {
    const { records } = await client().listGroups();
    const group = records[0]!;
    const groups = await client().findGroups({
      namespace: group.namespace ?? '',
      hostName: group.hostName ?? '',
    });
    expect(groups.map((g) => g._id)).toContain(group._id);

    const enterprise = sb.store.listEnterprises()[0]!.doc;
    const enterprises = await client().findEnterprises({
      namespace: enterprise.namespace,
      hostName: enterprise.hostName,
    });
    expect(enterprises.map((e) => e._id)).toEqual([enterprise._id]);
    const normalised = normalizeEnterprise(enterprises[0]!);
    expect(normalised.name).toBe(enterprise.name);
    expect(normalised.groupIds.length + normalised.projectIds.length).toBeGreaterThan(0);
  });

  it('listGroups, getGroup, createGroup and updateGroup', async () => {
    const c = client();
    const list = await c.listGroups();
    expect(list.count).toBe(list.records.length);
    expect(list.count).toBeGreaterThan(0);
    const mine = new Set((await c.myProjects()).map((p) => p._id));
    const projectIds = list.records.flatMap((g) => normalizeGroup(g).projectIds);
    expect(projectIds.length).toBeGreaterThan(0);
    expect(projectIds.every((id) => mine.has(id))).toBe(true);

    const first = list.records[0]!;
    expect((await c.getGroup(first._id))._id).toBe(first._id);

    const created = await c.createGroup({ name: 'Agent picks', namespace: 'agent-picks' });
    expect(created).toMatchObject({ name: 'Agent picks', namespace: 'agent-picks' });
    expect((await c.listGroups()).count).toBe(list.count + 1);

    const renamed = await c.updateGroup(created._id, { name: 'Agent favourites' });
    expect(renamed).toMatchObject({ _id: created._id, name: 'Agent favourites' });
    expect((await c.getGroup(created._id)).name).toBe('Agent favourites');
  });

  it('listFloors, getFloor, createFloor and updateFloor', async () => {
    const c = client();
    const { _id: pid } = await firstProject();
    const floors = await c.listFloors(pid);
    expect(floors.length).toBeGreaterThan(0);
    expect(floors.every((f) => f.project === pid)).toBe(true);
    expect((await c.getFloor(floors[0]!._id)).name).toBe(floors[0]!.name);

    const created = await c.createFloor({ project: { _id: pid }, name: 'Rooftop', position: 99 });
    expect(created).toMatchObject({ project: pid, name: 'Rooftop', position: 99 });
    expect((await c.listFloors(pid)).map((f) => f._id)).toContain(created._id);

    const updated = await c.updateFloor(created._id, { name: 'Sky Lounge' });
    expect(updated).toMatchObject({ _id: created._id, name: 'Sky Lounge' });
  });

  it('listUnits joined with listFloors normalises like the embedded project', async () => {
    const c = client();
    const { _id: pid } = await firstProject();
    const [floors, units, project] = await Promise.all([
      c.listFloors(pid),
      c.listUnits(pid),
      c.getProject(pid),
    ]);
    expect(units.count).toBe(units.records.length);
    expect(units.count).toBeGreaterThanOrEqual(30);
    // Both vocabularies are served, and both normalise.
    expect(units.records.some((u) => 'unitNumber' in u)).toBe(true);
    expect(units.records.some((u) => 'availability' in u)).toBe(true);
    const joined = normalizeProjectUnits(pid, floors, units.records);
    const embedded = normalizeFullProject(project).units.filter((u) => !u.commercialSpace);
    const shape = (u: (typeof joined)[number]) => [u.id, u.number, u.floorName, u.status];
    expect(joined.map(shape)).toEqual(embedded.map(shape));
    expect(joined.every((u) => u.status !== 'unknown')).toBe(true);
    expect(joined.every((u) => u.bedrooms !== null && u.area !== null)).toBe(true);
  });

  it('getUnit, createUnit, updateUnit, batchUpdateUnits and deleteUnit', async () => {
    const c = client();
    const { _id: pid } = await firstProject();
    const [floor] = await c.listFloors(pid);
    const { records } = await c.listUnits(pid);
    const [a, b] = records;
    expect((await c.getUnit(a!._id))._id).toBe(a!._id);

    const created = await c.createUnit({
      floor: { _id: floor!._id },
      unitNumber: '9901',
      price: 612000,
      bed: 2,
    });
    expect(normalizeUnit(created, { projectId: pid })).toMatchObject({
      number: '9901',
      price: 612000,
      bedrooms: 2,
      status: 'available',
      floorId: floor!._id,
    });

    const sold = await c.updateUnit(created._id, { status: 'Sold' });
    expect(normalizeUnit(sold, { projectId: pid }).status).toBe('sold');
    expect(sb.store.unitStatus(created._id)).toBe('Sold');

    const held = await c.batchUpdateUnits([a!._id, b!._id], { status: 'OnHold' });
    expect(held.map((u) => u._id)).toEqual([a!._id, b!._id]);
    expect(held.map((u) => normalizeUnit(u, { projectId: pid }).status)).toEqual([
      'on-hold',
      'on-hold',
    ]);

    await expect(c.deleteUnit(created._id)).resolves.toBeUndefined();
    const gone = await failure(c.getUnit(created._id));
    expect(gone.kind).toBe('not-found');
    expect(errorText(gone)).toMatch(/^Planpoint could not find that unit \(Unit not found\)\./);
  });

  it('listLeads answers the project leads', async () => {
    const { _id: pid } = await firstProject();
    const leads = await client().listLeads(pid);
    expect(leads).toEqual(sb.store.leadsOf(pid));
  });

  it('createProject, updateProject and deleteProject', async () => {
    const c = client();
    const created = await c.createProject({ name: 'Test Tower', areaUnit: 'm2' });
    expect(normalizeProject(created)).toMatchObject({ name: 'Test Tower', areaUnit: 'm2' });
    expect((await c.myProjects()).map((p) => p._id)).toContain(created._id);

    const updated = await c.updateProject(created._id, { name: 'Test Tower II' });
    expect(updated).toMatchObject({ _id: created._id, name: 'Test Tower II' });

    await expect(c.deleteProject(created._id)).resolves.toBeUndefined();
    const gone = await failure(c.getProject(created._id));
    expect(gone.kind).toBe('not-found');
    expect(errorText(gone)).toMatch(
      /^Planpoint could not find that project \(Project not found\)\./,
    );
  });

  it('accepts a token pasted with "Bearer "', async () => {
    const c = client({ getToken: () => `Bearer ${sb.demoToken}` });
    await expect(c.myProjects()).resolves.toHaveLength(8);
  });
});

describe('every error kind against the sandbox', () => {
  it('unauthorized: a token Planpoint does not know', async () => {
    const e = await failure(client({ getToken: () => 'not-a-real-token' }).myProjects());
    expect(e).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(errorText(e)).toMatch(/rejected your API token .*Paste a new one in Settings\./);
    // Bearer first, then once in the raw form the viewer docs show.
    expect(answered('GET /api/projects/mine')).toHaveLength(2);
  });

  it('unauthorized on login: a wrong password', async () => {
    const e = await failure(client().login(sb.accounts[0]!.email, 'wrong-password'));
    expect(e.kind).toBe('unauthorized');
    expect(errorText(e)).toMatch(/did not accept that email and password/);
    expect(errorText(e)).not.toContain('wrong-password');
  });

  it('forbidden: another account project, either way round', async () => {
    const { _id: pid } = await firstProject();
    const other = client({ getToken: () => sb.accounts[1]!.token });
    const e = await failure(other.getProject(pid));
    expect(e).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(errorText(e)).toMatch(/not allowed to access this project/);
    expectNoToken(e);

    const theirs = sb.store.projectsOf(sb.accounts[1]!.id)[0]!;
    expect((await failure(client().listUnits(theirs._id))).kind).toBe('forbidden');
    expect((await other.listUnits(theirs._id)).count).toBeGreaterThan(0);
  });

  it('not-found: an unknown id and an unknown viewer key', async () => {
    const e = await failure(client().getProject(MISSING_ID));
    expect(e).toMatchObject({ kind: 'not-found', status: 404, serverMessage: 'Project not found' });
    expect(errorText(e)).toMatch(/^Planpoint could not find that project \(Project not found\)\./);

    const f = await failure(client().findProjects({ namespace: 'nope', hostName: 'nowhere' }));
    expect(f.kind).toBe('not-found');
    expect(errorText(f)).toMatch(/found no project for that namespace and host name/);
  });

  it('bad-request: a group name of one character', async () => {
    const e = await failure(client().createGroup({ name: 'x' }));
    expect(e).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(e.serverMessage).toMatch(/3 to 120 characters/);
    expect(errorText(e)).toMatch(/refused the request as invalid \(.*3 to 120 characters\)/);
  });

  it('method-not-allowed: a method the route does not have', async () => {
    const { records } = await client().listGroups();
    const send = createTransport({
      connection: () => ({ baseUrl: sb.url, token: sb.demoToken }),
      timeoutMs: 3000,
      retries: 0,
      retryDelayMs: 1,
    });
    const e = await failure(
      send({
        method: 'DELETE',
        path: `/api/groups/${records[0]!._id}`,
        auth: 'required',
        idempotent: false,
        expect: 'none',
        resource: 'group',
      }),
    );
    expect(e).toMatchObject({ kind: 'method-not-allowed', status: 405 });
    expect(errorText(e)).toMatch(/does not allow this action/);
  });

  it('no-token: nothing is sent', async () => {
    const e = await failure(client({ token: null }).myProjects());
    expect(e.kind).toBe('no-token');
    expect(log).toHaveLength(0);
  });

  it('server: a 500 is retried for reads, then reported', async () => {
    sb.faults.status = 500;
    const e = await failure(client().myProjects());
    expect(e).toMatchObject({ kind: 'server', status: 500 });
    expect(errorText(e)).toMatch(/problem on its side \(HTTP 500/);
    expect(answered('GET /api/projects/mine')).toHaveLength(3);
  });

  it('server: a 500 on a write is reported at once', async () => {
    const { _id: pid } = await firstProject();
    const { records } = await client().listUnits(pid);
    log.length = 0;
    sb.faults.status = 500;
    const e = await failure(client().updateUnit(records[0]!._id, { status: 'Sold' }));
    expect(e.kind).toBe('server');
    expect(log.filter((l) => l.startsWith('PATCH /api/units/'))).toHaveLength(1);
  });

  it('server: a find is retried although it is a POST', async () => {
    const summary = await firstProject();
    log.length = 0;
    sb.faults.errorRate = 1;
    const e = await failure(
      client({ retries: 1 }).findProjects({
        namespace: summary.namespace ?? '',
        hostName: summary.hostName ?? '',
      }),
    );
    expect(e.kind).toBe('server');
    expect(answered('POST /api/projects/find')).toHaveLength(2);
  });

  it('server: a proxy HTML error page', async () => {
    sb.faults.htmlError = true;
    const e = await failure(client({ retries: 0 }).myProjects());
    expect(e).toMatchObject({ kind: 'server', status: 502, serverMessage: null });
    expect(errorText(e)).toMatch(/answered with an error page \(HTTP 502\)/);
  });

  it('rate-limited: a read waits out Retry-After, then gives up; a write is not repeated', async () => {
    sb.faults.status = 429;
    const e = await failure(client({ rateLimitRetries: 1 }).myProjects());
    expect(e.kind).toBe('rate-limited');
    expect(answered('GET /api/projects/mine')).toHaveLength(2);
    const w = await failure(client().createProject({ name: 'Never sent twice' }));
    expect(w.kind).toBe('rate-limited');
    expect(answered('POST /api/projects')).toHaveLength(1);
  });

  it('timeout: the sandbox answers later than timeoutMs', async () => {
    sb.faults.latencyMs = 600;
    const started = Date.now();
    const e = await failure(client({ timeoutMs: 150, retries: 0 }).myProjects());
    expect(e.kind).toBe('timeout');
    expect(e.status).toBeNull();
    expect(Date.now() - started).toBeLessThan(550);
  });

  it('network: nothing listens on the port', async () => {
    const url = await unreachableUrl();
    const e = await failure(client({ baseUrl: url, retries: 0 }).myProjects());
    expect(e.kind).toBe('network');
    expect(errorText(e)).toContain(`The server at ${url} could not be reached`);
    expectNoToken(e);
  });

  it('network: the sandbox drops the connection', async () => {
    sb.faults.dropConnection = true;
    const e = await failure(client({ retries: 0 }).myProjects());
    expect(e.kind).toBe('network');
    expect(errorText(e)).toContain(sb.url);
  });

  it('invalid-response: truncated JSON', async () => {
    sb.faults.malformedJson = true;
    const e = await failure(client().myProjects());
    expect(e.kind).toBe('invalid-response');
    expect(e.message).toContain('not JSON');
  });

  it.each([
    ['myProjects', (c: PlanpointClient) => c.myProjects()],
    ['listGroups', (c: PlanpointClient) => c.listGroups()],
    ['login', (c: PlanpointClient) => c.login(sb.accounts[0]!.email, sb.accounts[0]!.password)],
  ])('invalid-response: valid JSON of the wrong shape (%s)', async (_name, call) => {
    sb.faults.wrongShape = true;
    const e = await failure(call(client()));
    expect(e.kind).toBe('invalid-response');
    expect(errorText(e)).toMatch(/could not read/);
  });

  it('invalid-response: a wrongly shaped project and unit list', async () => {
    const { _id: pid } = await firstProject();
    sb.faults.wrongShape = true;
    expect((await failure(client().getProject(pid))).message).toContain('response._id');
    expect((await failure(client().listUnits(pid))).message).toContain('response.records');
  });

  it('paused: with and without a reason', async () => {
    sb.faults.paused = { value: true, reason: 'Subscription ended' };
    const e = await failure(client().myProjects());
    expect(e).toMatchObject({
      kind: 'paused',
      status: 403,
      paused: { reason: 'Subscription ended' },
    });
    expect(errorText(e)).toMatch(/^Your account is paused on Planpoint \(Subscription ended\)\./);
    expect(answered('GET /api/projects/mine')).toHaveLength(1);

    sb.faults.paused = true;
    expect((await failure(client().myProjects())).paused).toEqual({ reason: null });
  });

  it('faults limited to one project leave the others readable', async () => {
    const [a, b] = await client().myProjects();
    sb.faults.status = 500;
    sb.faults.projectIds = [a!._id];
    expect((await failure(client({ retries: 0 }).listUnits(a!._id))).kind).toBe('server');
    expect((await client().listUnits(b!._id)).count).toBeGreaterThan(0);
  });
});
