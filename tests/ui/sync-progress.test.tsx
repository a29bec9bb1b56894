// @vitest-environment happy-dom
// The sync's progress: a bar beside "Syncing… 12 of 40 projects", with the same numbers, and
// no bar when the sync is not running or does not know its total yet.
import { render } from 'preact';
import { expect, test } from 'vitest';
import { useUiRoot } from '../support/ui-root';
import { SyncStatus } from '@/entrypoints/popup/components/SyncStatus';
import { IDLE_SYNC_STATE, type SyncState } from '@/lib/catalog/sync-state';

const root = useUiRoot();

const show = (sync: SyncState) =>
  render(
    <SyncStatus
      catalog={{ syncedAt: Date.now(), failures: [] }}
      sync={sync}
      now={Date.now()}
      onOpenSettings={() => {}}
      onRetry={() => {}}
    />,
    root(),
  );

test('a running sync shows a bar with the numbers its words say', () => {
  show({ ...IDLE_SYNC_STATE, running: true, startedAt: Date.now(), done: 12, total: 40 });
  const bar = root().querySelector('progress');
  expect(root().textContent).toContain('Syncing… 12 of 40 projects');
  expect(bar?.getAttribute('max')).toBe('40');
  expect(bar?.getAttribute('value')).toBe('12');
  expect(bar?.getAttribute('aria-label')).toBe('Syncing… 12 of 40 projects');
});

test('no bar before the total is known, nor once the sync is done', () => {
  show({ ...IDLE_SYNC_STATE, running: true, startedAt: Date.now(), done: 0, total: 0 });
  expect(root().textContent).toContain('Syncing…');
  expect(root().querySelector('progress')).toBeNull();
  show({ ...IDLE_SYNC_STATE, lastSuccessAt: Date.now() });
  expect(root().querySelector('progress')).toBeNull();
});

test('"Updated just now" is also the way to refresh; while syncing there is nothing to click', () => {
  let refreshes = 0;
  const showWith = (sync: SyncState) =>
    render(
      <SyncStatus
        catalog={{ syncedAt: Date.now(), failures: [] }}
        sync={sync}
        now={Date.now()}
        onOpenSettings={() => {}}
        onRetry={() => refreshes++}
      />,
      root(),
    );
  showWith({ ...IDLE_SYNC_STATE, lastSuccessAt: Date.now() });
  const updated = root().querySelector<HTMLButtonElement>('button.updated-refresh');
  expect(updated?.textContent).toBe('Updated just now');
  updated!.click();
  expect(refreshes).toBe(1);
  showWith({ ...IDLE_SYNC_STATE, running: true, startedAt: Date.now(), done: 1, total: 4 });
  expect(root().querySelector('button.updated-refresh')).toBeNull();
});
