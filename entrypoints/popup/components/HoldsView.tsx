import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Catalog, Project, Unit } from '@/lib/catalog/model';
import { currentHolds, type MyHold } from '@/lib/catalog/my-holds';
import { unitTitle } from '@/lib/change-text';
import { formatAge, formatHoldEnd, formatPrice } from '@/lib/format';
import { t } from '@/lib/i18n';
import { myHolds } from '@/lib/settings';
import { useStorageItem } from '@/components/use-storage-item';
import { editHold } from './hold-edits';
import { useEscape } from './use-escape';

interface Props {
  catalog: Catalog | null;
  projectsById: ReadonlyMap<string, Project>;
  now: number;
  onOpenUnit: (unit: Unit) => void;
  onBack: () => void;
}

/**
 * The units this agent put on hold from the extension and that are still on hold, soonest end
 * first: the time left on each, a private note, and (with permission) a notification the day a
 * hold ends, which the background shows after a sync.
 */
export function HoldsView({ catalog, projectsById, now, onOpenUnit, onBack }: Props) {
  const holds = useStorageItem(myHolds);
  const [notifying, setNotifying] = useState(true);
  const [refused, setRefused] = useState<string | null>(null);
  useEscape(onBack);
  useEffect(() => {
    void browser.permissions.contains({ permissions: ['notifications'] }).then(setNotifying);
  }, []);
  const list = useMemo(
    () => (holds && catalog ? currentHolds(holds, catalog.units) : null),
    [holds, catalog],
  );

  // Asked in the click's own call: the browser refuses a request made after an await.
  const askToNotify = () => {
    browser.permissions.request({ permissions: ['notifications'] }).then(
      (granted) => setNotifying(granted),
      (error) => setRefused(t('holds.notifyRefused', [String(error)])),
    );
  };

  return (
    <section class="holds" aria-label={t('holds.title')}>
      <header class="detail-header">
        <button type="button" class="link-button" onClick={onBack}>
          {t('common.back')}
        </button>
        <h2>{t('holds.title')}</h2>
      </header>
      {list === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p class="muted">{t('holds.none')}</p>
      ) : (
        <>
          <ul class="hold-list">
            {list.map((hold) => (
              <HoldItem
                key={hold.unit.id}
                hold={hold}
                project={projectsById.get(hold.unit.projectId)}
                now={now}
                onOpenUnit={onOpenUnit}
              />
            ))}
          </ul>
          <p class="muted">{t('holds.notesPrivate')}</p>
          {notifying ? (
            <p class="muted">{t('holds.notifyIsOn')}</p>
          ) : (
            <button type="button" class="secondary" onClick={askToNotify}>
              {t('holds.notifyOn')}
            </button>
          )}
          {refused ? (
            <p role="alert" class="error">
              {refused}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function HoldItem(props: {
  hold: MyHold;
  project: Project | undefined;
  now: number;
  onOpenUnit: (unit: Unit) => void;
}) {
  const { hold, project, now } = props;
  const { unit, entry, endsAt } = hold;
  // The field keeps its own text while the agent types; each keystroke is saved.
  const [note, setNote] = useState(entry.note);
  const noteId = `hold-note-${unit.id}`;
  return (
    <li class="hold">
      <div class="lead-line">
        <button type="button" class="link-button hold-unit" onClick={() => props.onOpenUnit(unit)}>
          {unitTitle(unit.number, project?.name)}
        </button>
        <span class="price hold-price">{formatPrice(unit)}</span>
      </div>
      <p class={endsAt !== null && endsAt - now < DAY_MS ? 'hold-end soon' : 'hold-end'}>
        {endsAt === null ? t('holds.noEnd') : formatHoldEnd(endsAt, now)}
        {endsAt !== null && !hold.endFromPlanpoint ? ` · ${t('holds.ownEnd')}` : null}
      </p>
      {hold.endFromPlanpoint ? null : <ReminderField hold={hold} />}
      <label class="visually-hidden" for={noteId}>
        {t('holds.noteLabel', [unit.number])}
      </label>
      <input
        id={noteId}
        class="hold-note"
        type="text"
        maxLength={200}
        value={note}
        placeholder={t('holds.notePlaceholder')}
        onInput={(event) => {
          setNote(event.currentTarget.value);
          void editHold(unit.id, { note: event.currentTarget.value });
        }}
      />
      <p class="muted hold-since">{t('holds.heldAt', [formatAge(entry.heldAt, now)])}</p>
    </li>
  );
}

/** The agent's own end, for a hold Planpoint gives none: the day a notification comes. */
function ReminderField({ hold }: { hold: MyHold }) {
  const id = `hold-remind-${hold.unit.id}`;
  const { remindAt } = hold.entry;
  return (
    <div class="lead-line">
      <label for={id}>{t('holds.remindLabel')}</label>
      <input
        id={id}
        aria-label={t('holds.remindLabelFor', [hold.unit.number])}
        type="datetime-local"
        value={remindAt === null ? '' : localInputValue(remindAt)}
        onChange={(event) => {
          const at = Date.parse(event.currentTarget.value);
          void editHold(hold.unit.id, { remindAt: Number.isNaN(at) ? null : at });
        }}
      />
      {remindAt === null ? null : (
        <button
          type="button"
          class="link-button"
          onClick={() => void editHold(hold.unit.id, { remindAt: null, remindedFor: null })}
        >
          {t('holds.clearReminder')}
        </button>
      )}
    </div>
  );
}

const DAY_MS = 24 * 3_600_000;

/** "2026-12-05T17:45" in local time, as a datetime-local field shows it. */
function localInputValue(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
