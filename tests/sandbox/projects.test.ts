import { describe, expect, it } from 'vitest';
import { call, otherAccount, projectId } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();
const hex24 = /^[0-9a-f]{24}$/;

describe('POST /api/projects/find', () => {
  it('answers 201 with one full project, floors and units embedded, without a token', async () => {
    const found = await call(sandbox, '/api/projects/find', {
      method: 'POST',
      token: null,
      body: { namespace: 'le-mile-end-elegance', hostName: 'elegance' },
    });
    expect(found.status).toBe(201);
    expect(Array.isArray(found.json)).toBe(false);
    expect(found.json.name).toBe('Le Mile-End Élégance');
    expect(found.json._id).toMatch(hex24);
    expect(found.json.floors.length).toBeGreaterThan(0);
    const units = found.json.floors.flatMap((f: { units: unknown[] }) => f.units);
    expect(units).toHaveLength(40);
    expect(Array.isArray(found.json.commercialSpaces)).toBe(true);
    expect(Array.isArray(found.json.collections)).toBe(true);
    expect(found.json.city).toBe('Montréal');
  });

  it('also answers with a valid token, but 401 with an invalid one', async () => {
    const body = { namespace: 'parkview-residences', hostName: 'william' };
    const withToken = await call(sandbox, '/api/projects/find', { method: 'POST', body });
    expect(withToken.status).toBe(201);
    const badToken = await call(sandbox, '/api/projects/find', {
      method: 'POST',
      body,
      token: 'forged',
    });
    expect(badToken.status).toBe(401);
  });

  it('answers 404 {message: "Project not found"} for an unknown pair', async () => {
    const found = await call(sandbox, '/api/projects/find', {
      method: 'POST',
      token: null,
      body: { namespace: 'parkview-residences', hostName: 'elegance' },
    });
    expect(found.status).toBe(404);
    expect(found.json).toEqual({ message: 'Project not found' });
  });

  it('answers 400 for missing or empty fields and for a body that is not JSON', async () => {
    for (const options of [
      { body: { namespace: 'parkview-residences' } },
      { body: { namespace: '', hostName: 'william' } },
      { body: ['parkview-residences', 'william'] },
      { rawBody: '{"namespace": ' },
      {},
    ]) {
      const found = await call(sandbox, '/api/projects/find', {
        method: 'POST',
        token: null,
        ...options,
      });
      expect(found.status).toBe(400);
      expect(found.json.message).toEqual(expect.any(String));
    }
  });
});

