// The client over real HTTP against a scripted stub: exact requests, every failure path.
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL } from '../../lib/planpoint/client';
import type { PlanpointError } from '../../lib/planpoint/errors';
import { backoffDelay, MAX_RESPONSE_BYTES } from '../../lib/planpoint/http';
import { planpointClient, type PlanpointClient, type TestClientOptions } from '../support/client';
import { unreachableUrl } from '../support/listen';
import { sendJson, startStub, type Stub } from '../support/stub-server';
import { failure } from './failure';
import { errorText } from '../../lib/error-text';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.dGVzdC10b2tlbi1zZWNyZXQ.c2ln';
const P = '64a1f2b3c4d5e6f7a8b9c0d1';

let stub: Stub;
beforeAll(async () => {
  stub = await startStub();
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

function client(opts: TestClientOptions = {}): PlanpointClient {
  return planpointClient(stub, { token: TOKEN, timeoutMs: 2000, ...opts });
}

function expectNoSecret(e: PlanpointError, ...secrets: string[]) {
  const texts = [e.message, errorText(e), e.serverMessage ?? '', JSON.stringify(e), inspect(e)];
  for (const secret of secrets) for (const t of texts) expect(t).not.toContain(secret);
  for (const t of texts) expect(t).not.toContain('[object Object]');
}

describe('requests for every endpoint', () => {
  const unit = { _id: 'u1', floor: 'f1', unitNumber: '101' };
  const floor = { _id: 'f1', project: P, name: 'Level 1' };
  const project = { _id: P, name: 'Parkview', namespace: 'parkview', hostName: 'main' };
  const group = { _id: 'g1', user: 'a1', name: 'Downtown', projects: [P] };

  const cases: {
    name: string;
    call: (c: PlanpointClient) => Promise<unknown>;
    method: string;
    url: string;
    body?: unknown;
    reply: unknown;
    result: unknown;
    /** Whether the saved token goes with the request (login never sends it). */
    sendsToken?: boolean;
  }[] = [
    {
      name: 'login',
      call: (c) => c.login(' agent@example.com ', 'pw-123456'),
      method: 'POST',
      url: '/api/users/login',
      body: { username: 'agent@example.com', password: 'pw-123456' },
      reply: { message: 'Login successful', access_token: 'new.jwt.token' },
      result: { token: 'new.jwt.token', message: 'Login successful' },
      sendsToken: false,
    },
    {
      name: 'findProjects (one document)',
      call: (c) => c.findProjects({ namespace: ' parkview ', hostName: 'main' }),
      method: 'POST',
      url: '/api/projects/find',
      body: { namespace: 'parkview', hostName: 'main' },
      reply: { ...project, floors: [{ ...floor, units: [unit] }] },
      result: [{ ...project, floors: [{ ...floor, units: [unit] }] }],
    },
    {
      name: 'findGroups (array)',
      call: (c) => c.findGroups({ namespace: 'g', hostName: 'h' }),
      method: 'POST',
      url: '/api/groups/find',
      body: { namespace: 'g', hostName: 'h' },
      reply: [group, { ...group, _id: 'g2' }],
      result: [group, { ...group, _id: 'g2' }],
    },
    {
      name: 'findEnterprises',
      call: (c) => c.findEnterprises({ namespace: 'e', hostName: 'h' }),
      method: 'POST',
      url: '/api/enterprises/find',
      body: { namespace: 'e', hostName: 'h' },
      reply: { _id: 'e1', name: 'Acme', groups: ['g1'], projects: [{ _id: P }] },
      result: [{ _id: 'e1', name: 'Acme', groups: ['g1'], projects: [{ _id: P }] }],
    },
    {
      name: 'myProjects',
      call: (c) => c.myProjects(),
      method: 'GET',
      url: '/api/projects/mine',
      reply: [{ _id: P, name: 'Parkview' }],
      result: [{ _id: P, name: 'Parkview' }],
    },
    {
      name: 'getProject',
      call: (c) => c.getProject(P),
      method: 'GET',
      url: `/api/projects/${P}`,
      reply: project,
      result: project,
    },
    {
      name: 'createProject',
      call: (c) => c.createProject({ name: 'New' }),
      method: 'POST',
      url: '/api/projects',
      body: { name: 'New' },
      reply: { ...project, name: 'New' },
      result: { ...project, name: 'New' },
    },
    {
      name: 'updateProject',
      call: (c) => c.updateProject(P, { name: 'Renamed' }),
      method: 'PATCH',
      url: `/api/projects/${P}`,
      body: { name: 'Renamed' },
      reply: { ...project, name: 'Renamed' },
      result: { ...project, name: 'Renamed' },
    },
    {
      name: 'deleteProject',
      call: (c) => c.deleteProject(P),
      method: 'DELETE',
      url: `/api/projects/${P}`,
      reply: { message: 'Project deleted' },
      result: undefined,
    },
    {
      name: 'listGroups',
      call: (c) => c.listGroups(),
      method: 'GET',
      url: '/api/groups',
      reply: { records: [group], count: 1 },
      result: { records: [group], count: 1 },
    },
    {
      name: 'getGroup',
      call: (c) => c.getGroup('g1'),
      method: 'GET',
      url: '/api/groups/g1',
      reply: group,
      result: group,
    },
    {
      name: 'createGroup',
      call: (c) => c.createGroup({ name: 'Downtown', namespace: 'dt' }),
      method: 'POST',
      url: '/api/groups',
      body: { name: 'Downtown', namespace: 'dt' },
      reply: group,
      result: group,
    },
    {
      name: 'updateGroup',
      call: (c) => c.updateGroup('g1', { name: 'Uptown' }),
      method: 'PATCH',
      url: '/api/groups/g1',
      body: { name: 'Uptown' },
      reply: { ...group, name: 'Uptown' },
      result: { ...group, name: 'Uptown' },
    },
    {
      name: 'listFloors',
      call: (c) => c.listFloors(P),
      method: 'GET',
      url: `/api/floors?pid=${P}`,
      reply: [floor],
      result: [floor],
    },
    {
      name: 'getFloor',
      call: (c) => c.getFloor('f1'),
      method: 'GET',
      url: '/api/floors/f1',
      reply: floor,
      result: floor,
    },
    {
      name: 'createFloor',
      call: (c) => c.createFloor({ project: { _id: P }, name: 'Level 2', position: 2 }),
      method: 'POST',
      url: '/api/floors',
      body: { project: { _id: P }, name: 'Level 2', position: 2 },
      reply: { ...floor, _id: 'f2', name: 'Level 2' },
      result: { ...floor, _id: 'f2', name: 'Level 2' },
    },
    {
      name: 'updateFloor',
      call: (c) => c.updateFloor('f1', { name: 'L1' }),
      method: 'PATCH',
      url: '/api/floors/f1',
      body: { name: 'L1' },
      reply: { ...floor, name: 'L1' },
      result: { ...floor, name: 'L1' },
    },
    {
      name: 'listUnits',
      call: (c) => c.listUnits(P),
      method: 'GET',
      url: `/api/units?pid=${P}`,
      reply: { records: [unit] },
      result: { records: [unit], count: 1 },
    },
    {
      name: 'getUnit',
      call: (c) => c.getUnit('u1'),
      method: 'GET',
      url: '/api/units/u1',
      reply: unit,
      result: unit,
    },
    {
      name: 'createUnit',
      call: (c) => c.createUnit({ floor: { _id: 'f1' }, unitNumber: '102' }),
      method: 'POST',
      url: '/api/units',
      body: { floor: { _id: 'f1' }, unitNumber: '102' },
      reply: { ...unit, _id: 'u2', unitNumber: '102' },
      result: { ...unit, _id: 'u2', unitNumber: '102' },
    },
    {
      name: 'updateUnit',
      call: (c) => c.updateUnit('u1', { status: 'Sold' }),
      method: 'PATCH',
      url: '/api/units/u1',
      body: { status: 'Sold' },
      reply: { ...unit, status: 'Sold' },
      result: { ...unit, status: 'Sold' },
    },
    {
      name: 'batchUpdateUnits',
      call: (c) => c.batchUpdateUnits(['u1', 'u2'], { status: 'OnHold' }),
      method: 'PATCH',
      url: '/api/units',
      body: { ids: ['u1', 'u2'], patchData: { status: 'OnHold' } },
      reply: [
        { ...unit, status: 'OnHold' },
        { ...unit, _id: 'u2', status: 'OnHold' },
      ],
      result: [
        { ...unit, status: 'OnHold' },
        { ...unit, _id: 'u2', status: 'OnHold' },
      ],
    },
    {
      name: 'deleteUnit',
      call: (c) => c.deleteUnit('u1'),
      method: 'DELETE',
      url: '/api/units/u1',
      reply: { message: 'Unit deleted' },
      result: undefined,
    },
    {
      name: 'listLeads',
      call: (c) => c.listLeads(P),
      method: 'GET',
      url: `/api/leads?pid=${P}`,
      reply: [{ name: 'Jane Smith', email: 'jane@example.com' }],
      result: [{ name: 'Jane Smith', email: 'jane@example.com' }],
    },
  ];

  it.each(cases)('$name: $method $url', async (c) => {
    stub.handle((_req, res) => sendJson(res, 201, c.reply));
    await expect(c.call(client())).resolves.toEqual(c.result);
    expect(stub.requests).toHaveLength(1);
    const req = stub.requests[0]!;
    expect(req.method).toBe(c.method);
    expect(req.url).toBe(c.url);
    expect(req.headers['authorization']).toBe(
      c.sendsToken === false ? undefined : `Bearer ${TOKEN}`,
    );
    expect(req.headers['accept']).toBe('application/json');
    if (c.body === undefined) {
      expect(req.body).toBe('');
    } else {
      expect(req.headers['content-type']).toBe('application/json');
      expect(JSON.parse(req.body)).toEqual(c.body);
    }
  });

  it.each([200, 201, 202, 203])('treats HTTP %i as success', async (status) => {
    stub.handle((_req, res) => sendJson(res, status, project));
    await expect(client().getProject(P)).resolves.toEqual(project);
  });

  it('accepts an empty 200 or 204 for deletes', async () => {
    stub.handle((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(client().deleteUnit('u1')).resolves.toBeUndefined();
    stub.handle((_req, res) => {
      res.writeHead(200);
      res.end();
    });
    await expect(client().deleteProject(P)).resolves.toBeUndefined();
  });

  it('answers an empty find (null) with an empty list', async () => {
    stub.handle((_req, res) => sendJson(res, 201, null));
    await expect(client().findProjects({ namespace: 'x', hostName: 'y' })).resolves.toEqual([]);
  });

  it('encodes ids in paths and refuses empty ids without a request', async () => {
    stub.handle((_req, res) => sendJson(res, 200, { _id: 'a/b?c' }));
    await client().getUnit('a/b?c');
    expect(stub.requests[0]?.url).toBe('/api/units/a%2Fb%3Fc');
    const e = await failure(client().getProject('  '));
    expect(e.kind).toBe('bad-request');
    expect(errorText(e)).toBe('No project was chosen. Pick one and try again.');
    expect(stub.requests).toHaveLength(1);
  });
});

describe('base URL', () => {
  it('defaults to app.planpoint.io', () => {
    expect(DEFAULT_BASE_URL).toBe('https://app.planpoint.io');
  });

  it('tolerates trailing slashes and keeps a path prefix', async () => {
    stub.handle((_req, res) => sendJson(res, 200, []));
    await client({ baseUrl: `${stub.url}///` }).myProjects();
    await client({ baseUrl: `${stub.url}/planpoint/` }).myProjects();
    expect(stub.requests.map((r) => r.url)).toEqual([
      '/api/projects/mine',
      '/planpoint/api/projects/mine',
    ]);
  });

  it.each([['not a url'], ['ftp://example.com'], ['']])(
    'reports an unusable base URL %j without a request',
    async (baseUrl) => {
      const e = await failure(client({ baseUrl }).myProjects());
      expect(e.kind).toBe('network');
      expect(errorText(e)).toMatch(/is not a web address\. Fix it in Settings/);
      expect(stub.requests).toHaveLength(0);
    },
  );
});

describe('token handling', () => {
  it('sends a token pasted with "Bearer " exactly once', async () => {
    stub.handle((_req, res) => sendJson(res, 200, []));
    await client({ getToken: () => `  bearer ${TOKEN}\n` }).myProjects();
    expect(stub.requests[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('reads the token just in time for every request', async () => {
    stub.handle((_req, res) => sendJson(res, 200, []));
    let current = 'first-token-1111';
    const c = client({ getToken: async () => current });
    await c.myProjects();
    current = 'second-token-2222';
    await c.myProjects();
    expect(stub.requests.map((r) => r.headers['authorization'])).toEqual([
      'Bearer first-token-1111',
      'Bearer second-token-2222',
    ]);
  });

  it.each([
    ['no getToken', undefined],
    ['undefined', () => undefined],
    ['empty', () => '   '],
    ['"Bearer" alone', () => 'Bearer '],
  ])('fails with no-token and sends nothing when the token is %s', async (_name, getToken) => {
    const c = planpointClient(stub, { getToken });
    for (const call of [
      () => c.myProjects(),
      () => c.getUnit('u1'),
      () => c.updateUnit('u1', { status: 'Sold' }),
      () => c.listGroups(),
    ]) {
      const e = await failure(call());
      expect(e.kind).toBe('no-token');
      expect(errorText(e)).toBe('No Planpoint API token is set. Paste your token in Settings.');
    }
    expect(stub.requests).toHaveLength(0);
  });

  it('sends login and the find lookups without a token, and with one when set', async () => {
    stub.handle((req, res) =>
      req.url === '/api/users/login'
        ? sendJson(res, 200, { message: 'ok', access_token: 'jwt' })
        : sendJson(res, 201, []),
    );
    const anonymous = planpointClient(stub);
    await anonymous.login('a@example.com', 'pw');
    await anonymous.findProjects({ namespace: 'n', hostName: 'h' });
    await anonymous.findGroups({ namespace: 'n', hostName: 'h' });
    await anonymous.findEnterprises({ namespace: 'n', hostName: 'h' });
    expect(stub.requests.map((r) => r.headers['authorization'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    await client().findProjects({ namespace: 'n', hostName: 'h' });
    expect(stub.requests[4]?.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('never sends a saved token with a login', async () => {
    stub.handle((_req, res) => sendJson(res, 200, { message: 'ok', access_token: 'jwt' }));
    await client().login('a@example.com', 'pw');
    expect(stub.requests[0]?.headers['authorization']).toBeUndefined();
  });

  it('reports a token store that throws as no-token', async () => {
    const e = await failure(
      client({
        getToken: () => {
          throw new Error('storage unavailable');
        },
      }).myProjects(),
    );
    expect(e.kind).toBe('no-token');
    expect(errorText(e)).toMatch(/could not be read/);
    expect(stub.requests).toHaveLength(0);
  });

  it('keeps the token and the password out of every error, even when the server echoes them', async () => {
    const password = 'hunter2-secret';
    stub.handle((req, res) =>
      sendJson(res, req.url === '/api/users/login' ? 401 : 403, {
        message: `bad ${TOKEN} / ${password}`,
        paused: { value: req.url?.includes('floors') ?? false, reason: `token ${TOKEN}` },
      }),
    );
    const errors = [
      await failure(client().login('a@example.com', password)),
      await failure(client().getProject(P)),
      await failure(client().listFloors(P)),
    ];
    expect(errors.map((e) => e.kind)).toEqual(['unauthorized', 'forbidden', 'paused']);
    // Each call hides what it sent: login the password (it sends no token), the others the token.
    expectNoSecret(errors[0]!, password);
    for (const e of errors.slice(1)) expectNoSecret(e, TOKEN);
    expect(errorText(errors[0]!)).toMatch(/did not accept that email and password/);
  });
});

describe('HTTP errors', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'method-not-allowed'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('%i -> %s with the server message', async (status, kind) => {
    stub.handle((_req, res) => sendJson(res, status, { message: `Reason ${status}` }));
    const e = await failure(client({ retries: 0 }).getProject(P));
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(e.serverMessage).toBe(`Reason ${status}`);
    expect(errorText(e)).toContain(`Reason ${status}`);
    expect(e.message).toContain(`GET /api/projects/${P}`);
  });

  it('names the project on a 404', async () => {
    stub.handle((_req, res) => sendJson(res, 404, { message: 'Project not found' }));
    const e = await failure(client().listUnits(P));
    expect(errorText(e)).toMatch(/^Planpoint could not find that project \(Project not found\)\./);
  });

  it('reports a paused project with its reason', async () => {
    stub.handle((_req, res) =>
      sendJson(res, 403, { message: 'Paused', paused: { value: true, reason: 'Billing' } }),
    );
    const e = await failure(client().findProjects({ namespace: 'n', hostName: 'h' }));
    expect(e.kind).toBe('paused');
    expect(e.paused).toEqual({ reason: 'Billing' });
  });

  it('reports an HTML error page on 5xx as a server error page', async () => {
    stub.handle((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const e = await failure(client({ retries: 0 }).myProjects());
    expect(e.kind).toBe('server');
    expect(errorText(e)).toMatch(/answered with an error page \(HTTP 502\)/);
  });
});

describe('the Authorization header', () => {
  it('tries a refused Bearer token once in the raw form, and keeps to the form that worked', async () => {
    const raw = await startStub(); // its own origin: the form learnt here stays with it
    try {
      raw.handle((req, res) =>
        req.headers.authorization === 'tok_1234'
          ? sendJson(res, 201, [])
          : sendJson(res, 401, { message: 'Invalid token' }),
      );
      const rawClient = planpointClient(raw.url, { token: 'tok_1234' });
      await expect(rawClient.myProjects()).resolves.toEqual([]);
      await expect(rawClient.myProjects()).resolves.toEqual([]);
      expect(raw.requests.map((r) => r.headers.authorization)).toEqual([
        'Bearer tok_1234',
        'tok_1234',
        'tok_1234',
      ]);
    } finally {
      await raw.close();
    }
  });

  it('starts with the form the caller kept for the address, and tells it what it learns', async () => {
    const raw = await startStub(); // its own origin, never seen by this process before
    try {
      raw.handle((req, res) =>
        req.headers.authorization === 'tok_5678'
          ? sendJson(res, 201, [])
          : sendJson(res, 401, { message: 'Invalid token' }),
      );
      const kept = planpointClient(raw.url, {
        connection: async () => ({ baseUrl: raw.url, token: 'tok_5678', authForm: 'raw' }),
      });
      await expect(kept.myProjects()).resolves.toEqual([]);
      expect(raw.requests.map((r) => r.headers.authorization)).toEqual(['tok_5678']);
    } finally {
      await raw.close();
    }
    const learner = await startStub();
    try {
      learner.handle((req, res) =>
        req.headers.authorization === 'tok_9012'
          ? sendJson(res, 201, [])
          : sendJson(res, 401, { message: 'Invalid token' }),
      );
      const learnt: [string, string][] = [];
      const client = planpointClient(learner.url, {
        token: 'tok_9012',
        onAuthForm: (origin, form) => learnt.push([origin, form]),
      });
      await client.myProjects();
      expect(learnt).toEqual([[learner.url, 'raw']]);
    } finally {
      await learner.close();
    }
  });

  it('reports a token refused both ways as the first refusal, after two requests', async () => {
    stub.handle((_req, res) => sendJson(res, 401, { message: 'Unauthorized' }));
    const e = await failure(client().myProjects());
    expect(e).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(stub.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, TOKEN]);
  });
});

describe('retries', () => {
  function failingThenOk(failures: number, status = 500) {
    let n = 0;
    stub.handle((_req, res) =>
      n++ < failures ? sendJson(res, status, { message: 'oops' }) : sendJson(res, 200, []),
    );
  }

  it('retries a GET on 5xx up to `retries` times, then reports the error', async () => {
    failingThenOk(99);
    const e = await failure(client().myProjects());
    expect(e.kind).toBe('server');
    expect(stub.requests).toHaveLength(3);
  });

  it('succeeds when a retry succeeds', async () => {
    failingThenOk(1, 503);
    await expect(client().myProjects()).resolves.toEqual([]);
    expect(stub.requests).toHaveLength(2);
  });

  it('honours retries: 0 and a larger count', async () => {
    failingThenOk(99);
    await failure(client({ retries: 0 }).myProjects());
    expect(stub.requests).toHaveLength(1);
    stub.requests.length = 0;
    await failure(client({ retries: 4 }).myProjects());
    expect(stub.requests).toHaveLength(5);
  });

  it('retries the find lookups, which are POSTs but only read', async () => {
    failingThenOk(99, 502);
    await failure(client().findGroups({ namespace: 'n', hostName: 'h' }));
    expect(stub.requests).toHaveLength(3);
  });

  it.each([
    ['createProject', (c: PlanpointClient) => c.createProject({ name: 'x' })],
    ['updateUnit', (c: PlanpointClient) => c.updateUnit('u1', { status: 'Sold' })],
    ['batchUpdateUnits', (c: PlanpointClient) => c.batchUpdateUnits(['u1'], { status: 'Sold' })],
    ['deleteUnit', (c: PlanpointClient) => c.deleteUnit('u1')],
    ['login', (c: PlanpointClient) => c.login('a@example.com', 'pw')],
  ])('never retries a write (%s)', async (_name, call) => {
    failingThenOk(99);
    await failure(call(client()));
    expect(stub.requests).toHaveLength(1);
  });

  it.each([400, 403, 404, 405, 408])('never retries a %i', async (status) => {
    failingThenOk(99, status);
    await failure(client().myProjects());
    expect(stub.requests).toHaveLength(1);
  });

  it('waits out a 429 on a read for as long as Retry-After says, then reads', async () => {
    let n = 0;
    stub.handle((_req, res) => {
      if (n++ === 0) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ message: 'Slow down' }));
      } else sendJson(res, 200, []);
    });
    const waits: number[] = [];
    const started = Date.now();
    await expect(client({ onRateLimited: (ms) => waits.push(ms) }).myProjects()).resolves.toEqual(
      [],
    );
    expect(stub.requests).toHaveLength(2);
    expect(waits).toEqual([1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on 429s after rateLimitRetries, and never repeats a write', async () => {
    stub.handle((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(JSON.stringify({ message: 'Slow down' }));
    });
    const e = await failure(client({ rateLimitRetries: 2 }).myProjects());
    expect(e.kind).toBe('rate-limited');
    expect(stub.requests).toHaveLength(3);
    stub.requests.length = 0;
    await failure(client().updateUnit('u1', { status: 'Sold' }));
    expect(stub.requests).toHaveLength(1);
  });

  it('does not wait out a Retry-After longer than 30 s', async () => {
    stub.handle((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '3600' });
      res.end('{}');
    });
    const e = await failure(client().myProjects());
    expect(e).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(stub.requests).toHaveLength(1);
  });

  it('never retries an unreadable answer', async () => {
    stub.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"broken":');
    });
    await failure(client().myProjects());
    expect(stub.requests).toHaveLength(1);
  });

  it('waits with exponential backoff between attempts', async () => {
    failingThenOk(99);
    const started = Date.now();
    await failure(client({ retryDelayMs: 40 }).myProjects());
    // attempt 0 waits 20-40 ms, attempt 1 waits 40-80 ms
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('backoffDelay doubles per attempt, with jitter in the upper half, capped at 10 s', () => {
    for (let i = 0; i < 200; i++) {
      const d0 = backoffDelay(300, 0);
      const d2 = backoffDelay(300, 2);
      expect(d0).toBeGreaterThanOrEqual(150);
      expect(d0).toBeLessThanOrEqual(300);
      expect(d2).toBeGreaterThanOrEqual(600);
      expect(d2).toBeLessThanOrEqual(1200);
      expect(backoffDelay(300, 20)).toBeLessThanOrEqual(10_000);
    }
    const samples = new Set(Array.from({ length: 20 }, () => backoffDelay(300, 1)));
    expect(samples.size).toBeGreaterThan(1);
  });
});

describe('timeouts and network failures', () => {
  it('times out a server that never answers', async () => {
    stub.handle(() => undefined);
    const started = Date.now();
    const e = await failure(client({ timeoutMs: 150, retries: 0 }).myProjects());
    expect(e.kind).toBe('timeout');
    expect(e.status).toBeNull();
    expect(errorText(e)).toBe(
      'Planpoint did not answer within 1 second. Check your connection and try again.',
    );
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out a body that trickles in and never ends', async () => {
    stub.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
    });
    const e = await failure(client({ timeoutMs: 150, retries: 0 }).myProjects());
    expect(e.kind).toBe('timeout');
  });

  it('retries a timed-out read', async () => {
    stub.handle(() => undefined);
    await failure(client({ timeoutMs: 80, retries: 1 }).myProjects());
    expect(stub.requests).toHaveLength(2);
  });

  it('reports a closed port as a network error naming the server', async () => {
    const url = await unreachableUrl();
    const e = await failure(client({ baseUrl: url, retries: 0 }).myProjects());
    expect(e.kind).toBe('network');
    expect(errorText(e)).toBe(
      `The server at ${url} could not be reached. Check the API base URL in Settings and your internet connection.`,
    );
    expect(e.message).toContain('ECONNREFUSED');
    expectNoSecret(e, TOKEN);
  });

  it('reports a dropped connection as a network error, and retries reads', async () => {
    stub.handle((req, res) => {
      res.socket?.destroy();
      void req;
    });
    const e = await failure(client().myProjects());
    expect(e.kind).toBe('network');
    expect(stub.requests).toHaveLength(3);
  });

  it('reports a connection dropped in the middle of the body as a network error', async () => {
    stub.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('[{"_id":"a"');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const e = await failure(client({ retries: 0 }).myProjects());
    expect(e.kind).toBe('network');
  });
});

describe('unreadable answers', () => {
  it.each([
    ['malformed JSON', 'application/json', '{"records": [', /could not read/],
    ['an empty body', 'application/json', '', /could not read/],
    ['plain text', 'text/plain', 'OK', /could not read/],
    ['an HTML page', 'text/html', '<!doctype html><html></html>', /web page instead of data/],
    ['HTML without a content type', '', '  <html><body>app</body></html>', /web page/],
  ])('%s on 2xx -> invalid-response', async (_name, contentType, body, message) => {
    stub.handle((_req, res) => {
      res.writeHead(200, contentType ? { 'content-type': contentType } : {});
      res.end(body);
    });
    const e = await failure(client().myProjects());
    expect(e.kind).toBe('invalid-response');
    expect(errorText(e)).toMatch(message);
  });

  it.each([
    ['an object where a list is expected', 'myProjects', { records: [] }],
    ['a list where a document is expected', 'getProject', [{ _id: P }]],
    ['a document without _id', 'getUnit', { unitNumber: '1' }],
    ['records that are not a list', 'listUnits', { records: {}, count: 0 }],
    ['a login without a token', 'login', { message: 'ok' }],
  ] as const)('%s -> invalid-response', async (_name, method, reply) => {
    stub.handle((_req, res) => sendJson(res, 201, reply));
    const c = client();
    const calls: Record<typeof method, () => Promise<unknown>> = {
      myProjects: () => c.myProjects(),
      getProject: () => c.getProject(P),
      getUnit: () => c.getUnit('u1'),
      listUnits: () => c.listUnits(P),
      login: () => c.login('a@example.com', 'pw'),
    };
    const e = await failure(calls[method]());
    expect(e.kind).toBe('invalid-response');
    expect(e.message).toMatch(/invalid response: response/);
  });

  it('refuses a body larger than the limit while it streams in', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    stub.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_RESPONSE_BYTES / chunk.length + 1) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end(']');
      };
      pump();
    });
    const e = await failure(client({ timeoutMs: 10_000 }).myProjects());
    expect(e.kind).toBe('invalid-response');
    expect(e.message).toContain('larger than');
    expect(stub.requests).toHaveLength(1);
  });

  it('refuses a body whose declared length is over the limit without reading it', async () => {
    stub.handle((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(MAX_RESPONSE_BYTES + 1),
      });
      res.write('[');
    });
    const started = Date.now();
    const e = await failure(client({ timeoutMs: 5000 }).myProjects());
    expect(e.kind).toBe('invalid-response');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
