import type { Catalog } from '@/lib/catalog/model';
import type { SyncState } from '@/lib/catalog/sync-state';
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
}

interface Progress {
  done: number;
  total: number;
}

const OFFLINE_KINDS = new Set(['network', 'timeout']);

/** How fresh the list is, what is running, and what went wrong, in one or two lines. */
export function SyncStatus({ catalog, sync, now, onOpenSettings }: Props) {
  const lines: { text: string; tone: 'info' | 'error'; progress?: Progress }[] = [];
  if (sync?.running) {
    const { done, total } = sync;
    lines.push(
      total > 0
        ? {
            text: t('sync.progress', [String(done), String(total)]),
            tone: 'info',
            progress: { done, total },
          }
        : { text: t('sync.syncing'), tone: 'info' },
    );
  }
  const error = sync?.lastError;
  if (error && !sync?.running) {
    if (catalog) {
      const from = formatClock(catalog.syncedAt, now);
      const text = storedErrorText(error);
      lines.push({
        text: OFFLINE_KINDS.has(error.kind)
          ? t('sync.offline', [from, text])
          : t('sync.staleError', [text, from]),
        tone: 'error',
      });
    } else {
      lines.push({ text: storedErrorText(error), tone: 'error' });
    }
  } else if (catalog && !sync?.running) {
    lines.push({ text: t('sync.updated', [formatAge(catalog.syncedAt, now)]), tone: 'info' });
    // Not an error: Planpoint asked for fewer requests, and the refresh waited and finished.
    if (sync?.slowDowns) lines.push({ text: t('sync.slowedDown'), tone: 'info' });
  }
  for (const failure of catalog?.failures ?? []) {
    lines.push({ text: syncFailureText(failure), tone: 'error' });
  }
  if (lines.length === 0) return null;
  const rejected = error?.kind === 'unauthorized' && !sync?.running;
  return (
    <div class="sync-status" aria-live="polite">
      {lines.map((line, i) =>
        line.progress ? (
          <SyncProgress key={i} text={line.text} {...line.progress} />
        ) : (
          <p key={i} class={line.tone === 'error' ? 'error' : 'muted'}>
            {line.text}
          </p>
        ),
      )}
      {rejected ? (
        <button type="button" class="link-button" onClick={onOpenSettings}>
          {t('sync.newToken')}
        </button>
      ) : null}
    </div>
  );
}

/** "Syncing… 12 of 40 projects" with a bar of the same numbers, named by those words. */
function SyncProgress({ text, done, total }: Progress & { text: string }) {
  return (
    <div class="sync-progress">
      <p id="sync-progress-text" class="muted">
        {text}
      </p>
      <progress value={done} max={total} aria-labelledby="sync-progress-text" />
    </div>
  );
}
