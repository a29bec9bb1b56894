// The sync against every form Planpoint documents, each served by the sandbox over real HTTP:
// the contract's embedded documents, the viewer docs' references, projects without floors, a
// server that takes only the raw token, one that asks to slow down, lists that say there is
// more, and an account that reaches its projects only through a group.
import { describe, expect, it } from 'vitest';
import { planpointClient } from '../support/client';
import { useSandbox } from '../support/sandbox';
import { syncCatalog } from '@/lib/catalog/sync';
import type { Catalog } from '@/lib/catalog/model';
import { syncFailureText } from '@/lib/error-text';

const sandbox = useSandbox('tiny');

const sync = (token = sandbox.demoToken) =>
  syncCatalog(planpointClient(sandbox, { token }), { viewerKey: null, previous: null });

const demoProjects = () => sandbox.store.projectsOf(sandbox.accounts[0]!.id);
/** Units and commercial spaces of the demo account's projects. */
const demoListings = () =>
  demoProjects().reduce((n, p) => n + sandbox.store.listingCount(p._id), 0);

/** Units as the agent sees them, whatever shape they arrived in. */
const unitsById = (catalog: Catalog) => [...catalog.units].sort((a, b) => a.id.localeCompare(b.id));

describe('every documented shape gives the same catalog', () => {
  it.each([
    ['floors and units by reference (viewer docs)', { references: true }],
    ['no floors at all', { noFloors: true }],
    ['only the raw Authorization header', { rawAuthOnly: true }],
    [
      'every third request answered 429, Retry-After 0',
      { rateLimitEvery: 3, retryAfterSeconds: 0 },
    ],
  ])('%s', async (_name, shape) => {
    const contract = await sync();
    expect(contract.units.length).toBeGreaterThan(0);
    Object.assign(sandbox.shape, shape);
    const shaped = await sync();
    expect(unitsById(shaped)).toEqual(unitsById(contract));
    expect(shaped.failures).toEqual([]);
  });

  it('waits as long as Retry-After asks, and still finishes', async () => {
    Object.assign(sandbox.shape, { rateLimitEvery: 4, retryAfterSeconds: 1 });
    const started = Date.now();
    const catalog = await sync();
    expect(catalog.failures).toEqual([]);
    expect(catalog.units).toHaveLength(demoListings());
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('waits until the HTTP date a Retry-After names, and still finishes', async () => {
    Object.assign(sandbox.shape, {
      rateLimitEvery: 4,
      retryAfterSeconds: 2,
      retryAfterAsDate: true,
    });
    const started = Date.now();
    const catalog = await sync();
    expect(catalog.failures).toEqual([]);
    expect(catalog.units).toHaveLength(demoListings());
    // An HTTP date counts whole seconds: "in 2 s" is at least 1 s away.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('unit models named by id are resolved through the project’s list, floor plans and all', async () => {
    const contract = await sync();
    Object.assign(sandbox.shape, { references: true });
    const client = planpointClient(sandbox, { token: sandbox.demoToken });
    const project = demoProjects()[0]!;
    const { records } = await client.listUnits(project._id);
    const byId = records.filter((u) => Array.isArray(u['unitmodels']));
    expect(byId.length).toBeGreaterThan(0);
    expect(
      byId.every((u) => (u['unitmodels'] as unknown[]).every((m) => typeof m === 'string')),
    ).toBe(true);
    const full = await client.getProject(project._id);
    expect((full as Record<string, unknown>)['unitmodels']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ floorplan: expect.stringMatching(/^https:/) }),
      ]),
    );
    const shaped = await sync();
    for (const unit of byId) {
      const read = shaped.units.find((u) => u.id === unit._id)!;
      expect(read.layoutUrl).toMatch(/\/layouts\/.+\.png$/);
      expect(read).toEqual(contract.units.find((u) => u.id === unit._id));
    }
  });
});

