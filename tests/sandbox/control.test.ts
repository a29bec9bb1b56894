import { describe, expect, it } from 'vitest';
import { noFaults } from '../../sandbox/faults';
import { call, projectId } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

describe('control API', () => {
  it('GET /__sandbox/faults answers the current switches without auth', async () => {
    sandbox.faults.latencyMs = 5;
    const faults = await call(sandbox, '/__sandbox/faults', { token: null });
    expect(faults.status).toBe(200);
    expect(faults.json).toEqual({ ...noFaults(), latencyMs: 5 });
  });

  it('PUT /__sandbox/faults merges a partial set and the API obeys it', async () => {
    const first = await call(sandbox, '/__sandbox/faults', {
      method: 'PUT',
      token: null,
      body: { status: 503, pathPrefix: '/api/units' },
    });
    expect(first.status).toBe(200);
    const second = await call(sandbox, '/__sandbox/faults', {
      method: 'PUT',
      token: null,
      body: { paused: { value: true, reason: 'Billing' } },
    });
    expect(second.json).toMatchObject({
      status: 503,
      pathPrefix: '/api/units',
      paused: { value: true, reason: 'Billing' },
    });
    expect(sandbox.faults.status).toBe(503);
    const pid = projectId(sandbox, 'Parkview Residences');
    expect((await call(sandbox, `/api/units?pid=${pid}`)).status).toBe(403);
    expect((await call(sandbox, '/api/projects/mine')).status).toBe(201);
  });

  it('PUT /__sandbox/faults rejects unknown switches and wrong types with 400, changing nothing', async () => {
    for (const body of [
      { teapot: true },
      { errorRate: 2 },
      { status: 'boom' },
      { projectIds: 'abc' },
      { latencyMs: -1 },
      { pathPrefix: 'api' },
      [1],
    ]) {
      const result = await call(sandbox, '/__sandbox/faults', {
        method: 'PUT',
        token: null,
        body,
      });
      expect(result.status).toBe(400);
      expect(result.json.message).toEqual(expect.any(String));
    }
    expect(sandbox.faults).toEqual(noFaults());
  });

  it('DELETE /__sandbox/faults clears the switches but keeps data changes', async () => {
    const pid = projectId(sandbox, 'Parkview Residences');
    const unit = sandbox.store.unitsOf(pid)[0];
    sandbox.store.setUnitStatus(unit?._id ?? '', 'Leased');
    sandbox.faults.htmlError = true;
    const cleared = await call(sandbox, '/__sandbox/faults', { method: 'DELETE', token: null });
    expect(cleared.json).toEqual(noFaults());
    expect(sandbox.store.unitStatus(unit?._id ?? '')).toBe('Leased');
  });

  it('POST /__sandbox/reset regenerates the data and clears the faults', async () => {
    const pid = projectId(sandbox, 'Parkview Residences');
    await call(sandbox, `/api/projects/${pid}`, { method: 'DELETE' });
    sandbox.faults.wrongShape = true;
    const reset = await call(sandbox, '/__sandbox/reset', { method: 'POST', token: null });
    expect(reset.status).toBe(200);
    expect(sandbox.faults).toEqual(noFaults());
    const project = await call(sandbox, `/api/projects/${pid}`);
    expect(project.status).toBe(201);
    expect(project.json.name).toBe('Parkview Residences');
  });

  it('GET /__sandbox/accounts lists the four accounts with working tokens', async () => {
    const accounts = await call(sandbox, '/__sandbox/accounts', { token: null });
    expect(accounts.status).toBe(200);
    expect(accounts.json).toHaveLength(4);
    expect(accounts.json[0]).toEqual(sandbox.accounts[0]);
    for (const account of accounts.json) {
      expect((await call(sandbox, '/api/projects/mine', { token: account.token })).status).toBe(
        201,
      );
    }
  });

  it('GET /__sandbox/projects lists projects and finds one by name, ignoring accents and case', async () => {
    const all = await call(sandbox, '/__sandbox/projects', { token: null });
    expect(all.json).toHaveLength(10);
    const found = await call(sandbox, '/__sandbox/projects?name=le%20mile-end%20elegance', {
      token: null,
    });
    expect(found.json).toEqual([
      expect.objectContaining({
        name: 'Le Mile-End Élégance',
        namespace: 'le-mile-end-elegance',
        unitCount: 40,
      }),
    ]);
    const none = await call(sandbox, '/__sandbox/projects?name=Nowhere', { token: null });
    expect(none.json).toEqual([]);
  });

  it('PATCH /__sandbox/units/{id} changes a unit as the dashboard would; API reads see it', async () => {
    const pid = projectId(sandbox, 'Harbourview Lofts');
    const viewerUnit = sandbox.store
      .unitsOf(pid)
      .find((u) => sandbox.store.unitVocabulary(u._id) === 'viewer');
    const patched = await call(sandbox, `/__sandbox/units/${viewerUnit?._id}`, {
      method: 'PATCH',
      token: null,
      body: { status: 'Sold', price: 1234000 },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ availability: 'Sold', price: 1234000 });
    const read = await call(sandbox, `/api/units/${viewerUnit?._id}`);
    expect(read.json).toMatchObject({ availability: 'Sold', price: 1234000 });
    const info = await call(sandbox, `/__sandbox/units/${viewerUnit?._id}`, { token: null });
    expect(info.json).toMatchObject({ vocabulary: 'viewer', project: pid });
  });

  it('PATCH /__sandbox/units/{id} answers 404 for an unknown unit and 400 for a bad body', async () => {
    const pid = projectId(sandbox, 'Harbourview Lofts');
    const unit = sandbox.store.unitsOf(pid)[0];
    const unknown = await call(sandbox, '/__sandbox/units/0123456789abcdef01234567', {
      method: 'PATCH',
      token: null,
      body: { status: 'Sold' },
    });
    const bad = await call(sandbox, `/__sandbox/units/${unit?._id}`, {
      method: 'PATCH',
      token: null,
      rawBody: 'Sold',
    });
    const badStatus = await call(sandbox, `/__sandbox/units/${unit?._id}`, {
      method: 'PATCH',
      token: null,
      body: { status: 'Gone' },
    });
    expect([unknown.status, bad.status, badStatus.status]).toEqual([404, 400, 400]);
  });

  it('answers 404 for unknown control paths and 405 for wrong methods', async () => {
    expect((await call(sandbox, '/__sandbox/nothing', { token: null })).status).toBe(404);
    const wrong = await call(sandbox, '/__sandbox/reset', { token: null });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
  });
});
