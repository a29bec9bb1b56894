// The toolbar badge: "!" when Planpoint rejected the token; else, when the agent asked for it
// in Settings, the leads not seen yet (while there are any); else (when the agent pinned a
// project in Settings) that project's available units.
import { browser } from 'wxt/browser';
import type { Catalog } from '../catalog/model';
import type { CatalogHead } from '../catalog/packed';
import type { SyncState } from '../catalog/sync-state';
import { newLeadCount } from '../catalog/leads';
import {
  badgeNewLeads,
  badgeProjectId,
  catalogHead,
  leadsSeenAt,
  leadsSnapshot,
  syncState,
} from '../settings';
import { readTogether } from '../stored-value';
import { t } from '../i18n';
import { storedErrorText } from '../error-text';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const ERROR_RED = '#b42318';
const AVAILABLE_GREEN = '#1a7f37';
const LEADS_BLUE = '#1d4ed8';

export function badgeFor(
  catalog: Catalog | CatalogHead | null,
  sync: SyncState | null,
  pinnedProjectId: string | null,
  /** Leads not seen yet, when the agent asked for them on the badge; else 0. */
  newLeads = 0,
): Badge {
  if (sync?.lastError?.kind === 'unauthorized') {
    return {
      text: '!',
      color: ERROR_RED,
      title: t('badge.problem', [storedErrorText(sync.lastError)]),
    };
  }
  if (newLeads > 0) {
    return {
      text: newLeads > 999 ? '999+' : String(newLeads),
      color: LEADS_BLUE,
      title: t('badge.newLeads', [String(newLeads)]),
    };
  }
  const project = pinnedProjectId ? catalog?.projects.find((p) => p.id === pinnedProjectId) : null;
  if (!catalog || !project) return { text: '', color: AVAILABLE_GREEN, title: t('badge.title') };
  let available = 0;
  if ('statusCounts' in catalog) {
    // The stored head counts units by project and status: no need to read 60,000 units.
    available = catalog.statusCounts[project.id]?.available ?? 0;
  } else {
    for (const unit of catalog.units) {
      if (unit.projectId === project.id && unit.status === 'available') available++;
    }
  }
  return {
    text: available > 999 ? '999+' : String(available),
    color: AVAILABLE_GREEN,
    title: t('badge.available', [String(available), project.name]),
  };
}

export async function updateBadge(): Promise<void> {
  const [catalog, sync, pinned, showLeads] = await Promise.all([
    catalogHead.getValue(),
    syncState.getValue(),
    badgeProjectId.getValue(),
    badgeNewLeads.getValue(),
  ]);
  const badge = badgeFor(catalog, sync, pinned, showLeads ? await unseenLeads() : 0);
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}

async function unseenLeads(): Promise<number> {
  const [snapshot, seenAt] = await readTogether([leadsSnapshot, leadsSeenAt]);
  return newLeadCount(snapshot?.leads ?? [], seenAt);
}

/** Call once at start-up: the badge follows the catalog, the sync outcome and the setting. */
export function watchBadgeInputs(): void {
  const refresh = () => void updateBadge().catch((e) => console.warn('Planpoint Agent: badge', e));
  catalogHead.watch(refresh);
  badgeProjectId.watch(refresh);
  badgeNewLeads.watch(refresh);
  leadsSnapshot.watch(refresh);
  leadsSeenAt.watch(refresh);
  // Sync progress is written often; only a change in "token rejected" matters here.
  const rejected = (state: SyncState | null) => state?.lastError?.kind === 'unauthorized';
  syncState.watch((next, previous) => {
    if (rejected(next) !== rejected(previous)) refresh();
  });
  refresh();
}
