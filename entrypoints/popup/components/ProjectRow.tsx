import { AVAILABILITIES, type Availability, type Project } from '@/lib/catalog/model';
import { statusName } from '@/lib/format';
import { t } from '@/lib/i18n';
import { useWritesOffline } from './writes-offline';

interface Props {
  project: Project;
  counts: Partial<Record<Availability, number>>;
  onOpen: (project: Project) => void;
  /** Absent where units cannot be added (the token may only view this project). */
  onAddUnit?: (project: Project) => void;
  /** Absent, like onAddUnit, where the token may only view the project. */
  onEdit?: (project: Project) => void;
}

/** A project with its unit counts by status ("24 Available · 3 On hold · 12 Sold"). */
export function ProjectRow({ project, counts, onOpen, onAddUnit, onEdit }: Props) {
  const total = AVAILABILITIES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  // Offline: shown disabled, the reason on their title (the list's tools say it in words).
  const offline = useWritesOffline();
  return (
    <li class="row project-row">
      <button type="button" class="project-button" onClick={() => onOpen(project)}>
        <span class="project-name">{project.name}</span>
        <span class="row-sub">
          {[project.city, t('popup.unitCount', total)].filter(Boolean).join(' · ')}
        </span>
        <span class="counts">
          {AVAILABILITIES.filter((status) => counts[status]).map((status) => (
            <span key={status} class={`count count-${status}`}>
              {counts[status]} {statusName(status)}
            </span>
          ))}
        </span>
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
