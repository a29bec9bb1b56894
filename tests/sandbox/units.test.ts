import { describe, expect, it } from 'vitest';
import { call, projectId } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

function unitsByVocabulary(pid: string) {
  const units = sandbox.store.unitsOf(pid);
  const sdk = units.find((u) => sandbox.store.unitVocabulary(u._id) === 'sdk');
  const viewer = units.find((u) => sandbox.store.unitVocabulary(u._id) === 'viewer');
  if (!sdk || !viewer) throw new Error('project lacks a unit of each vocabulary');
  return { sdk, viewer };
}

describe('floors', () => {
  it("GET /api/floors?pid= answers 200 with the project's floors", async () => {
    const pid = projectId(sandbox, 'Parkview Residences');
    const floors = await call(sandbox, `/api/floors?pid=${pid}`);
    expect(floors.status).toBe(200);
    expect(floors.json.length).toBeGreaterThan(0);
    expect(floors.json[0]).toMatchObject({
      project: pid,
      name: expect.stringMatching(/^(Level \d+|Townhouses)$/),
    });
    expect(
      floors.json.every(
        (f: { level: unknown; position: unknown }) =>
          typeof f.level === 'number' && typeof f.position === 'number',
      ),
    ).toBe(true);
    expect(floors.json[0]).not.toHaveProperty('units');
  });

  it('GET /api/floors without pid answers 400', async () => {
    const floors = await call(sandbox, '/api/floors');
    expect(floors.status).toBe(400);
    expect(floors.json.message).toMatch(/pid/);
  });

  it('POST /api/floors creates (201); GET and PATCH /api/floors/{id} answer 200', async () => {
    const pid = projectId(sandbox, 'Le Rosemont');
    const created = await call(sandbox, '/api/floors', {
      method: 'POST',
      body: { project: { _id: pid }, name: 'Level 40', position: 40 },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ project: pid, name: 'Level 40', position: 40 });
    const read = await call(sandbox, `/api/floors/${created.json._id}`);
    expect(read.status).toBe(200);
    expect(read.json.name).toBe('Level 40');
    const patched = await call(sandbox, `/api/floors/${created.json._id}`, {
      method: 'PATCH',
      body: { name: 'PH 2' },
    });
    expect(patched.status).toBe(200);
    const list = await call(sandbox, `/api/floors?pid=${pid}`);
    expect(list.json.map((f: { name: string }) => f.name)).toContain('PH 2');
  });

  it('POST /api/floors answers 400 without a project or a name, 404 for an unknown project', async () => {
    const pid = projectId(sandbox, 'Le Rosemont');
    const noProject = await call(sandbox, '/api/floors', {
      method: 'POST',
      body: { name: 'Level 9' },
    });
    const noName = await call(sandbox, '/api/floors', {
      method: 'POST',
      body: { project: { _id: pid } },
    });
    const unknown = await call(sandbox, '/api/floors', {
      method: 'POST',
      body: { project: { _id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }, name: 'L' },
    });
    expect([noProject.status, noName.status, unknown.status]).toEqual([400, 400, 404]);
  });
});

