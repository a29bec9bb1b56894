import { useState } from 'preact/hooks';
import type { Unit } from '@/lib/catalog/model';
import { UNCONFIRMED_CHANGE, type Outcome } from '@/lib/messages';
import { t } from '@/lib/i18n';
import { WriteProgress } from './WriteProgress';
import { useWritesOffline } from './writes-offline';

interface Props {
  unit: Unit;
  projectName: string | null;
  /** Planpoint refused a write to this project (403): no deletion is offered. */
  viewOnly: boolean;
  deleteUnit: () => Promise<Outcome<object>>;
  /** Called once Planpoint has deleted the unit (the catalog no longer has it). */
  onDeleted: () => void;
}

/** "Delete unit", confirmed by a question naming the unit; the reason shows if Planpoint refuses. */
export function DeleteUnit({ unit, projectName, viewOnly, deleteUnit, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const offline = useWritesOffline();

  async function confirm() {
    setConfirming(false);
    setError(null);
    setBusy(true);
    const answer = await deleteUnit();
    setBusy(false);
    if (answer.ok) return onDeleted();
    // A deletion whose answer was lost may have happened: its sentence says so.
    const unconfirmed = answer.error.kind === UNCONFIRMED_CHANGE;
    setError(unconfirmed ? answer.error.message : t('detail.notDeleted', [answer.error.message]));
  }

  return (
    <div class="delete-unit">
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('detail.confirmDeleteGroup')}>
          <span>{t('detail.confirmDelete', [unit.number, projectName ?? '—'])}</span>
          <button type="button" class="danger" onClick={confirm}>
            {t('detail.delete')}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : viewOnly ? null : (
        <button
          type="button"
          class="secondary"
          disabled={busy || offline !== null}
          title={offline ?? undefined}
          onClick={() => setConfirming(true)}
        >
          {t('detail.deleteUnit')}
        </button>
      )}
      <WriteProgress busy={busy ? t('detail.deleting') : null} error={error} />
    </div>
  );
}
