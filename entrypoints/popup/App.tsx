import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Finder } from './components/Finder';
import { FirstRun } from './components/FirstRun';
import type { ProjectWrites } from './components/ProjectForm';
import { useStorageItem } from '@/components/use-storage-item';
import { t } from '@/lib/i18n';
import { ask } from '@/lib/messages';
import { accountInfo, apiBaseUrl, catalogHead, syncState, viewerKey } from '@/lib/settings';
import { useFullCatalog } from './components/use-full-catalog';

/** popup.html?q=… or ?unit=…, when the address bar or the right-click menu opened the page. */
const PAGE_PARAMS = new URLSearchParams(location.search);

/** Refresh on open when the cached catalog is older than this. */
const STALE_AFTER_MS = 5 * 60_000;

export function App() {
  const account = useStorageItem(accountInfo);
  const head = useStorageItem(catalogHead);
  const sync = useStorageItem(syncState);
  const baseUrl = useStorageItem(apiBaseUrl);
  const key = useStorageItem(viewerKey);
  // After the reads above: its megabytes are queued behind them.
  const catalog = useFullCatalog(head);

  useEffect(() => {
    if (account) void ask('refresh', { ifOlderThanMs: STALE_AFTER_MS });
  }, [Boolean(account)]);

  if (account === undefined || baseUrl === undefined || key === undefined) {
    return <p class="empty">{t('common.loading')}</p>;
  }
  if (account === null) {
    return <FirstRun baseUrl={baseUrl} viewerKey={key ?? null} onOpenSettings={openSettings} />;
  }
  return (
    <Finder
      head={head ?? null}
      catalog={catalog.complete}
      searchable={catalog.searchable}
      sync={sync ?? null}
      onRefresh={() => void ask('refresh', {})}
      onOpenLink={(url) => void browser.tabs.create({ url })}
      onOpenSettings={openSettings}
      setStatus={(unit, status) => ask('setUnitStatus', { unitId: unit.id, status })}
      deleteUnit={(unit) => ask('deleteUnit', { unitId: unit.id })}
      editUnit={(unit, edits) => ask('editUnit', { unitId: unit.id, edits })}
      projectWrites={PROJECT_WRITES}
      bulkUpdate={(unitIds, change) => ask('bulkUpdate', { unitIds, change })}
      createUnit={(project, floor, fields) =>
        ask('createUnit', { projectId: project.id, floor, fields })
      }
      initialQuery={PAGE_PARAMS.get('q')}
      initialUnitId={PAGE_PARAMS.get('unit')}
    />
  );
}

const PROJECT_WRITES: ProjectWrites = {
  createProject: (fields) => ask('createProject', { fields }),
  updateProject: (project, fields) => ask('updateProject', { projectId: project.id, fields }),
  deleteProject: (project) => ask('deleteProject', { projectId: project.id }),
};

function openSettings() {
  void browser.runtime.openOptionsPage();
}