describe('groups and enterprises find', () => {
  it('answers an array of groups with projects as ids and embedded summaries', async () => {
    const found = await call(sandbox, '/api/groups/find', {
      method: 'POST',
      token: null,
      body: { namespace: 'downtown-portfolio', hostName: 'horizon' },
    });
    expect(found.status).toBe(201);
    expect(Array.isArray(found.json)).toBe(true);
    const [group] = found.json;
    expect(group.name).toBe('Downtown Portfolio');
    const kinds = new Set(group.projects.map((p: unknown) => typeof p));
    expect(kinds).toEqual(new Set(['string', 'object']));
    const embedded = group.projects.find((p: unknown) => typeof p === 'object');
    expect(Object.keys(embedded).sort()).toEqual([
      '_id',
      'hostName',
      'name',
      'namespace',
      'paused',
    ]);
  });

  it('answers an array of enterprises gathering groups and projects of several accounts', async () => {
    const found = await call(sandbox, '/api/enterprises/find', {
      method: 'POST',
      token: null,
      body: { namespace: 'groupe-horizon', hostName: 'horizon' },
    });
    expect(found.status).toBe(201);
    expect(found.json).toHaveLength(1);
    const [enterprise] = found.json;
    expect(enterprise).toMatchObject({
      name: 'Groupe Horizon',
      namespace: 'groupe-horizon',
      hostName: 'horizon',
    });
    expect(enterprise.enterpriseImageUrl).toMatch(/^https:\/\//);
    expect(enterprise.groups.map((g: { name: string }) => g.name)).toContain('Downtown Portfolio');
    const projectIds = enterprise.projects.map((p: string | { _id: string }) =>
      typeof p === 'string' ? p : p._id,
    );
    const otherProjects = sandbox.store.projectsOf(otherAccount(sandbox).id).map((p) => p._id);
    expect(projectIds.some((id: string) => otherProjects.includes(id))).toBe(true);
  });

  it('answers 404 for unknown pairs and 400 for missing fields', async () => {
    const group = await call(sandbox, '/api/groups/find', {
      method: 'POST',
      body: { namespace: 'x', hostName: 'y' },
    });
    const enterprise = await call(sandbox, '/api/enterprises/find', {
      method: 'POST',
      body: { namespace: 'x', hostName: 'y' },
    });
    const missing = await call(sandbox, '/api/enterprises/find', {
      method: 'POST',
      body: { hostName: 'horizon' },
    });
    expect([group.status, enterprise.status, missing.status]).toEqual([404, 404, 400]);
  });
});

describe('projects', () => {
  it('GET /api/projects/mine answers 201 with summaries', async () => {
    const mine = await call(sandbox, '/api/projects/mine');
    expect(mine.status).toBe(201);
    expect(mine.json).toHaveLength(8);
    expect(mine.json[0]).toMatchObject({
      name: 'Parkview Residences',
      namespace: 'parkview-residences',
      hostName: 'william',
      paused: false,
    });
    expect(mine.json[0]).not.toHaveProperty('floors');
  });

  it('GET /api/projects/{id} answers 201 with the full project', async () => {
    const id = projectId(sandbox, 'Bayfront Towers');
    const project = await call(sandbox, `/api/projects/${id}`);
    expect(project.status).toBe(201);
    expect(project.json._id).toBe(id);
    expect(project.json.floors[0].units[0].floor).toBe(project.json.floors[0]._id);
    expect(project.json.areaUnit).toBe('sqft');
  });

  it('PATCH /api/projects/{id} answers 201 and later reads see the change', async () => {
    const id = projectId(sandbox, 'Bayfront Towers');
    const patched = await call(sandbox, `/api/projects/${id}`, {
      method: 'PATCH',
      body: { name: 'Bayfront Towers II', hideSold: true },
    });
    expect(patched.status).toBe(201);
    expect(patched.json.name).toBe('Bayfront Towers II');
    const mine = await call(sandbox, '/api/projects/mine');
    expect(mine.json.map((p: { name: string }) => p.name)).toContain('Bayfront Towers II');
    const bad = await call(sandbox, `/api/projects/${id}`, {
      method: 'PATCH',
      body: { name: '' },
    });
    expect(bad.status).toBe(400);
  });

  it('POST /api/projects creates (201) and DELETE removes (200) a project', async () => {
    const created = await call(sandbox, '/api/projects', {
      method: 'POST',
      body: { name: 'Maple Grove Condos', hostName: 'maple', areaUnit: 'm2' },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'Maple Grove Condos',
      namespace: 'maple-grove-condos',
      hostName: 'maple',
      areaUnit: 'm2',
      floors: [],
    });
    expect(created.json._id).toMatch(hex24);
    const found = await call(sandbox, '/api/projects/find', {
      method: 'POST',
      body: { namespace: 'maple-grove-condos', hostName: 'maple' },
    });
    expect(found.json._id).toBe(created.json._id);
    const duplicate = await call(sandbox, '/api/projects', {
      method: 'POST',
      body: { name: 'Maple Grove Condos', hostName: 'maple' },
    });
    expect(duplicate.status).toBe(400);

    const deleted = await call(sandbox, `/api/projects/${created.json._id}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(200);
    expect(deleted.json.message).toEqual(expect.any(String));
    const after = await call(sandbox, `/api/projects/${created.json._id}`);
    expect(after.status).toBe(404);
  });

  it('deleting a project removes its units and its place in groups', async () => {
    const id = projectId(sandbox, 'Parkview Residences');
    const unitId = sandbox.store.unitsOf(id)[0]?._id;
    expect((await call(sandbox, `/api/projects/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(sandbox, `/api/units/${unitId}`)).status).toBe(404);
    const groups = await call(sandbox, '/api/groups');
    const refs = groups.json.records.flatMap(
      (g: { projects: (string | { _id: string })[] }) => g.projects,
    );
    expect(
      refs.map((p: string | { _id: string }) => (typeof p === 'string' ? p : p._id)),
    ).not.toContain(id);
  });

  it('POST /api/projects without a name answers 400', async () => {
    const created = await call(sandbox, '/api/projects', {
      method: 'POST',
      body: { hostName: 'x' },
    });
    expect(created.status).toBe(400);
  });
});

