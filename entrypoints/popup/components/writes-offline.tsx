// Whether changes can be sent to Planpoint now. The popup knows from the stored sync state (the
// last sync never reached Planpoint); every write button reads it here instead of being handed it
// through each component between the popup and the button.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { useStorageItem } from '@/components/use-storage-item';
import { lastSyncOffline, type SyncState } from '@/lib/catalog/sync-state';
import { t } from '@/lib/i18n';
import { syncState } from '@/lib/settings';

/** Why changes are held back ("Offline: changes need a connection."), or null when they are not. */
export const WritesOffline = createContext<string | null>(null);

/** The reason for the popup's write buttons to be disabled now, or null. */
export function useWritesOffline(): string | null {
  return useContext(WritesOffline);
}

/** What the popup provides: a reason while the last sync ended offline, cleared by one that
 * reaches Planpoint again (Retry, Refresh or the half-hourly refresh). */
export function writesOfflineReason(sync: SyncState | null | undefined): string | null {
  return lastSyncOffline(sync) ? t('popup.writesOffline') : null;
}

/** Gives the popup's write buttons the reason, kept current as the background stores each sync. */
export function WritesOfflineFromSync({ children }: { children: ComponentChildren }) {
  const sync = useStorageItem(syncState);
  return (
    <WritesOffline.Provider value={writesOfflineReason(sync)}>{children}</WritesOffline.Provider>
  );
}
