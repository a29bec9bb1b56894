import { AVAILABILITIES, type Availability, type Project } from '@/lib/catalog/model';
import { statusName } from '@/lib/format';
import { t } from '@/lib/i18n';
import type { ChangeTally } from '@/lib/catalog/changes';
import { tallyLine } from '@/lib/change-text';
import { useWritesOffline } from './writes-offline';

interface Props {
  project: Project;
  counts: Partial<Record<Availability, number>>;
  /** What the last day's syncs changed in the project, when anything did. */
  changes?: ChangeTally;
  onOpen: (project: Project) => void;
  /** Absent where units cannot be added (the token may only view this project). */
  onAddUnit?: (project: Project) => void;
  /** Absent, like onAddUnit, where the token may only view the project. */
  onEdit?: (project: Project) => void;
}

/**
 * What an agent reads at a glance: how many units are available, in words, and the rest as a
 * thin bar whose parts are the other availabilities (named for screen readers and on hover).
 */
function AvailabilityLine({ counts, total }: { counts: Props['counts']; total: number }) {
  const present = AVAILABILITIES.filter((status) => counts[status]);
  const breakdown = present.map((status) => `${counts[status]} ${statusName(status)}`).join(', ');
  return (
    <span class="counts">
      <strong class="available-count">{t('projects.availableCount', counts.available ?? 0)}</strong>
      {total > 0 ? (
        <span class="status-bar" role="img" aria-label={breakdown} title={breakdown}>
          {present.map((status) => (
            <span
              key={status}
              class={`status-part part-${status}`}
              style={{ flexGrow: counts[status] }}
            />
          ))}
        </span>
      ) : null}
    </span>
  );
}

/** A project: its name, city and size, and its availability at a glance. */
export function ProjectRow({ project, counts, changes, onOpen, onAddUnit, onEdit }: Props) {
  const total = AVAILABILITIES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const changed = tallyLine(changes);
  // Offline: shown disabled, the reason on their title (the list's tools say it in words).
  const offline = useWritesOffline();
  return (
    <li class="row project-row">
      <button type="button" class="project-button" onClick={() => onOpen(project)}>
        <span class="project-name">{project.name}</span>
        <span class="row-sub">
          {[project.city, t('popup.unitCount', total)].filter(Boolean).join(' · ')}
        </span>
        <AvailabilityLine counts={counts} total={total} />
        {changed ? (
          <span class="row-sub recent-changes">{t('changes.lastDay', [changed])}</span>
        ) : null}
      </button>
      {onAddUnit ? (
        <button
          type="button"
          class="secondary add-unit"
          aria-label={t('edit.addUnitTo', [project.name])}
          disabled={offline !== null}
          title={offline ?? undefined}
          onClick={() => onAddUnit(project)}
        >
          {t('edit.addUnit')}
        </button>
      ) : null}
      {onEdit ? (
        <button
          type="button"
          class="secondary add-unit"
          aria-label={t('projects.editProject', [project.name])}
          disabled={offline !== null}
          title={offline ?? undefined}
          onClick={() => onEdit(project)}
        >
          {t('projects.edit')}
        </button>
      ) : null}
    </li>
  );
}