describe('units', () => {
  it('GET /api/units?pid= answers 201 {records, count} with every unit of the project', async () => {
    const pid = projectId(sandbox, 'Harbourview Lofts');
    const units = await call(sandbox, `/api/units?pid=${pid}`);
    expect(units.status).toBe(201);
    expect(units.json.count).toBe(40);
    expect(units.json.records).toHaveLength(40);
    const floorIds = new Set(sandbox.store.floorsOf(pid).map((f) => f._id));
    for (const unit of units.json.records) {
      expect(unit._id).toMatch(/^[0-9a-f]{24}$/);
      expect(floorIds.has(unit.floor)).toBe(true);
    }
  });

  it('serves both vocabularies in one list', async () => {
    const pid = projectId(sandbox, 'Harbourview Lofts');
    const { records } = (await call(sandbox, `/api/units?pid=${pid}`)).json;
    const sdk = records.filter(
      (u: Record<string, unknown>) =>
        'unitNumber' in u && 'status' in u && typeof u.bed === 'number',
    );
    const viewer = records.filter(
      (u: Record<string, unknown>) =>
        'availability' in u && typeof u.bedrooms === 'string' && 'squareFeet' in u,
    );
    expect(sdk.length).toBeGreaterThan(5);
    expect(viewer.length).toBeGreaterThan(5);
    expect(sdk.length + viewer.length).toBe(records.length);
  });

  it('GET /api/units without pid answers 400; an unknown or malformed pid 404', async () => {
    const missing = await call(sandbox, '/api/units');
    const malformed = await call(sandbox, '/api/units?pid=parkview');
    const unknown = await call(sandbox, '/api/units?pid=0123456789abcdef01234567');
    expect([missing.status, malformed.status, unknown.status]).toEqual([400, 404, 404]);
    expect(unknown.json).toEqual({ message: 'Project not found' });
  });

  it('GET /api/units/{id} answers 200 with the unit; unknown and malformed ids 404', async () => {
    const pid = projectId(sandbox, 'Harbourview Lofts');
    const unit = sandbox.store.unitsOf(pid)[3];
    const read = await call(sandbox, `/api/units/${unit?._id}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(unit);
    expect((await call(sandbox, '/api/units/0123456789abcdef01234567')).status).toBe(404);
    expect((await call(sandbox, '/api/units/1204')).status).toBe(404);
  });

  it('PATCH {status: "OnHold"} on an SDK unit updates its status', async () => {
    const { sdk } = unitsByVocabulary(projectId(sandbox, 'Parkview Residences'));
    const patched = await call(sandbox, `/api/units/${sdk._id}`, {
      method: 'PATCH',
      body: { status: 'OnHold', price: 799000 },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ status: 'OnHold', price: 799000 });
    expect(patched.json).not.toHaveProperty('availability');
    const read = await call(sandbox, `/api/units/${sdk._id}`);
    expect(read.json.status).toBe('OnHold');
  });

  it('PATCH {status: "OnHold"} on a viewer unit updates its availability text and hold expiry', async () => {
    const { viewer } = unitsByVocabulary(projectId(sandbox, 'Parkview Residences'));
    await call(sandbox, `/api/units/${viewer._id}`, {
      method: 'PATCH',
      body: { status: 'Sold' },
    });
    const held = await call(sandbox, `/api/units/${viewer._id}`, {
      method: 'PATCH',
      body: { status: 'OnHold' },
    });
    expect(held.status).toBe(200);
    expect(held.json.availability).toBe('On Hold');
    expect(held.json).not.toHaveProperty('status');
    expect(Date.parse(held.json.onHoldExpiresAt)).toBeGreaterThan(Date.now());
    const released = await call(sandbox, `/api/units/${viewer._id}`, {
      method: 'PATCH',
      body: { status: 'Available' },
    });
    expect(released.json.availability).toBe('Available');
    expect(released.json).not.toHaveProperty('onHoldExpiresAt');
    const { records } = (
      await call(sandbox, `/api/units?pid=${projectId(sandbox, 'Parkview Residences')}`)
    ).json;
    expect(records.find((u: { _id: string }) => u._id === viewer._id).availability).toBe(
      'Available',
    );
  });

  it('translates viewer-vocabulary writes for SDK units and SDK writes for viewer units', async () => {
    const { sdk, viewer } = unitsByVocabulary(projectId(sandbox, 'Le Rosemont'));
    const onSdk = await call(sandbox, `/api/units/${sdk._id}`, {
      method: 'PATCH',
      body: { availability: 'on hold', bedrooms: '2+1', squareFeet: 990 },
    });
    expect(onSdk.json).toMatchObject({ status: 'OnHold', bed: 2, sqft: 990 });
    const onViewer = await call(sandbox, `/api/units/${viewer._id}`, {
      method: 'PATCH',
      body: { bed: 0, bath: 1, sqft: 480, unitNumber: '1299' },
    });
    expect(onViewer.json).toMatchObject({
      bedrooms: 'Studio',
      bathrooms: 1,
      squareFeet: 480,
      name: '1299',
    });
    expect(onViewer.json).not.toHaveProperty('bed');
  });

  it('PATCH answers 400 for an unknown status, a wrong type or a body that is not an object', async () => {
    const { sdk, viewer } = unitsByVocabulary(projectId(sandbox, 'Le Rosemont'));
    const priceBefore = viewer.price;
    const results = [
      await call(sandbox, `/api/units/${sdk._id}`, { method: 'PATCH', body: { status: 'Gone' } }),
      await call(sandbox, `/api/units/${viewer._id}`, {
        method: 'PATCH',
        body: { price: 'a lot' },
      }),
      await call(sandbox, `/api/units/${sdk._id}`, {
        method: 'PATCH',
        body: { availability: 'maybe' },
      }),
      await call(sandbox, `/api/units/${sdk._id}`, { method: 'PATCH', body: [1, 2] }),
      await call(sandbox, `/api/units/${sdk._id}`, { method: 'PATCH' }),
    ];
    for (const result of results) expect(result.status).toBe(400);
    expect(sandbox.store.getUnit(viewer._id)?.price).toBe(priceBefore);
  });

  it('PATCH /api/units {ids, patchData} answers 201 with every updated unit', async () => {
    const pid = projectId(sandbox, 'Chelsea Park Lofts');
    const ids = sandbox.store
      .unitsOf(pid)
      .slice(0, 6)
      .map((u) => u._id);
    const batch = await call(sandbox, '/api/units', {
      method: 'PATCH',
      body: { ids, patchData: { status: 'Sold' } },
    });
    expect(batch.status).toBe(201);
    expect(batch.json.map((u: { _id: string }) => u._id)).toEqual(ids);
    for (const id of ids) expect(sandbox.store.unitStatus(id)).toBe('Sold');
  });

  it('PATCH /api/units changes nothing when one id is unknown, and validates its body', async () => {
    const pid = projectId(sandbox, 'Chelsea Park Lofts');
    const [first] = sandbox.store.unitsOf(pid);
    const before = sandbox.store.unitStatus(first?._id ?? '');
    const batch = await call(sandbox, '/api/units', {
      method: 'PATCH',
      body: {
        ids: [first?._id, '0123456789abcdef01234567'],
        patchData: { status: before === 'Sold' ? 'Available' : 'Sold' },
      },
    });
    expect(batch.status).toBe(404);
    expect(sandbox.store.unitStatus(first?._id ?? '')).toBe(before);
    const noIds = await call(sandbox, '/api/units', {
      method: 'PATCH',
      body: { ids: [], patchData: {} },
    });
    const noPatch = await call(sandbox, '/api/units', {
      method: 'PATCH',
      body: { ids: [first?._id] },
    });
    expect([noIds.status, noPatch.status]).toEqual([400, 400]);
  });

  it("POST /api/units creates a unit (201) that appears in the project's list", async () => {
    const pid = projectId(sandbox, 'Carré Laval');
    const floor = sandbox.store.floorsOf(pid)[0];
    const created = await call(sandbox, '/api/units', {
      method: 'POST',
      body: {
        floor: { _id: floor?._id },
        unitNumber: '199',
        status: 'Available',
        bed: 2,
        bath: 2,
        sqft: 88,
        price: 489000,
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      floor: floor?._id,
      unitNumber: '199',
      status: 'Available',
      price: 489000,
    });
    const list = await call(sandbox, `/api/units?pid=${pid}`);
    expect(list.json.count).toBe(41);
    expect(list.json.records.map((u: { _id: string }) => u._id)).toContain(created.json._id);
    const noFloor = await call(sandbox, '/api/units', {
      method: 'POST',
      body: { unitNumber: '1' },
    });
    expect(noFloor.status).toBe(400);
    expect(noFloor.json.message).toMatch(/floor\._id is required/);
    // The contract's CreateUnitBody embeds the floor as {_id}: a bare id is refused too.
    const bareFloor = await call(sandbox, '/api/units', {
      method: 'POST',
      body: { floor: floor?._id, unitNumber: '2' },
    });
    expect(bareFloor.status).toBe(400);
  });

  it('DELETE /api/units/{id} answers 200 and the unit is gone', async () => {
    const pid = projectId(sandbox, 'Carré Laval');
    const unit = sandbox.store.unitsOf(pid)[0];
    const deleted = await call(sandbox, `/api/units/${unit?._id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.json.message).toEqual(expect.any(String));
    expect((await call(sandbox, `/api/units/${unit?._id}`)).status).toBe(404);
    expect((await call(sandbox, `/api/units?pid=${pid}`)).json.count).toBe(39);
  });

  it('a change made through the store is visible to API reads', async () => {
    const pid = projectId(sandbox, 'Bayfront Towers');
    const { viewer } = unitsByVocabulary(pid);
    sandbox.store.setUnitStatus(viewer._id, 'Reserved');
    const read = await call(sandbox, `/api/units/${viewer._id}`);
    expect(read.json.availability).toBe('Reserved');
    const project = await call(sandbox, `/api/projects/${pid}`);
    const embedded = project.json.floors
      .flatMap((f: { units: { _id: string }[] }) => f.units)
      .find((u: { _id: string }) => u._id === viewer._id);
    expect(embedded.availability).toBe('Reserved');
  });
});

describe('leads', () => {
  it('GET /api/leads?pid= answers 200 with an array of leads', async () => {
    const withLeads = sandbox.store
      .listProjects()
      .find((p) => sandbox.store.leadsOf(p._id).length > 0 && p.user === sandbox.accounts[0]?.id);
    expect(withLeads).toBeDefined();
    const leads = await call(sandbox, `/api/leads?pid=${withLeads?._id}`);
    expect(leads.status).toBe(200);
    expect(leads.json.length).toBeGreaterThan(0);
    expect(leads.json[0]).toMatchObject({
      name: expect.any(String),
      email: expect.stringContaining('@'),
      createdAt: expect.any(String),
    });
    expect((await call(sandbox, '/api/leads')).status).toBe(400);
  });
});
