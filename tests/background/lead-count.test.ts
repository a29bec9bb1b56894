// The new-lead count the popup's Leads button reads from the catalog head: counted after each
// sync's leads, again when the agent marks them seen, and kept by catalog writes in between.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSandbox } from '../support/sandbox';
import { handlers } from '@/lib/background/handlers';
import { storeNewLeadCount, watchLeadCount } from '@/lib/background/lead-count';
import { runSync } from '@/lib/background/sync-runner';
import { catalogHead, catalogSnapshot, leadsSeenAt, leadsSnapshot } from '@/lib/settings';

const sandbox = useSandbox('background');

beforeEach(() => {
  fakeBrowser.reset();
});

async function connectAndSync() {
  await handlers.saveSettings({
    token: sandbox.demoToken,
    baseUrl: sandbox.url,
    namespace: '',
    hostName: '',
  });
  await runSync();
}

describe('the new-lead count in the catalog head', () => {
  it('counts every lead read by the sync as new until the agent looks, then none', async () => {
    await connectAndSync();
    const leads = (await leadsSnapshot.getValue())!.leads;
    expect(leads.length).toBeGreaterThan(0);
    const head = await catalogHead.getValue();
    expect(head?.newLeads).toBe(leads.length);

    // Marking them seen rewrites the head under the same stamp: no new catalog to read.
    const newCatalog = vi.fn();
    catalogSnapshot.watch(newCatalog);
    await leadsSeenAt.setValue(Date.now());
    await storeNewLeadCount();
    const seen = await catalogHead.getValue();
    expect(seen?.newLeads).toBe(0);
    expect(seen?.stamp).toBe(head?.stamp);
    expect(newCatalog).not.toHaveBeenCalled();
    // Its units still belong to it.
    expect((await catalogSnapshot.getValue())?.units).toHaveLength(head!.unitCount);
  });

  it('is counted again when the agent marks leads seen, once watched', async () => {
    await connectAndSync();
    watchLeadCount();
    expect((await catalogHead.getValue())?.newLeads).toBeGreaterThan(0);
    await leadsSeenAt.setValue(Date.now());
    await vi.waitFor(async () => expect((await catalogHead.getValue())?.newLeads).toBe(0));
  });

  it('is kept by a catalog written in between (an edit, the next sync before its leads)', async () => {
    await connectAndSync();
    await catalogHead.setNewLeads(5);
    const catalog = (await catalogSnapshot.getValue())!;
    await catalogSnapshot.setValue({ ...catalog, syncedAt: catalog.syncedAt + 1 });
    const head = await catalogHead.getValue();
    expect(head?.syncedAt).toBe(catalog.syncedAt + 1);
    expect(head?.newLeads).toBe(5);
  });
});
