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
    expect(catalog.units).toHaveLength(10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe('nothing missing in silence', () => {
  it('names each project whose list says it has more units than it sent', async () => {
    Object.assign(sandbox.shape, { references: true, pageSize: 3 });
    const catalog = await sync();
    expect(catalog.units).toHaveLength(6);
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
    const units = expected.reduce((n, id) => n + sandbox.store.unitsOf(id).length, 0);
    expect(catalog.units).toHaveLength(units);
    expect(catalog.groups.map((g) => g.name)).toEqual(['Westside Holdings']);
    expect(catalog.failures).toEqual([]);
  });
});
