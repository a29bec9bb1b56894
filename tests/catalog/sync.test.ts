// syncCatalog against the local Planpoint sandbox over real HTTP.
import { beforeEach, describe, expect, it } from 'vitest';
import { planpointClient, type PlanpointClient } from '../support/client';
import { useSandbox } from '../support/sandbox';
import { syncCatalog } from '@/lib/catalog/sync';
import { syncFailureText } from '@/lib/error-text';
import { PlanpointError } from '@/lib/planpoint/errors';

const sandbox = useSandbox('sync');
let client: PlanpointClient;

beforeEach(() => {
  client = planpointClient(sandbox);
});

function demoProjects() {
  return sandbox.store.projectsOf(sandbox.accounts[0]!.id);
}

describe('syncCatalog', () => {
  it('fetches every project and unit the token can see, normalised', async () => {
    const progress: [number, number][] = [];
    const catalog = await syncCatalog(client, {
      viewerKey: null,
      previous: null,
      onProgress: (done, total) => progress.push([done, total]),
      now: () => 1234,
    });
    const projects = demoProjects();
    expect(catalog.projects.map((p) => p.id).sort()).toEqual(projects.map((p) => p._id).sort());
    // Units and commercial spaces: both are listed, both are found.
    const expectedUnits = projects.reduce((n, p) => n + sandbox.store.listingCount(p._id), 0);
    expect(catalog.units).toHaveLength(expectedUnits);
    expect(catalog.syncedAt).toBe(1234);
    expect(catalog.failures).toEqual([]);
    // Every unit knows its storey and project, whichever vocabulary it came in.
    for (const unit of catalog.units) {
      // A commercial space is on no floor of the project's plans.
      expect(unit.commercialSpace ? unit.floorName === null : Boolean(unit.floorName)).toBe(true);
      expect(projects.some((p) => p._id === unit.projectId)).toBe(true);
    }
    expect(progress.at(-1)).toEqual([projects.length, projects.length]);
    // Groups came along and link back to their projects.
    expect(catalog.groups.length).toBeGreaterThan(0);
    const grouped = catalog.projects.filter((p) => p.groupIds.length > 0);
    expect(grouped.length).toBeGreaterThan(0);
  });

  it('keeps a failing project’s previous units and names it, while the others refresh', async () => {
    const previous = await syncCatalog(client, { viewerKey: null, previous: null });
    const [broken, changed] = demoProjects();
    const changedUnit = sandbox.store.unitsOf(changed!._id)[0]!;
    sandbox.store.setUnitStatus(changedUnit._id, 'Sold');
    sandbox.faults.status = 500;
    sandbox.faults.projectIds = [broken!._id];

    const next = await syncCatalog(client, { viewerKey: null, previous });
    expect(next.failures).toHaveLength(1);
    expect(next.failures[0]).toMatchObject({ projectId: broken!._id, projectName: broken!.name });
    expect(syncFailureText(next.failures[0]!)).toMatch(/Planpoint/);
    const keptIds = next.units.filter((u) => u.projectId === broken!._id).map((u) => u.id);
    expect(keptIds.sort()).toEqual(
      previous.units
        .filter((u) => u.projectId === broken!._id)
        .map((u) => u.id)
        .sort(),
    );
    expect(next.units.find((u) => u.id === changedUnit._id)?.status).toBe('sold');
  });

  it('fails as a whole when every project fails, so the caller keeps its catalog', async () => {
    sandbox.faults.status = 500;
    sandbox.faults.projectIds = demoProjects().map((p) => p._id);
    await expect(syncCatalog(client, { viewerKey: null, previous: null })).rejects.toMatchObject({
      kind: 'server',
    });
  });

  it('fills in units from the floors and units endpoints when a project does not embed them', async () => {
    const embedded = await syncCatalog(client, { viewerKey: null, previous: null });
    const withoutUnits: PlanpointClient = {
      ...client,
      getProject: async (id) => {
        const project = await client.getProject(id);
        return {
          ...project,
          floors: (project.floors ?? []).map((floor) =>
            typeof floor === 'string' ? floor : { ...floor, units: undefined },
          ),
        };
      },
    };
    const listed = await syncCatalog(withoutUnits, { viewerKey: null, previous: null });
    const byId = (units: typeof listed.units) =>
      [...units].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(listed.units)).toEqual(byId(embedded.units));
  });

  it('fails with unauthorized for a rejected token', async () => {
    const rejected = planpointClient(sandbox, { token: 'not-a-token' });
    const error = await syncCatalog(rejected, { viewerKey: null, previous: null }).catch((e) => e);
    expect(error).toBeInstanceOf(PlanpointError);
    expect(error.kind).toBe('unauthorized');
  });

  it('fails with network when the server cannot be reached', async () => {
    const offline = planpointClient('http://127.0.0.1:1', { token: 'x' });
    await expect(syncCatalog(offline, { viewerKey: null, previous: null })).rejects.toMatchObject({
      kind: 'network',
    });
  });

  it('keeps requests in flight within the concurrency bound', async () => {
    let inFlight = 0;
    let peak = 0;
    const counting = new Proxy(client, {
      get(target, name: keyof PlanpointClient) {
        const method = target[name] as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          peak = Math.max(peak, ++inFlight);
          try {
            return await method.apply(target, args);
          } finally {
            inFlight--;
          }
        };
      },
    });
    sandbox.faults.latencyMs = 20;
    await syncCatalog(counting, { viewerKey: null, previous: null, concurrency: 2 });
    // Two projects at a time, one request each (the project embeds its floors and units).
    expect(peak).toBe(2);
  });

  it('merges what the viewer key finds: projects with embedded units, groups, enterprises', async () => {
    const enterprise = sandbox.store.listEnterprises()[0]!;
    const key = { namespace: enterprise.doc.namespace, hostName: enterprise.doc.hostName };
    const catalog = await syncCatalog(client, { viewerKey: key, previous: null });
    expect(catalog.enterprises.map((e) => e.id)).toContain(enterprise.doc._id);
    const linked = catalog.projects.filter((p) => p.enterpriseIds.includes(enterprise.doc._id));
    expect(linked.length).toBeGreaterThan(0);
  });

  it('reports a viewer key that matches nothing, and still syncs the account', async () => {
    const catalog = await syncCatalog(client, {
      viewerKey: { namespace: 'nobody', hostName: 'nowhere' },
      previous: null,
    });
    expect(catalog.projects.length).toBe(demoProjects().length);
    expect(
      catalog.failures.some(
        (f) =>
          f.projectId === null && /found no project, group or enterprise/.test(syncFailureText(f)),
      ),
    ).toBe(true);
  });
});
