// What a sync records about changes, end to end: the background's own sync against the sandbox
// over HTTP, with the sandbox's change switch (POST /__sandbox/changes) between two syncs.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSandbox } from '../support/sandbox';
import { handlers } from '@/lib/background/handlers';
import { runSync } from '@/lib/background/sync-runner';
import type { ChangeSwitchReport } from '../../sandbox/change-switch';
import { catalogHead, changeLog } from '@/lib/settings';
import { tallyChanges } from '@/lib/catalog/changes';

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

async function flipChangeSwitch(): Promise<ChangeSwitchReport> {
  const answer = await fetch(`${sandbox.url}/__sandbox/changes`, { method: 'POST' });
  expect(answer.status).toBe(200);
  return (await answer.json()) as ChangeSwitchReport;
}

const STATUS = { Available: 'available', OnHold: 'on-hold', Reserved: 'reserved', Sold: 'sold' };

describe('change tracking', () => {
  it('records nothing on the first sync, then exactly what the change switch changed', async () => {
    await connectAndSync();
    expect(await changeLog.getValue()).toEqual({ syncs: [] });
    expect((await catalogHead.getValue())?.recentChanges).toEqual({});

    const report = await flipChangeSwitch();
    expect(report.statusChanges.length).toBeGreaterThanOrEqual(3);
    expect(report.priceChanges).toHaveLength(2);
    await runSync();

    const log = await changeLog.getValue();
    expect(log?.syncs).toHaveLength(1);
    const changes = log!.syncs[0]!.changes;
    const key = (c: { kind: string; unitId: string }) => `${c.kind} ${c.unitId}`;
    const expected = [
      ...report.statusChanges.map((c) => ({
        kind: 'status',
        unitId: c.unitId,
        number: c.number,
        from: STATUS[c.from as keyof typeof STATUS],
        to: STATUS[c.to as keyof typeof STATUS],
      })),
      ...report.priceChanges.map((c) => ({
        kind: 'price',
        unitId: c.unitId,
        number: c.number,
        from: c.from,
        to: c.to,
      })),
      ...report.added.map((c) => ({ kind: 'added', unitId: c.unitId, number: c.number })),
      ...report.removed.map((c) => ({ kind: 'removed', unitId: c.unitId, number: c.number })),
    ];
    expect(changes.map(key).sort()).toEqual(expected.map(key).sort());
    for (const change of expected) {
      expect(changes.find((c) => key(c) === key(change))).toMatchObject(change);
    }
    // The project list's line reads the same changes, counted per project, from the head.
    const head = await catalogHead.getValue();
    expect(head?.recentChanges).toEqual(tallyChanges(changes));

    // A sync that finds nothing new adds nothing, and the last day's line stays.
    await runSync();
    expect((await changeLog.getValue())?.syncs).toHaveLength(1);
    expect((await catalogHead.getValue())?.recentChanges).toEqual(head?.recentChanges);
  });
});
