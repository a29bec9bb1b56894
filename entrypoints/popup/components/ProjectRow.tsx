import { AVAILABILITIES, type Availability, type Project } from '@/lib/catalog/model';
import { statusName } from '@/lib/format';
import { t } from '@/lib/i18n';
import type { ChangeTally } from '@/lib/catalog/changes';
import { tallyLine } from '@/lib/change-text';

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

/** A project with its unit counts by status ("24 Available · 3 On hold · 12 Sold"). */
export function ProjectRow({ project, counts, changes, onOpen, onAddUnit, onEdit }: Props) {
  const total = AVAILABILITIES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const changed = tallyLine(changes);
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
        {changed ? (
          <span class="row-sub recent-changes">{t('changes.lastDay', [changed])}</span>
        ) : null}
      </button>
      {onAddUnit ? (
        <button
          type="button"
          class="secondary add-unit"
          aria-label={t('edit.addUnitTo', [project.name])}
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
          onClick={() => onEdit(project)}
        >
          {t('projects.edit')}
        </button>
      ) : null}
    </li>
  );
}
