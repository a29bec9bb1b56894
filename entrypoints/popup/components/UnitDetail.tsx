import { useEffect, useRef, useState } from 'preact/hooks';
import type { Project, Unit } from '@/lib/catalog/model';
import {
  formatArea,
  formatBathrooms,
  formatBedrooms,
  formatHoldEnd,
  formatPrice,
  isWebLink,
  projectViewerUrl,
  statusName,
  unitSummary,
} from '@/lib/format';
import type { SettableStatus } from '@/lib/catalog/settable-status';
import type { UnitEdits } from '@/lib/catalog/editable-fields';
import type { Outcome } from '@/lib/messages';
import { DeleteUnit } from './DeleteUnit';
import { SimilarUnits } from './SimilarUnits';
import { similarAvailable } from '@/lib/search/dead-end';
import { EditUnit } from './EditUnit';
import { FloorPlan } from './FloorPlan';
import { previewOf } from './unit-form';
import { StatusActions } from './StatusActions';
import { t } from '@/lib/i18n';
import { useEscape } from './use-escape';
import { StatusPill } from './StatusPill';
import { useClipboardCopy } from './use-clipboard-copy';
import { CopyNotice } from './CopyNotice';
import { focusLater } from './focus-later';
import { useClock } from './use-clock';
import { isWatchedUnit } from '@/lib/catalog/watched';
import { useWatched } from './use-watched';
import { toggleWatchedUnit } from './watch-actions';
import { WatchStar } from './WatchStar';
import { useWritesOffline } from './writes-offline';

interface Props {
  unit: Unit;
  project: Project | undefined;
  onBack: () => void;
  onOpenLink: (url: string) => void;
  setStatus: (unit: Unit, status: SettableStatus) => Promise<Outcome<object>>;
  deleteUnit: (unit: Unit) => Promise<Outcome<object>>;
  editUnit: (unit: Unit, edits: UnitEdits) => Promise<Outcome<object>>;
  /** The catalog's units: the edit form offers the floors of this unit's project. */
  catalogUnits: readonly Unit[];
  /** Planpoint refused a write to this unit's project: its editing tools give way to a sentence. */
  viewOnly: boolean;
  /** Opens another unit's detail (a similar available one). */
  onOpenUnit: (unit: Unit) => void;
}

/** A unit at a glance (project, price, availability, hold end), the actions an agent reaches
 * for, then every other field the API gave. */
