// Saving a token against servers and accounts shaped the other ways Planpoint documents: the
// background's real handlers (WXT's fake browser for storage) over HTTP to the sandbox.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFaultProxy } from '../support/fault-proxy';
import { popupStatusText } from '../hardening/harness';
import { ownListingCount, useSandbox } from '../support/sandbox';
import { offeredStatuses } from '@/lib/catalog/settable-status';
import { accountLine } from '@/entrypoints/options/components/account-line';
import { handlers } from '@/lib/background/handlers';
import { runSync } from '@/lib/background/sync-runner';
import { catalogSnapshot, savedConnection, syncState } from '@/lib/settings';

const sandbox = useSandbox('background');

beforeEach(() => {
  fakeBrowser.reset();
});

const noKey = { namespace: '', hostName: '' };

async function save(token: string, key = noKey) {
  return handlers.saveSettings({ token, baseUrl: sandbox.url, ...key });
}

describe('saving a token', () => {
  it('works with a server that takes only the raw Authorization header, and syncs', async () => {
    sandbox.shape.rawAuthOnly = true;
    const answer = await save(sandbox.demoToken);
    expect(answer).toMatchObject({ ok: true, account: { projectCount: 4 } });
    await runSync();
    expect((await catalogSnapshot.getValue())?.units).toHaveLength(ownListingCount(sandbox));
    // Kept for the address, so a restarted background sends the raw form first.
    expect((await savedConnection()).authForm).toBe('raw');
  });

  it('succeeds when the server does not offer the group and enterprise lookups, and says so', async () => {
    sandbox.shape.findsNotOffered = true;
    const project = sandbox.store.projectsOf(sandbox.accounts[0]!.id)[0]!;
    const answer = await save(sandbox.demoToken, {
      namespace: project.namespace,
      hostName: project.hostName,
    });
    expect(answer).toMatchObject({
      ok: true,
      account: { lookupsNotOffered: ['groups', 'enterprises'] },
    });
    if (!answer.ok) throw new Error('save failed');
    expect(accountLine(answer.account)).toContain(
      'This Planpoint server does not offer the group lookup',
    );
  });

  it('counts the projects an account reaches only through a group, and says through what', async () => {
    const answer = await save(sandbox.accounts[2]!.token);
    const reached = sandbox.store.projectsOf(sandbox.accounts[1]!.id).length;
    expect(answer).toMatchObject({
      ok: true,
      account: {
        projectCount: reached,
        reach: { own: 0, throughGroups: reached, throughViewerKey: 0 },
      },
    });
    if (!answer.ok) throw new Error('save failed');
    expect(accountLine(answer.account)).toContain(`Yours: 0; through groups: ${reached};`);
  });

  it('still refuses a token refused in both header forms', async () => {
    const answer = await save('pp_not_a_real_token');
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
  });
});

describe('changing availability the way the unit was read', () => {
  it('writes `availability` text for viewer-docs units and the enum in `status` for contract units, then reads the unit back', async () => {
    const proxy = await startFaultProxy(sandbox.url);
    try {
      expect(
        await handlers.saveSettings({ token: sandbox.demoToken, baseUrl: proxy.url, ...noKey }),
      ).toMatchObject({ ok: true });
      await runSync();
      const units = (await catalogSnapshot.getValue())!.units.filter(
        (u) => u.status === 'available',
      );
      const byVocabulary = (vocabulary: string) =>
        units.find((u) => sandbox.store.unitVocabulary(u.id) === vocabulary)!;
      const cases = [
        [byVocabulary('viewer'), { availability: 'On Hold' }],
        [byVocabulary('sdk'), { status: 'OnHold' }],
      ] as const;
      for (const [unit, body] of cases) {
        proxy.requests.length = 0;
        const answer = await handlers.setUnitStatus({ unitId: unit.id, status: 'on-hold' });
        expect(answer).toMatchObject({ ok: true, unit: { status: 'on-hold' } });
        const sent = proxy.requests.map((r) => `${r.method} ${r.url}`);
        expect(sent).toEqual([`PATCH /api/units/${unit.id}`, `GET /api/units/${unit.id}`]);
        expect(JSON.parse(proxy.requests[0]!.body)).toEqual(body);
      }
    } finally {
      await proxy.close();
    }
  });

  it('offers "Mark reserved" only where the project marks units reserved', () => {
    const unit = { status: 'available' as const };
    expect(offeredStatuses(unit, true)).toContain('reserved');
    expect(offeredStatuses(unit, false)).not.toContain('reserved');
    expect(offeredStatuses(unit, undefined)).toContain('reserved');
    expect(offeredStatuses(unit, false)).toEqual(['on-hold', 'sold']);
  });
});

describe('a server that asks to slow down', () => {
  it('finishes the sync and says that Planpoint asked to slow down, not that it failed', async () => {
    Object.assign(sandbox.shape, { rateLimitEvery: 3, retryAfterSeconds: 0 });
    await save(sandbox.demoToken);
    await runSync();
    const state = await syncState.getValue();
    expect(state).toMatchObject({ running: false, lastError: null });
    expect(state?.slowDowns).toBeGreaterThan(0);
    expect((await catalogSnapshot.getValue())?.units).toHaveLength(ownListingCount(sandbox));
    expect(await popupStatusText()).toContain(
      'Planpoint asked to slow down, so this refresh took longer.',
    );
  });
});
