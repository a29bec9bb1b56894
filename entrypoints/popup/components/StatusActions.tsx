import { useState } from 'preact/hooks';
import type { Unit } from '@/lib/catalog/model';
import { offeredStatuses, type SettableStatus } from '@/lib/catalog/settable-status';
import { statusName } from '@/lib/format';
import { UNCONFIRMED_CHANGE, type MessageError } from '@/lib/messages';
import { t } from '@/lib/i18n';
import { WriteProgress } from './WriteProgress';
import { useWritesOffline } from './writes-offline';

function actionLabel(status: SettableStatus): string {
  switch (status) {
    case 'on-hold':
      return t('detail.putOnHold');
    case 'available':
      return t('detail.release');
    case 'reserved':
      return t('detail.markReserved');
    case 'sold':
      return t('detail.markSold');
  }
}

interface Props {
  unit: Unit;
  /** Whether the unit's project marks units reserved (Project.usesReserved). */
  usesReserved?: boolean;
  /** Planpoint refused a write to this project (403): no changes are offered, a refusal stays. */
  viewOnly: boolean;
  /** Shows the new status at once (optimistic) or, with null, goes back to the saved one. */
  onPreview: (status: SettableStatus | null) => void;
  setStatus: (status: SettableStatus) => Promise<{ ok: true } | { ok: false; error: MessageError }>;
}

/** Availability changes, each confirmed first, shown at once and rolled back if refused. */
export function StatusActions({ unit, usesReserved, viewOnly, onPreview, setStatus }: Props) {
  const [confirming, setConfirming] = useState<SettableStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The detail says why above these buttons; the title repeats it where the pointer is.
  const offline = useWritesOffline();

  async function confirm() {
    if (!confirming) return;
    const status = confirming;
    setConfirming(null);
    setError(null);
    setBusy(true);
    onPreview(status);
    const answer = await setStatus(status);
    setBusy(false);
    // On success the preview stays until the saved catalog brings the unit back changed.
    if (!answer.ok) {
      onPreview(null);
      // An unconfirmed change may have been saved: its sentence says so, without "Not changed".
      const unconfirmed = answer.error.kind === UNCONFIRMED_CHANGE;
      setError(unconfirmed ? answer.error.message : t('detail.notChanged', [answer.error.message]));
    }
  }

  const choices = viewOnly ? [] : offeredStatuses(unit, usesReserved);
  return (
    <div class="status-actions">
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('detail.confirmGroup')}>
          <span>{t('detail.confirmChange', [unit.number, statusName(confirming)])}</span>
          <button type="button" onClick={confirm}>
            {t('common.confirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div class="actions" role="group" aria-label={t('detail.availabilityGroup')}>
          {choices.map((status) => (
            <button
              key={status}
              type="button"
              // Selling is the change that ends a unit's availability: it looks like it.
              class={status === 'sold' ? 'status-action consequential' : 'status-action'}
              disabled={busy || offline !== null}
              title={offline ?? undefined}
              onClick={() => setConfirming(status)}
            >
              {actionLabel(status)}
            </button>
          ))}
        </div>
      )}
      <WriteProgress busy={busy ? t('detail.saving') : null} error={error} />
    </div>
  );
}
