// @vitest-environment happy-dom
// The Leads button on the popup's open path: its count comes from the catalog head the popup
// reads anyway, never from a read of the leads themselves.
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Finder } from '@/entrypoints/popup/components/Finder';
import { packCatalog, readHead } from '@/lib/catalog/packed';
import { IDLE_SYNC_STATE } from '@/lib/catalog/sync-state';
import { catalog, project, unit } from '../search/fixtures';

const CATALOG = {
  ...catalog([project('p1', 'Parkview Residences')], [unit('u1', 'p1', '305')]),
  syncedAt: Date.now() - 60_000,
};
const refuse = () => Promise.reject(new Error('not in this test'));

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function showFinder(newLeads: number | undefined) {
  render(
    <Finder
      head={readHead(packCatalog(CATALOG, 'stamp', newLeads).head)}
      catalog={CATALOG}
      searchable={CATALOG}
      sync={{ ...IDLE_SYNC_STATE, lastSuccessAt: CATALOG.syncedAt }}
      onRefresh={() => {}}
      onOpenLink={() => {}}
      onOpenSettings={() => {}}
      setStatus={refuse}
      deleteUnit={refuse}
      editUnit={refuse}
      createUnit={refuse}
      bulkUpdate={refuse}
      projectWrites={{ createProject: refuse, updateProject: refuse, deleteProject: refuse }}
      initialQuery=""
      initialUnitId={null}
    />,
    root,
  );
}

/** Every storage.local key the popup asked for while it rendered. */
function spyOnLocalReads(): () => string[] {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return () =>
    get.mock.calls.flatMap(([keys]) =>
      typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys ?? {}),
    );
}

const leadsButton = () =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Leads'));

test('the count of new leads comes from the head, and no lead is read to show it', async () => {
  const readKeys = spyOnLocalReads();
  showFinder(3);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(leadsButton()?.getAttribute('aria-label')).toBe('Leads 3 new');
  expect(root.querySelector('.lead-count')?.textContent).toBe('3');
  expect(readKeys()).toContain('viewOnlyProjects');
  expect(readKeys()).not.toContain('leads');
  expect(readKeys()).not.toContain('leadsSeenAt');
});

test('no new lead, or none counted yet: the button is just "Leads"', () => {
  for (const count of [0, undefined]) {
    showFinder(count);
    expect(leadsButton()?.getAttribute('aria-label')).toBe('Leads');
    expect(root.querySelector('.lead-count')).toBeNull();
  }
});
