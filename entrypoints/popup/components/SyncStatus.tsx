import type { Catalog } from '@/lib/catalog/model';
import { lastSyncOffline, type SyncState } from '@/lib/catalog/sync-state';
import { storedErrorText, syncFailureText } from '@/lib/error-text';
import { formatAge, formatClock } from '@/lib/format';
import { t } from '@/lib/i18n';

interface Props {
  /** What the status needs of the catalog: its sync time and failures (the stored head will do). */
  catalog: Pick<Catalog, 'syncedAt' | 'failures'> | null;
  sync: SyncState | null;
  now: number;
  /** Opens Settings, offered when Planpoint rejected the token (the token itself is kept). */
  onOpenSettings: () => void;
  /** Starts a refresh: the offline line's Retry, and a click on "Updated 3 min ago". */
  onRetry: () => void;
}

type Line = { text: string; tone: 'info' | 'error'; refreshes?: true };

/** How fresh the list is, what is running, and what went wrong, in one or two lines. */
export function SyncStatus({ catalog, sync, now, onOpenSettings, onRetry }: Props) {
  const lines: Line[] = [];
  // Offline over a cached list is not an emergency: the list works, so one calm line says how
  // old it is and offers Retry; the specific reason stays on the line's title.
  const offline = catalog && !sync?.running && lastSyncOffline(sync) ? sync!.lastError! : null;
  const offlineReason = offline ? storedErrorText(offline) : undefined;
  if (sync?.running) {
    lines.push({
      text:
        sync.total > 0
          ? t('sync.progress', [String(sync.done), String(sync.total)])
          : t('sync.syncing'),
      tone: 'info',
    });
  }
  const error = sync?.lastError;
  if (offline) {
    // Drawn below, with its Retry button.
  } else if (error && !sync?.running) {
    if (catalog) {
      const from = formatClock(catalog.syncedAt, now);
      lines.push({ text: t('sync.staleError', [storedErrorText(error), from]), tone: 'error' });
    } else {
      lines.push({ text: storedErrorText(error), tone: 'error' });
    }
  } else if (catalog && !sync?.running) {
    // How old the list is, and the quiet way to refresh it: the header's icon does the same.
    lines.push({
      text: t('sync.updated', [formatAge(catalog.syncedAt, now)]),
      tone: 'info',
      refreshes: true,
    });
    // Not an error: Planpoint asked for fewer requests, and the refresh waited and finished.
    if (sync?.slowDowns) lines.push({ text: t('sync.slowedDown'), tone: 'info' });
  }
  for (const failure of catalog?.failures ?? []) {
    lines.push({ text: syncFailureText(failure), tone: 'error' });
  }
  if (lines.length === 0 && !offline) return null;
  const rejected = error?.kind === 'unauthorized' && !sync?.running;
  const counting = sync?.running && sync.total > 0;
  return (
    <div class="sync-status" aria-live="polite">
      {counting ? (
        // The same numbers as the words beside it; the words are what screen readers announce.
        <progress
          class="sync-progress"
          max={sync.total}
          value={sync.done}
          aria-label={t('sync.progress', [String(sync.done), String(sync.total)])}
        />
      ) : null}
      {offline && catalog ? (
        // The reason is the title of the line and of Retry (a button's title is its description
        // for screen readers, so keyboard users reach it too).
        <p class="sync-offline" title={offlineReason}>
          {t('sync.offlineSince', [formatClock(catalog.syncedAt, now)])}
          {' · '}
          <button type="button" class="link-button" onClick={onRetry} title={offlineReason}>
            {t('sync.retry')}
          </button>
        </p>
      ) : null}
      {lines.map((line, i) => (
        <p key={i} class={line.tone === 'error' ? 'error' : 'muted'}>
          {line.refreshes ? (
            <button
              type="button"
              class="link-button updated-refresh"
              onClick={onRetry}
              title={t('popup.refreshTitle')}
            >
              {line.text}
            </button>
          ) : (
            line.text
          )}
        </p>
      ))}
      {rejected ? (
        <button type="button" class="link-button" onClick={onOpenSettings}>
          {t('sync.newToken')}
        </button>
      ) : null}
    </div>
  );
}
