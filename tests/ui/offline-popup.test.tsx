// @vitest-environment happy-dom
// Offline over a cached catalog: one calm line with Retry (the reason on its title), the list
// still usable, and every change to Planpoint disabled with the reason said.
import { render } from 'preact';
import { expect, test } from 'vitest';
import { useUiRoot } from '../support/ui-root';
import { Finder } from '@/entrypoints/popup/components/Finder';
import { SyncStatus } from '@/entrypoints/popup/components/SyncStatus';
import { WritesOffline, writesOfflineReason } from '@/entrypoints/popup/components/writes-offline';
import { readHead, packCatalog } from '@/lib/catalog/packed';
import { IDLE_SYNC_STATE, type SyncState } from '@/lib/catalog/sync-state';
import type { ErrorFacts } from '@/lib/planpoint/errors';
import { catalog, project, unit } from '../search/fixtures';

const CATALOG = {
  ...catalog(
    [project('p1', 'Parkview Residences')],
    [unit('u1', 'p1', '305', { status: 'available', statusLabel: 'Available' })],
  ),
  syncedAt: Date.now() - 60_000,
};
const UNREACHABLE: ErrorFacts = {
  kind: 'network',
  cause: 'unreachable',
  origin: 'http://127.0.0.1:8787',
};
const SERVER_ERROR: ErrorFacts = {
  kind: 'server',
  cause: 'http',
  status: 500,
  serverMessage: 'Internal Server Error',
  html: false,
  resource: 'account',
  lookup: 'id',
  pausedReason: null,
};
const failedWith = (facts: ErrorFacts): SyncState => ({
  ...IDLE_SYNC_STATE,
  lastSuccessAt: CATALOG.syncedAt,
  lastError: { kind: facts.kind, facts, at: Date.now() },
});

const root = useUiRoot();
const rerender = () => new Promise((resolve) => setTimeout(resolve, 0));

function showStatus(sync: SyncState, onRetry = () => {}) {
  render(
    <SyncStatus
      catalog={{ syncedAt: CATALOG.syncedAt, failures: [] }}
      sync={sync}
      now={Date.now()}
      onOpenSettings={() => {}}
      onRetry={onRetry}
    />,
    root(),
  );
}

test('unreachable with a cached list: one amber line, Retry refreshes, the reason is its title', () => {
  let retried = 0;
  showStatus(failedWith(UNREACHABLE), () => retried++);
  const lines = [...root().querySelectorAll('p')];
  expect(lines).toHaveLength(1);
  expect(lines[0]!.className).toBe('sync-offline');
  expect(lines[0]!.textContent).toMatch(/^Offline · data from \d{1,2}:\d{2}.* · Retry$/);
  expect(root().querySelector('.error')).toBeNull();
  expect(root().textContent).not.toContain('http://127.0.0.1:8787');
  const reason =
    'The server at http://127.0.0.1:8787 could not be reached. Check the API base URL in Settings and your internet connection.';
  expect(lines[0]!.getAttribute('title')).toBe(reason);
  const retry = root().querySelector('button')!;
  expect(retry.textContent).toBe('Retry');
  expect(retry.getAttribute('title')).toBe(reason);
  retry.click();
  expect(retried).toBe(1);
});

test('a server error is not "offline": its own sentence stays, and changes stay allowed', () => {
  showStatus(failedWith(SERVER_ERROR));
  expect(root().querySelector('.sync-offline')).toBeNull();
  expect(root().querySelector('.error')?.textContent).toContain(
    'Planpoint had a problem on its side (HTTP 500: Internal Server Error).',
  );
  expect(writesOfflineReason(failedWith(SERVER_ERROR))).toBeNull();
  expect(writesOfflineReason(failedWith(UNREACHABLE))).toBe('Offline: changes need a connection.');
  expect(writesOfflineReason({ ...IDLE_SYNC_STATE, lastSuccessAt: Date.now() })).toBeNull();
});

function showFinder(sync: SyncState, initialUnitId: string | null) {
  render(
    <WritesOffline.Provider value={writesOfflineReason(sync)}>
      <Finder
        head={readHead(packCatalog(CATALOG).head)}
        catalog={CATALOG}
        searchable={CATALOG}
        sync={sync}
        onRefresh={() => {}}
        onOpenLink={() => {}}
        onOpenSettings={() => {}}
        setStatus={() => Promise.reject(new Error('nothing may be sent offline'))}
        deleteUnit={() => Promise.reject(new Error('nothing may be sent offline'))}
        editUnit={() => Promise.reject(new Error('nothing may be sent offline'))}
        createUnit={() => Promise.reject(new Error('nothing may be sent offline'))}
        bulkUpdate={() => Promise.reject(new Error('nothing may be sent offline'))}
        projectWrites={{
          createProject: () => Promise.reject(new Error('nothing may be sent offline')),
          updateProject: () => Promise.reject(new Error('nothing may be sent offline')),
          deleteProject: () => Promise.reject(new Error('nothing may be sent offline')),
        }}
        initialQuery=""
        initialUnitId={initialUnitId}
      />
    </WritesOffline.Provider>,
    root(),
  );
}

const button = (name: string) =>
  [...root().querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );

test('offline, a unit detail shows its status changes, Edit and Delete disabled, saying why', async () => {
  showFinder(failedWith(UNREACHABLE), 'u1');
  await rerender();
  expect(root().textContent).toContain('Offline: changes need a connection.');
  for (const name of ['Put on hold', 'Mark sold', 'Edit', 'Delete unit']) {
    expect(button(name), name).toBeDefined();
    expect(button(name)!.disabled, name).toBe(true);
    expect(button(name)!.title, name).toBe('Offline: changes need a connection.');
  }
  // Reading still works: the summary can be copied.
  expect(button('Copy summary')!.disabled).toBe(false);
});

test('offline, the project list keeps opening projects but not adding or editing them', async () => {
  showFinder(failedWith(UNREACHABLE), null);
  await rerender();
  expect(root().textContent).toContain('Offline: changes need a connection.');
  expect(button('New project')!.disabled).toBe(true);
  expect(button('Add unit to Parkview Residences')!.disabled).toBe(true);
  expect(button('Edit project Parkview Residences')!.disabled).toBe(true);
  expect(root().querySelector<HTMLButtonElement>('.project-button')!.disabled).toBe(false);
});

test('online again, the same buttons are enabled and no reason is shown', async () => {
  showFinder({ ...IDLE_SYNC_STATE, lastSuccessAt: Date.now() }, 'u1');
  await rerender();
  expect(root().textContent).not.toContain('Offline');
  for (const name of ['Put on hold', 'Mark sold', 'Edit', 'Delete unit']) {
    expect(button(name)!.disabled, name).toBe(false);
  }
});
