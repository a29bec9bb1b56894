// Leads read over HTTP from the sandbox: every project's, newest first; a project whose leads
// the token may not read (403) is noted and skipped, never failing the read.
import { describe, expect, it } from 'vitest';
import { newLeadCount, newestFirst, normalizeLead, readLeads } from '@/lib/catalog/leads';
import { planpointClient } from '../support/client';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox('tiny');

describe('readLeads', () => {
  it("reads every project's leads, newest first, with the unit each is about", async () => {
    const projects = sandbox.store.projectsOf(sandbox.accounts[0]!.id);
    const snapshot = await readLeads(
      planpointClient(sandbox),
      projects.map((p) => p._id),
      1234,
    );
    const served = projects.flatMap((p) => sandbox.store.leadsOf(p._id));
    expect(served.length).toBeGreaterThan(0);
    expect(snapshot.readAt).toBe(1234);
    expect(snapshot.unreadable).toEqual([]);
    expect(snapshot.leads.map((l) => l.id).sort()).toEqual(served.map((l) => l._id).sort());
    const times = snapshot.leads.map((l) => l.createdAt!);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = served[0]!;
    expect(snapshot.leads.find((l) => l.id === first._id)).toMatchObject({
      name: first.name,
      email: first.email,
      phone: first.phone,
      unitId: first.unit || null,
    });
  });

  it('skips projects whose leads answer 403, and still reads the others', async () => {
    const viewer = sandbox.accounts[3]!;
    const agent = sandbox.accounts[2]!;
    const projects = sandbox.store.projectsOf(sandbox.accounts[1]!.id).map((p) => p._id);
    const shut = await readLeads(planpointClient(sandbox, { token: viewer.token }), projects);
    expect(shut).toMatchObject({ leads: [], unreadable: projects });
    const open = await readLeads(planpointClient(sandbox, { token: agent.token }), projects);
    expect(open.unreadable).toEqual([]);
  });

  it('fails on anything else (a server error), so the leads read before are kept', async () => {
    sandbox.faults.status = 500;
    sandbox.faults.pathPrefix = '/api/leads';
    const projects = sandbox.store.projectsOf(sandbox.accounts[0]!.id).map((p) => p._id);
    await expect(readLeads(planpointClient(sandbox), projects)).rejects.toMatchObject({
      kind: 'server',
    });
  });
});

describe('leads in the popup', () => {
  const lead = (id: string, at: string | undefined) =>
    normalizeLead({ _id: id, createdAt: at }, 'p', 0);

  it('orders newest first, a lead without a date last', () => {
    const list = [
      lead('a', '2026-09-01T10:00:00Z'),
      lead('b', undefined),
      lead('c', '2026-09-03T10:00:00Z'),
    ];
    expect(newestFirst(list).map((l) => l.id)).toEqual(['c', 'a', 'b']);
  });

  it('counts as new what arrived after the agent last looked', () => {
    const list = [lead('a', '2026-09-01T10:00:00Z'), lead('c', '2026-09-03T10:00:00Z')];
    expect(newLeadCount(list, null)).toBe(2);
    expect(newLeadCount(list, Date.parse('2026-09-02T00:00:00Z'))).toBe(1);
    expect(newLeadCount(list, Date.parse('2026-09-04T00:00:00Z'))).toBe(0);
  });

  it('gives a lead without an id one from its place in the list', () => {
    expect(normalizeLead({ name: 'Jane' }, 'p1', 3)).toMatchObject({ id: 'p1#3', name: 'Jane' });
  });
});