export function UnitDetail(props: Props) {
  const { unit: saved, project, onBack, onOpenLink, setStatus, deleteUnit } = props;
  // No endpoint changes a commercial space: it is shown, and changed in Planpoint's dashboard.
  const viewOnly = props.viewOnly || saved.commercialSpace;
  const [copied, copy] = useClipboardCopy();
  const watching = useWatched(true);
  // Offline, the changes below are shown disabled, with this line saying why.
  const offline = useWritesOffline();
  // What a write in flight changes, shown at once; the saved unit replaces it when it comes.
  const [preview, setPreview] = useState<Partial<Unit> | null>(null);
  const [editing, setEditing] = useState(false);
  const now = useClock();
  const editButton = useRef<HTMLButtonElement>(null);
  // A new saved unit (the catalog was rewritten) replaces any optimistic change.
  useEffect(() => setPreview(null), [saved]);
  // Escape goes back to the results (the popup would otherwise close).
  useEscape(onBack);
  const unit: Unit = preview ? { ...saved, ...preview } : saved;
  const previewStatus = (status: SettableStatus | null) =>
    setPreview(status ? { status, statusLabel: statusName(status) } : null);
  const closeEditor = () => {
    setEditing(false);
    // Focus goes back where it was: the Edit button (after the form is gone).
    focusLater(() => editButton.current);
  };
  const viewerUrl = project ? projectViewerUrl(project) : null;

  const copySummary = () =>
    copy(unitSummary(unit, project), {
      copied: t('detail.summaryCopied'),
      failure: (error) => (error instanceof Error ? error.message : String(error)),
    });

  const price = formatPrice(unit);
  // Only a hold says when it ends; a date that does not parse is left out, not shown as NaN.
  const holdEnd =
    unit.status === 'on-hold' && unit.holdExpiresAt ? Date.parse(unit.holdExpiresAt) : NaN;
  // The project and the price lead the detail, above these.
  const facts: [string, string | null][] = [
    [t('detail.floor'), unit.floorName],
    [t('detail.bedrooms'), formatBedrooms(unit)],
    [t('detail.bathrooms'), formatBathrooms(unit.bathrooms)],
    [t('detail.area'), formatArea(unit.area, project?.areaUnit ?? 'sqft')],
    [t('detail.model'), unit.model],
    [t('detail.type'), unit.type],
    [t('detail.orientation'), unit.orientation],
    [t('detail.parking'), unit.parking === null ? null : String(unit.parking)],
    [t('detail.delivery'), unit.deliveryDate],
    ...unit.additionalInfo.map((info): [string, string] => [info.label, info.value]),
  ];
  const links: [string, string][] = [
    ...(isWebLink(unit.layoutUrl)
      ? [[t('detail.layout'), unit.layoutUrl] as [string, string]]
      : []),
    ...(isWebLink(unit.brochureUrl)
      ? [[t('detail.brochure'), unit.brochureUrl] as [string, string]]
      : []),
    ...unit.images
      .filter(isWebLink)
      .map((url, i): [string, string] => [t('detail.image', [String(i + 1)]), url]),
  ];

  return (
    <section class="detail" aria-label={t('format.unit', [unit.number])}>
      <header class="detail-header">
        <button type="button" class="link-button" onClick={onBack}>
          {t('common.back')}
        </button>
        <h2>
          {t('format.unit', [unit.number])}
          {unit.name ? <span class="row-sub"> {unit.name}</span> : null}
        </h2>
        {watching ? (
          <WatchStar
            on={isWatchedUnit(watching, unit.id)}
            label={t('watch.watchUnit')}
            onToggle={() => void toggleWatchedUnit(watching, unit)}
          />
        ) : null}
      </header>
      {editing ? (
        <EditUnit
          unit={saved}
          catalogUnits={props.catalogUnits}
          areaUnit={project?.areaUnit ?? 'sqft'}
          usesReserved={project?.usesReserved}
          editUnit={(edits) => props.editUnit(saved, edits)}
          onPreview={(edits) => setPreview(edits ? previewOf(edits) : null)}
          onClose={closeEditor}
        />
      ) : (
        <>
          {/* The answer first: which project, how much, whether it can be sold, until when. */}
          <div class="detail-lead">
            <dl class="facts detail-key">
              <div class="fact">
                <dt class="visually-hidden">{t('detail.project')}</dt>
                <dd class="detail-project">{project?.name ?? t('format.unknownProject')}</dd>
              </div>
              <div class="fact">
                <dt class="visually-hidden">
                  {unit.rental ? t('detail.rent') : t('detail.price')}
                </dt>
                <dd class="detail-price">{price}</dd>
              </div>
            </dl>
            <StatusPill unit={unit} />
          </div>
          {Number.isNaN(holdEnd) ? null : <p class="hold-end">{formatHoldEnd(holdEnd, now)}</p>}
          <div class="actions">
            <button type="button" onClick={copySummary}>
              {t('detail.copySummary')}
            </button>
            {viewOnly ? null : (
              <button
                type="button"
                class="secondary"
                ref={editButton}
                disabled={offline !== null}
                title={offline ?? undefined}
                onClick={() => setEditing(true)}
              >
                {t('edit.edit')}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              disabled={!viewerUrl}
              onClick={() => viewerUrl && onOpenLink(viewerUrl)}
            >
              {t('detail.openInPlanpoint')}
            </button>
          </div>
          <CopyNotice copied={copied} />
          {viewOnly ? (
            <p class="muted">
              {saved.commercialSpace ? t('detail.commercialSpace') : t('detail.viewOnly')}
            </p>
          ) : offline ? (
            <p class="muted writes-offline">{offline}</p>
          ) : null}
          <StatusActions
            unit={unit}
            usesReserved={project?.usesReserved}
            viewOnly={viewOnly}
            onPreview={previewStatus}
            setStatus={(status) => setStatus(saved, status)}
          />
          <FloorPlan unit={unit} onOpen={onOpenLink} />
          <dl class="facts">
            {facts
              .filter((fact): fact is [string, string] => Boolean(fact[1]) && fact[1] !== '—')
              .map(([label, value]) => (
                <div key={label} class="fact">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {unit.description ? <p class="description">{unit.description}</p> : null}
          {links.length > 0 ? (
            <ul class="links">
              {links.map(([label, url]) => (
                <li key={url}>
                  <button
                    type="button"
                    class="link-button"
                    title={url}
                    onClick={() => onOpenLink(url)}
                  >
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <SimilarUnits
            units={similarAvailable(props.catalogUnits, saved)}
            onOpen={props.onOpenUnit}
          />
          <DeleteUnit
            unit={saved}
            projectName={project?.name ?? null}
            viewOnly={viewOnly}
            deleteUnit={() => deleteUnit(saved)}
            onDeleted={onBack}
          />
        </>
      )}
    </section>
  );
}