describe('nothing missing in silence', () => {
  it('names each project whose list says it has more units than it sent', async () => {
    Object.assign(sandbox.shape, { references: true, pageSize: 3 });
    const catalog = await sync();
    // Three units of each project, and its commercial spaces (listed in the project document).
    const spaces = demoProjects().reduce(
      (n, p) => n + sandbox.store.commercialSpacesOf(p._id).length,
      0,
    );
    expect(catalog.units).toHaveLength(3 * demoProjects().length + spaces);
    const lines = catalog.failures.map(syncFailureText);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/: Planpoint listed 5 units but sent 3;/);
  });

  it('names a project that answered with no unit', async () => {
    const demo = sandbox.accounts[0]!;
    const empty = sandbox.store.createProject(demo.id, { name: 'Empty Tower' });
    const catalog = await sync();
    expect(catalog.projects.some((p) => p.id === empty._id)).toBe(true);
    expect(catalog.failures.map(syncFailureText)).toEqual([
      'Planpoint sent no units for Empty Tower.',
    ]);
  });
});

describe('projects reached through a group', () => {
  it('an account that owns nothing sees the projects of the group it edits, with their units', async () => {
    const agent = sandbox.accounts[2]!;
    const other = sandbox.accounts[1]!;
    const catalog = await sync(agent.token);
    const expected = sandbox.store.projectsOf(other.id).map((p) => p._id);
    expect(expected.length).toBeGreaterThan(0);
    expect(catalog.projects.map((p) => p.id).sort()).toEqual([...expected].sort());
    const units = expected.reduce((n, id) => n + sandbox.store.listingCount(id), 0);
    expect(catalog.units).toHaveLength(units);
    expect(catalog.groups.map((g) => g.name)).toEqual(['Westside Holdings']);
    expect(catalog.failures).toEqual([]);
  });
});

describe('fields an agent uses', () => {
  it('a rental building: every unit priced per month, in both ways accounts write a rent', async () => {
    const catalog = await sync(sandbox.accounts[2]!.token);
    const rainey = catalog.projects.find((p) => p.name === 'Rainey Street Lofts')!;
    const docs = sandbox.store.unitsOf(rainey.id);
    const units = catalog.units.filter((u) => u.projectId === rainey.id && !u.commercialSpace);
    expect(units).toHaveLength(docs.length);
    expect(units.every((u) => u.rental)).toBe(true);
    // Both ways are served: a `rent` field, and a price per month with the type "Rental".
    expect(docs.some((d) => 'rent' in d)).toBe(true);
    expect(docs.some((d) => d['type'] === 'Rental')).toBe(true);
    for (const doc of docs) {
      const unit = units.find((u) => u.id === doc._id)!;
      const rent = doc['rent'] ?? doc['price'];
      expect(unit.price, String(doc._id)).toBe(typeof rent === 'number' ? rent : null);
    }
    expect(catalog.units.filter((u) => u.projectId !== rainey.id).some((u) => u.rental)).toBe(
      false,
    );
    // Rentals are not reserved: the project has no reserved colour, so "Reserved" is not offered.
    expect(rainey.usesReserved).toBe(false);
    expect(catalog.projects.filter((p) => p.id !== rainey.id).every((p) => p.usesReserved)).toBe(
      true,
    );
  });

  it('commercial spaces: listed with the units, typed Commercial, with price, area and status', async () => {
    const catalog = await sync();
    const spaces = demoProjects().flatMap((p) => sandbox.store.commercialSpacesOf(p._id));
    expect(spaces.length).toBeGreaterThan(0);
    for (const space of spaces) {
      const unit = catalog.units.find((u) => u.id === space['_id']);
      expect(unit).toMatchObject({
        number: space['name'],
        type: 'Commercial',
        price: space['price'],
        area: space['sqft'],
        commercialSpace: true,
        statusLabel: space['status'],
      });
    }
  });
});
