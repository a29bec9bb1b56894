// @vitest-environment happy-dom
// While a sync runs, the popup's progress bar says what its words say ("Syncing… 12 of 40
// projects"), by value and by name, so a screen reader and a glance agree.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { SyncStatus } from '@/entrypoints/popup/components/SyncStatus';
import { IDLE_SYNC_STATE } from '@/lib/catalog/sync-state';

afterEach(cleanup);

const running = (done: number, total: number) => ({
  ...IDLE_SYNC_STATE,
  running: true,
  startedAt: Date.now(),
  done,
  total,
});

test('the bar has the numbers of the words, and the words as its name', () => {
  render(
    <SyncStatus catalog={null} sync={running(12, 40)} now={Date.now()} onOpenSettings={() => {}} />,
  );
  const bar = screen.getByRole('progressbar', { name: 'Syncing… 12 of 40 projects' });
  expect(bar).toBeInstanceOf(HTMLProgressElement);
  expect((bar as HTMLProgressElement).value).toBe(12);
  expect((bar as HTMLProgressElement).max).toBe(40);
  expect(screen.getByText('Syncing… 12 of 40 projects')).toBeTruthy();
});

test('no bar before the number of projects is known, nor once the sync is done', () => {
  const { rerender } = render(
    <SyncStatus catalog={null} sync={running(0, 0)} now={Date.now()} onOpenSettings={() => {}} />,
  );
  expect(screen.getByText('Syncing…')).toBeTruthy();
  expect(screen.queryByRole('progressbar')).toBeNull();
  rerender(
    <SyncStatus
      catalog={{ syncedAt: Date.now(), failures: [] }}
      sync={{ ...IDLE_SYNC_STATE, lastSuccessAt: Date.now() }}
      now={Date.now()}
      onOpenSettings={() => {}}
    />,
  );
  expect(screen.getByText('Updated just now')).toBeTruthy();
  expect(screen.queryByRole('progressbar')).toBeNull();
});
