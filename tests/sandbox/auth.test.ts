import { describe, expect, it } from 'vitest';
import { call, otherAccount, otherProjectId, projectId } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

describe('login', () => {
  it('answers 200 {message, access_token} for the demo account, and the token works', async () => {
    const demo = sandbox.accounts[0];
    const login = await call(sandbox, '/api/users/login', {
      method: 'POST',
      token: null,
      body: { username: demo?.email, password: demo?.password },
    });
    expect(login.status).toBe(200);
    expect(login.json.message).toEqual(expect.any(String));
    expect(login.json.access_token).toBe(sandbox.demoToken);
    const mine = await call(sandbox, '/api/projects/mine', { token: login.json.access_token });
    expect(mine.status).toBe(201);
  });

  it('matches the email without regard to case', async () => {
    const demo = sandbox.accounts[0];
    const login = await call(sandbox, '/api/users/login', {
      method: 'POST',
      token: null,
      body: { username: demo?.email.toUpperCase(), password: demo?.password },
    });
    expect(login.status).toBe(200);
  });

  it('answers 401 for a wrong password or an unknown user', async () => {
    const demo = sandbox.accounts[0];
    for (const body of [
      { username: demo?.email, password: 'wrong' },
      { username: 'nobody@example.com', password: 'demo1234' },
    ]) {
      const login = await call(sandbox, '/api/users/login', {
        method: 'POST',
        token: null,
        body,
      });
      expect(login.status).toBe(401);
      expect(login.json.message).toEqual(expect.any(String));
      expect(login.json).not.toHaveProperty('access_token');
    }
  });

  it('answers 400 when a field is missing or the body is not JSON', async () => {
    const missing = await call(sandbox, '/api/users/login', {
      method: 'POST',
      token: null,
      body: { username: 'demo@planpoint.test' },
    });
    expect(missing.status).toBe(400);
    const notJson = await call(sandbox, '/api/users/login', {
      method: 'POST',
      token: null,
      rawBody: 'username=demo',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json.message).toMatch(/JSON/);
  });
});

describe('Authorization header', () => {
  it('accepts "Bearer <token>" and a raw "<token>"', async () => {
    const bearer = await call(sandbox, '/api/projects/mine', {
      authorization: `Bearer ${sandbox.demoToken}`,
    });
    const raw = await call(sandbox, '/api/projects/mine', { authorization: sandbox.demoToken });
    const lower = await call(sandbox, '/api/projects/mine', {
      authorization: `bearer ${sandbox.demoToken}`,
    });
    expect([bearer.status, raw.status, lower.status]).toEqual([201, 201, 201]);
    expect(raw.json).toEqual(bearer.json);
  });

  it('answers 401 {message} without a header, with an empty one, or with a bad token', async () => {
    const cases = [
      await call(sandbox, '/api/projects/mine', { token: null }),
      await call(sandbox, '/api/projects/mine', { authorization: 'Bearer ' }),
      await call(sandbox, '/api/projects/mine', { token: 'not-a-token' }),
      await call(sandbox, '/api/units?pid=' + projectId(sandbox, 'Parkview Residences'), {
        token: null,
      }),
    ];
    for (const result of cases) {
      expect(result.status).toBe(401);
      expect(result.json.message).toEqual(expect.any(String));
    }
  });

  it('lets each account see only its own projects', async () => {
    const demoMine = await call(sandbox, '/api/projects/mine');
    const otherMine = await call(sandbox, '/api/projects/mine', {
      token: otherAccount(sandbox).token,
    });
    const demoIds = demoMine.json.map((p: { _id: string }) => p._id);
    const otherIds = otherMine.json.map((p: { _id: string }) => p._id);
    expect(demoIds).toHaveLength(8);
    expect(otherIds).toHaveLength(2);
    expect(demoIds.filter((id: string) => otherIds.includes(id))).toEqual([]);
  });
});

describe("403 for another account's documents", () => {
  it('refuses the project, its floors, units, leads and a unit write', async () => {
    const pid = otherProjectId(sandbox);
    const unit = sandbox.store.unitsOf(pid)[0];
    const floor = sandbox.store.floorsOf(pid)[0];
    const statusBefore = sandbox.store.unitStatus(unit?._id ?? '');
    const unitsBefore = sandbox.store.unitsOf(pid).length;
    const results = [
      await call(sandbox, `/api/projects/${pid}`),
      await call(sandbox, `/api/projects/${pid}`, {
        method: 'PATCH',
        body: { name: 'Mine now' },
      }),
      await call(sandbox, `/api/projects/${pid}`, { method: 'DELETE' }),
      await call(sandbox, `/api/floors?pid=${pid}`),
      await call(sandbox, `/api/floors/${floor?._id}`),
      await call(sandbox, `/api/units?pid=${pid}`),
      await call(sandbox, `/api/units/${unit?._id}`),
      await call(sandbox, `/api/units/${unit?._id}`, {
        method: 'PATCH',
        body: { status: 'Sold' },
      }),
      await call(sandbox, '/api/units', {
        method: 'PATCH',
        body: { ids: [unit?._id], patchData: { status: 'Sold' } },
      }),
      await call(sandbox, '/api/units', { method: 'POST', body: { floor: { _id: floor?._id } } }),
      await call(sandbox, '/api/floors', {
        method: 'POST',
        body: { project: { _id: pid }, name: 'Level 99' },
      }),
      await call(sandbox, `/api/leads?pid=${pid}`),
    ];
    for (const result of results) {
      expect(result.status).toBe(403);
      expect(result.json.message).toEqual(expect.any(String));
    }
    expect(sandbox.store.getProject(pid)?.name).not.toBe('Mine now');
    expect(sandbox.store.unitStatus(unit?._id ?? '')).toBe(statusBefore);
    expect(sandbox.store.unitsOf(pid)).toHaveLength(unitsBefore);
    expect(sandbox.store.floorsOf(pid).map((f) => f.name)).not.toContain('Level 99');
  });

  it("refuses another account's group", async () => {
    const other = otherAccount(sandbox);
    const group = sandbox.store.groupsOf(other.id)[0];
    expect(group).toBeDefined();
    const read = await call(sandbox, `/api/groups/${group?.doc._id}`);
    expect(read.status).toBe(403);
    const asOwner = await call(sandbox, `/api/groups/${group?.doc._id}`, { token: other.token });
    expect(asOwner.status).toBe(201);
  });
});
