// Who may read and who may write: the owner and a group's editors change a project's units; a
// group's viewers read them and get 403 on every write; project creation and deletion, only in
// the API overview, can be switched off (405) the way a server may not offer them.
import { describe, expect, it } from 'vitest';
import { call } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

const westsideUnit = () => {
  const project = sandbox.store.projectsOf(sandbox.accounts[1]!.id)[0]!;
  return { project, unit: sandbox.store.unitsOf(project._id)[0]! };
};

describe('group members', () => {
  it('a viewer reads the group and its projects but owns none', async () => {
    const viewer = sandbox.accounts[3]!;
    const { project, unit } = westsideUnit();
    expect((await call(sandbox, '/api/projects/mine', { token: viewer.token })).json).toEqual([]);
    const groups = await call(sandbox, '/api/groups', { token: viewer.token });
    expect(groups.json.records).toEqual([
      expect.objectContaining({ name: 'Westside Holdings', isOwner: false, isEditor: false }),
    ]);
    expect(
      (await call(sandbox, `/api/projects/${project._id}`, { token: viewer.token })).status,
    ).toBe(201);
    expect((await call(sandbox, `/api/units/${unit._id}`, { token: viewer.token })).status).toBe(
      200,
    );
  });

  it.each([
    ['PATCH', { status: 'Sold' }],
    ['DELETE', undefined],
  ] as const)('a viewer gets 403 on %s of a unit; an editor may', async (method, body) => {
    const { unit } = westsideUnit();
    const refused = await call(sandbox, `/api/units/${unit._id}`, {
      method,
      body,
      token: sandbox.accounts[3]!.token,
    });
    expect(refused.status).toBe(403);
    expect(refused.json.message).toBe('You may view this unit but not change it');
    expect(sandbox.store.getUnit(unit._id)).toBeDefined();
    const allowed = await call(sandbox, `/api/units/${unit._id}`, {
      method,
      body,
      token: sandbox.accounts[2]!.token,
    });
    expect(allowed.status).toBe(200);
  });
});

describe('project creation and deletion', () => {
  it('are offered by default, and answer 405 when the server does not offer them', async () => {
    const created = await call(sandbox, '/api/projects', {
      method: 'POST',
      body: { name: 'New Tower' },
    });
    expect(created.status).toBe(201);
    sandbox.shape.projectWritesNotOffered = true;
    const refused = await call(sandbox, '/api/projects', {
      method: 'POST',
      body: { name: 'Another' },
    });
    expect(refused.status).toBe(405);
    const id = String(created.json._id);
    expect((await call(sandbox, `/api/projects/${id}`, { method: 'DELETE' })).status).toBe(405);
    expect(sandbox.store.getProject(id)).toBeDefined();
    sandbox.shape.projectWritesNotOffered = false;
    expect((await call(sandbox, `/api/projects/${id}`, { method: 'DELETE' })).status).toBe(200);
  });
});
