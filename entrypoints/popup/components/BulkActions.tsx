import { useState } from 'preact/hooks';
import type { BulkChange, PriceChange } from '@/lib/catalog/bulk-change';
import { SETTABLE_STATUSES, type SettableStatus } from '@/lib/catalog/settable-status';
import { statusName } from '@/lib/format';
import type { BulkResult, Outcome } from '@/lib/messages';
import { num } from '@/lib/planpoint/coerce';
import { t } from '@/lib/i18n';
import { WriteProgress } from './WriteProgress';
import { useClipboardCopy, type RichText } from './use-clipboard-copy';
import { CopyNotice } from './CopyNotice';
import { useWritesOffline } from './writes-offline';

interface Props {
  count: number;
  /** Results shown that are not selected yet: "Select all N" adds them. */
  unselectedShown: number;
  shownCount: number;
  onSelectAll: () => void;
  onClear: () => void;
  apply: (change: BulkChange) => Promise<Outcome<BulkResult>>;
  /** The selected units as a table for an email, and as plain text. */
  shortlist: () => RichText;
}

type PriceMode = 'to' | 'by' | 'percent';
const STATUSES = Object.keys(SETTABLE_STATUSES) as SettableStatus[];

/** The bar over the results while units are selected: set their status or change their price. */
export function BulkActions(props: Props) {
  const [status, setStatus] = useState<SettableStatus>('available');
  const [mode, setMode] = useState<PriceMode>('to');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [copied, copy] = useClipboardCopy();
  // Offline: copying still works; the changes are disabled, with a line saying why.
  const offline = useWritesOffline();
  const blocked = busy || offline !== null;

  const copyShortlist = () =>
    copy(props.shortlist(), {
      copied: t('shortlist.copied', [String(props.count)]),
      failure: (error) => (error instanceof Error ? error.message : String(error)),
    });

  async function run(change: BulkChange) {
    if (blocked) return;
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await props.apply(change);
    setBusy(false);
    if (!answer.ok) return setError(t('bulk.notDone', [answer.error.message]));
    setResult({ changed: answer.changed, failed: answer.failed });
    if (answer.failed.length === 0) props.onClear();
  }

  function changePrice(event: Event) {
    event.preventDefault();
    const value = num(amount.replace(/[\s,$€%]/g, ''));
    if (value === null) return setError(t('bulk.needAmount'));
    const price: PriceChange =
      mode === 'to' ? { to: value } : mode === 'by' ? { by: value } : { percent: value };
    void run({ price });
  }

  if (props.count === 0 && !result && !error && !busy) return null;
  return (
    <div class="bulk" role="region" aria-label={t('bulk.selected', [String(props.count)])}>
      {props.count > 0 ? (
        <>
          <div class="bulk-line">
            <strong>{t('bulk.selected', [String(props.count)])}</strong>
            {props.unselectedShown > 0 ? (
              <button type="button" class="link-button" onClick={props.onSelectAll}>
                {t('bulk.selectAll', [String(props.shownCount)])}
              </button>
            ) : null}
            <button type="button" class="link-button" onClick={props.onClear}>
              {t('bulk.clear')}
            </button>
            <button type="button" class="secondary" onClick={() => void copyShortlist()}>
              {t('shortlist.copy')}
            </button>
          </div>
          <CopyNotice copied={copied} />
          {offline ? <p class="muted writes-offline">{offline}</p> : null}
          <div class="bulk-line">
            <select
              aria-label={t('edit.status')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as SettableStatus)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusName(s)}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="secondary"
              disabled={blocked}
              title={offline ?? undefined}
              onClick={() => run({ status })}
            >
              {t('bulk.setStatus')}
            </button>
          </div>
          <form class="bulk-line" onSubmit={changePrice}>
            <select
              aria-label={t('bulk.changePrice')}
              value={mode}
              onChange={(e) => setMode(e.currentTarget.value as PriceMode)}
            >
              <option value="to">{t('bulk.priceTo')}</option>
              <option value="by">{t('bulk.priceBy')}</option>
              <option value="percent">{t('bulk.pricePercent')}</option>
            </select>
            <input
              class="bulk-amount"
              aria-label={t('bulk.amount')}
              inputMode="decimal"
              value={amount}
              onInput={(e) => setAmount(e.currentTarget.value)}
            />
            <button type="submit" class="secondary" disabled={blocked} title={offline ?? undefined}>
              {t('bulk.changePrice')}
            </button>
          </form>
        </>
      ) : null}
      <WriteProgress busy={busy ? t('bulk.working', [String(props.count)]) : null} error={error} />
      {result ? <BulkSummary result={result} /> : null}
    </div>
  );
}

/** What changed and what did not, unit by unit, with Planpoint's reason. */
function BulkSummary({ result }: { result: BulkResult }) {
  return (
    <div role="status">
      <p class="notice">{t('bulk.changed', [String(result.changed)])}</p>
      {result.failed.length > 0 ? (
        <>
          <p class="error">{t('bulk.failedCount', [String(result.failed.length)])}</p>
          <ul class="bulk-failures">
            {result.failed.map((f) => (
              <li key={f.unitId}>{t('bulk.failedUnit', [f.number, f.reason])}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