describe('groups', () => {
  it("GET /api/groups answers 201 {records, count} with the account's groups", async () => {
    const groups = await call(sandbox, '/api/groups');
    expect(groups.status).toBe(201);
    expect(groups.json.count).toBe(groups.json.records.length);
    expect(groups.json.records.map((g: { name: string }) => g.name).sort()).toEqual([
      'Collection Québec',
      'Downtown Portfolio',
    ]);
    expect(groups.json.records[0]).toMatchObject({
      isOwner: true,
      user: sandbox.accounts[0]?.id,
    });
  });

  it('POST /api/groups validates the name (3..120) and creates with 201', async () => {
    const short = await call(sandbox, '/api/groups', { method: 'POST', body: { name: 'ab' } });
    const long = await call(sandbox, '/api/groups', {
      method: 'POST',
      body: { name: 'x'.repeat(121) },
    });
    expect([short.status, long.status]).toEqual([400, 400]);
    const parkview = projectId(sandbox, 'Parkview Residences');
    const created = await call(sandbox, '/api/groups', {
      method: 'POST',
      body: { name: 'Waterfront Picks', projects: [parkview] },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'Waterfront Picks',
      namespace: 'waterfront-picks',
      projects: [parkview],
    });
    const read = await call(sandbox, `/api/groups/${created.json._id}`);
    expect(read.status).toBe(201);
    expect(read.json.name).toBe('Waterfront Picks');
  });

  it('PATCH /api/groups/{id} answers 201 and later reads see the change', async () => {
    const group = sandbox.store.groupsOf(sandbox.accounts[0]?.id ?? '')[0];
    const carre = projectId(sandbox, 'Carré Laval');
    const patched = await call(sandbox, `/api/groups/${group?.doc._id}`, {
      method: 'PATCH',
      body: { name: 'Downtown & Laval', projects: [{ _id: carre }] },
    });
    expect(patched.status).toBe(201);
    const read = await call(sandbox, `/api/groups/${group?.doc._id}`);
    expect(read.json.name).toBe('Downtown & Laval');
    expect(read.json.projects).toEqual([
      expect.objectContaining({ _id: carre, name: 'Carré Laval' }),
    ]);
    const unknown = await call(sandbox, `/api/groups/${group?.doc._id}`, {
      method: 'PATCH',
      body: { projects: ['0123456789abcdef01234567'] },
    });
    expect(unknown.status).toBe(404);
  });

  it("an embedded project in a group shows the project's current name", async () => {
    const parkview = projectId(sandbox, 'Parkview Residences');
    await call(sandbox, `/api/projects/${parkview}`, {
      method: 'PATCH',
      body: { name: 'Parkview Residences East' },
    });
    const groups = await call(sandbox, '/api/groups');
    const embedded = groups.json.records
      .flatMap((g: { projects: unknown[] }) => g.projects)
      .find((p: { _id?: string }) => typeof p === 'object' && p._id === parkview);
    expect(embedded.name).toBe('Parkview Residences East');
  });
});
