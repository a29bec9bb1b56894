// Wiring only: every listener is registered synchronously, before any await, because the MV3
// service worker is restarted on events and only listeners present at start-up receive them.
import { browser } from 'wxt/browser';
import { watchBadgeInputs } from '@/lib/background/badge';
import { watchCatalogForCache } from '@/lib/background/catalog-cache';
import { LOOKUP_MENU_ID, lookupQuery } from '@/lib/background/context-menu';
import { isOwnPage } from '@/lib/background/guard';
import { watchLeadCount } from '@/lib/background/lead-count';
import { applyManagedSettings } from '@/lib/background/managed';
import { pageForEntry, suggestUnits } from '@/lib/background/omnibox';
import { route } from '@/lib/background/router';
import { clearStaleSyncState, runSync } from '@/lib/background/sync-runner';
import { watchNotificationClicks } from '@/lib/background/watch-notifications';
import { t } from '@/lib/i18n';

const REFRESH_ALARM = 'refresh-catalog';
const REFRESH_PERIOD_MINUTES = 30;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    isOwnPage(sender) ? route(message) : undefined,
  );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    createLookupMenu();
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.runtime.onStartup.addListener(createLookupMenu);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void runSync();
  });

  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void suggestUnits(text, !import.meta.env.FIREFOX).then(suggest, (error) =>
      console.warn('Planpoint Agent: address bar suggestions failed', error),
    );
  });
  browser.omnibox.onInputEntered.addListener((text) => {
    void openExtensionPage(pageForEntry(text));
  });

  browser.contextMenus.onClicked.addListener((info) => {
    const query = info.menuItemId === LOOKUP_MENU_ID ? lookupQuery(info.selectionText) : null;
    if (query) void openExtensionPage(pageForEntry(query));
  });

  // A watched unit's or search's notification opens its page.
  watchNotificationClicks((page) => void openExtensionPage(page));

  // The organisation's settings, now and whenever its policy changes.
  void applyManagedSettings();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyManagedSettings();
  });

  watchCatalogForCache();
  watchBadgeInputs();
  watchLeadCount();
  void clearStaleSyncState();
  void ensureRefreshAlarm();
});

function createLookupMenu(): void {
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: LOOKUP_MENU_ID,
      title: t('lookupMenu'),
      contexts: ['selection'],
    }),
  );
}

async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/popup.html') });
}

/** Alarms survive worker restarts but not every browser restart (Firefox): recreate if gone. */
async function ensureRefreshAlarm(): Promise<void> {
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
  }
}
