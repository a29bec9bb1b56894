import { describe, expect, it } from 'vitest';
import { noFaults } from '../../sandbox/faults';
import { call, projectId } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();
const unitsOf = (name: string) => `/api/units?pid=${projectId(sandbox, name)}`;

describe('fault switches', () => {
  it('start cleared', () => {
    expect(sandbox.faults).toEqual(noFaults());
  });

  it('latencyMs delays the answer', async () => {
    sandbox.faults.latencyMs = 300;
    const started = performance.now();
    const result = await call(sandbox, '/api/projects/mine');
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(result.status).toBe(201);
  });

  it('errorRate 1 answers every request 500 {message}', async () => {
    sandbox.faults.errorRate = 1;
    const result = await call(sandbox, '/api/projects/mine');
    expect(result.status).toBe(500);
    expect(result.json).toEqual({ message: expect.any(String) });
  });

  it('errorRate 0.5 fails some requests and not others', async () => {
    sandbox.faults.errorRate = 0.5;
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await call(sandbox, '/api/projects/mine')).status);
    const failures = statuses.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
    expect(statuses.filter((s) => s !== 500).every((s) => s === 201)).toBe(true);
  });

  it('status forces that status with a {message} body', async () => {
    sandbox.faults.status = 503;
    const unavailable = await call(sandbox, '/api/projects/mine');
    expect(unavailable.status).toBe(503);
    expect(unavailable.json.message).toEqual(expect.any(String));
    expect(unavailable.headers.get('retry-after')).toBe('1');
    sandbox.faults.status = 401;
    const unauthorized = await call(sandbox, '/api/projects/mine');
    expect(unauthorized.status).toBe(401);
  });

  it('malformedJson truncates successful JSON bodies only', async () => {
    sandbox.faults.malformedJson = true;
    const ok = await call(sandbox, unitsOf('Parkview Residences'));
    expect(ok.status).toBe(201);
    expect(ok.headers.get('content-type')).toMatch(/application\/json/);
    expect(() => JSON.parse(ok.text)).toThrow();
    expect(ok.text.length).toBeGreaterThan(0);
    const notFound = await call(sandbox, '/api/units?pid=0123456789abcdef01234567');
    expect(notFound.status).toBe(404);
    expect(notFound.json).toEqual({ message: 'Project not found' });
  });

  it('htmlError answers 502 with an HTML proxy page', async () => {
    sandbox.faults.htmlError = true;
    const result = await call(sandbox, '/api/projects/mine');
    expect(result.status).toBe(502);
    expect(result.headers.get('content-type')).toMatch(/text\/html/);
    expect(result.text).toContain('502 Bad Gateway');
    expect(result.json).toBeUndefined();
  });

  it('dropConnection closes the socket without an answer', async () => {
    sandbox.faults.dropConnection = true;
    await expect(fetch(`${sandbox.url}/api/projects/mine`)).rejects.toThrow();
    sandbox.faults.dropConnection = false;
    expect((await call(sandbox, '/api/projects/mine')).status).toBe(201);
  });

  it('paused answers 403 {message, paused} as a boolean or {value, reason}', async () => {
    sandbox.faults.paused = true;
    const plain = await call(sandbox, '/api/projects/mine');
    expect(plain.status).toBe(403);
    expect(plain.json).toEqual({ message: expect.any(String), paused: true });
    sandbox.faults.paused = { value: true, reason: 'Subscription expired' };
    const detailed = await call(sandbox, '/api/projects/mine');
    expect(detailed.json.paused).toEqual({ value: true, reason: 'Subscription expired' });
    sandbox.faults.paused = { value: false, reason: 'Renewed' };
    expect((await call(sandbox, '/api/projects/mine')).status).toBe(201);
  });

  it('wrongShape answers valid JSON of the wrong shape', async () => {
    sandbox.faults.wrongShape = true;
    const units = await call(sandbox, unitsOf('Parkview Residences'));
    expect(units.status).toBe(201);
    expect(typeof units.json.records).toBe('string');
    expect(typeof units.json.count).toBe('string');
    const mine = await call(sandbox, '/api/projects/mine');
    expect(typeof mine.json).toBe('string');
    const demo = sandbox.accounts[0];
    const login = await call(sandbox, '/api/users/login', {
      method: 'POST',
      token: null,
      body: { username: demo?.email, password: demo?.password },
    });
    expect(login.json.access_token).toBeNull();
  });

  it('pathPrefix limits faults to matching paths', async () => {
    Object.assign(sandbox.faults, { status: 500, pathPrefix: '/api/units' });
    expect((await call(sandbox, unitsOf('Parkview Residences'))).status).toBe(500);
    expect((await call(sandbox, '/api/projects/mine')).status).toBe(201);
    expect(
      (await call(sandbox, `/api/floors?pid=${projectId(sandbox, 'Parkview Residences')}`)).status,
    ).toBe(200);
  });

  it('projectIds limits faults to requests concerning those projects', async () => {
    const broken = projectId(sandbox, 'Le Rosemont');
    const unit = sandbox.store.unitsOf(broken)[0];
    const floor = sandbox.store.floorsOf(broken)[0];
    Object.assign(sandbox.faults, { status: 500, projectIds: [broken] });
    const failing = [
      await call(sandbox, `/api/units?pid=${broken}`),
      await call(sandbox, `/api/projects/${broken}`),
      await call(sandbox, `/api/floors/${floor?._id}`),
      await call(sandbox, `/api/units/${unit?._id}`),
      await call(sandbox, '/api/projects/find', {
        method: 'POST',
        body: { namespace: 'le-rosemont', hostName: 'lerosemont.com' },
      }),
      await call(sandbox, '/api/units', {
        method: 'PATCH',
        body: { ids: [unit?._id], patchData: { status: 'Sold' } },
      }),
    ];
    expect(failing.map((r) => r.status)).toEqual([500, 500, 500, 500, 500, 500]);
    const fine = [
      await call(sandbox, unitsOf('Parkview Residences')),
      await call(sandbox, '/api/projects/mine'),
      await call(sandbox, '/api/projects/find', {
        method: 'POST',
        body: { namespace: 'parkview-residences', hostName: 'william' },
      }),
    ];
    expect(fine.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(sandbox.store.unitStatus(unit?._id ?? '')).not.toBe('Sold');
  });

  it('pathPrefix and projectIds combine', async () => {
    const broken = projectId(sandbox, 'Le Rosemont');
    Object.assign(sandbox.faults, {
      htmlError: true,
      pathPrefix: '/api/units',
      projectIds: [broken],
    });
    expect((await call(sandbox, `/api/units?pid=${broken}`)).status).toBe(502);
    expect((await call(sandbox, `/api/floors?pid=${broken}`)).status).toBe(200);
    expect((await call(sandbox, unitsOf('Carré Laval'))).status).toBe(201);
  });

  it('never affect the control API', async () => {
    Object.assign(sandbox.faults, { status: 500, dropConnection: true, latencyMs: 2000 });
    const started = performance.now();
    const faults = await call(sandbox, '/__sandbox/faults');
    expect(faults.status).toBe(200);
    expect(faults.json.status).toBe(500);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('reset() clears them', async () => {
    Object.assign(sandbox.faults, { status: 500, wrongShape: true, projectIds: ['x'] });
    sandbox.reset();
    expect(sandbox.faults).toEqual(noFaults());
    expect((await call(sandbox, '/api/projects/mine')).status).toBe(201);
  });
});
