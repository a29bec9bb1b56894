import { useEffect, useState } from 'preact/hooks';
import type { Lead } from '@/lib/catalog/leads';
import type { Project, Unit } from '@/lib/catalog/model';
import { formatAge } from '@/lib/format';
import { t } from '@/lib/i18n';
import { useEscape } from './use-escape';
import { leadsSeenAt, leadsSnapshot } from '@/lib/settings';
import { useStorageItem } from '@/components/use-storage-item';

interface Props {
  projectsById: ReadonlyMap<string, Project>;
  unitsById: ReadonlyMap<string, Unit>;
  now: number;
  onOpenUnit: (unit: Unit) => void;
  onBack: () => void;
}

/**
 * Who asked about what, newest first across every project. Leads that came after the agent last
 * opened this view are marked new; opening it marks them seen (for the next time).
 */
export function LeadsView({ projectsById, unitsById, now, onOpenUnit, onBack }: Props) {
  // Read here, when the view opens: the popup's open path reads only the head's count.
  const snapshot = useStorageItem(leadsSnapshot);
  // When the agent looked before this visit: what came after it is new during this visit.
  const [seenBefore, setSeenBefore] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    void leadsSeenAt.getValue().then((seen) => {
      setSeenBefore(seen);
      void leadsSeenAt.setValue(Date.now());
    });
  }, []);
  // Escape goes back to the results (the popup would otherwise close).
  useEscape(onBack);

  const leads = snapshot?.leads ?? [];
  const isNew = (lead: Lead) =>
    seenBefore !== undefined && (seenBefore === null || (lead.createdAt ?? 0) > seenBefore);
  return (
    <section class="leads" aria-label={t('leads.title')}>
      <header class="detail-header">
        <button type="button" class="link-button" onClick={onBack}>
          {t('common.back')}
        </button>
        <h2>{t('leads.title')}</h2>
      </header>
      {snapshot === undefined ? (
        <p class="muted">{t('common.loading')}</p>
      ) : leads.length === 0 ? (
        <p class="muted">{t('leads.none')}</p>
      ) : null}
      <ul class="lead-list">
        {leads.map((lead) => {
          const unit = lead.unitId ? unitsById.get(lead.unitId) : undefined;
          return (
            <li key={lead.id} class="lead">
              <div class="lead-line">
                <strong>{lead.name ?? t('leads.noName')}</strong>
                {isNew(lead) ? <span class="lead-new">{t('leads.new')}</span> : null}
                <span class="muted lead-age">
                  {lead.createdAt === null ? '' : formatAge(lead.createdAt, now)}
                </span>
              </div>
              <div class="lead-line muted">
                {projectsById.get(lead.projectId)?.name ?? t('format.unknownProject')}
                {unit ? (
                  <button type="button" class="link-button" onClick={() => onOpenUnit(unit)}>
                    {t('format.unit', [unit.number])}
                  </button>
                ) : null}
              </div>
              {lead.message ? <p class="lead-message">{lead.message}</p> : null}
              <div class="lead-line">
                {lead.email && EMAIL.test(lead.email) ? (
                  <a href={`mailto:${lead.email}`}>{lead.email}</a>
                ) : null}
                {lead.phone && PHONE.test(lead.phone) ? (
                  <a href={`tel:${lead.phone.replace(/[^\d+]/g, '')}`}>{lead.phone}</a>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// Only addresses that look like one become links: API text never turns into another scheme.
const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;
const PHONE = /^\+?[\d\s().-]{6,}$/;
