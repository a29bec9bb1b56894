import { useEffect, useRef, useState } from 'preact/hooks';
import type { Project } from '@/lib/catalog/model';
import type { StatusCounts } from '@/lib/catalog/packed';
import type { ChangeTally } from '@/lib/catalog/changes';
import { t } from '@/lib/i18n';
import { ProjectRow } from './ProjectRow';
import { useWritesOffline } from './writes-offline';

/** Project rows drawn at first: more than the popup shows (about ten); the rest as it scrolls. */
const FIRST_PROJECT_ROWS = 20;
const MORE_PROJECT_ROWS = 60;

/** Every project, drawn a screenful at a time as the agent scrolls. */
export function ProjectList(props: {
  projects: Project[];
  counts: StatusCounts;
  /** Per project, what the last day's syncs changed (the catalog head's recentChanges). */
  recentChanges: Record<string, ChangeTally>;
  onOpen: (project: Project) => void;
  /** Offered on every project the token may change (not in `viewOnly`). */
  onAddUnit: (project: Project) => void;
  onEditProject: (project: Project) => void;
  onNewProject: () => void;
  onOpenHolds: () => void;
  viewOnly: readonly string[];
}) {
  const [shown, setShown] = useState(FIRST_PROJECT_ROWS);
  const end = useRef<HTMLLIElement>(null);
  const offline = useWritesOffline();
  // 300 rows take a few hundred milliseconds to draw: draw the first ones, and more whenever
  // the end of the list comes within a screen of view.
  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setShown((n) => n + MORE_PROJECT_ROWS);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [shown, props.projects.length]);

  if (props.projects.length === 0) {
    return <p class="empty">{t('popup.noProjects')}</p>;
  }
  return (
    <>
      <div class="list-tools">
        <button
          type="button"
          class="link-button"
          aria-label={t('holds.button')}
          onClick={props.onOpenHolds}
        >
          {t('holds.button')}
        </button>
        <span class="muted writes-offline">{offline}</span>
        <button
          type="button"
          class="secondary add-unit"
          aria-label={t('projects.newProject')}
          disabled={offline !== null}
          onClick={props.onNewProject}
        >
          {t('projects.newProject')}
        </button>
      </div>
      <ul class="list" aria-label={t('popup.projects')}>
        {props.projects.slice(0, shown).map((project) => (
          <ProjectRow
            key={project.id}
            project={project}
            counts={props.counts[project.id] ?? {}}
            changes={props.recentChanges[project.id]}
            onOpen={props.onOpen}
            onAddUnit={props.viewOnly.includes(project.id) ? undefined : props.onAddUnit}
            onEdit={props.viewOnly.includes(project.id) ? undefined : props.onEditProject}
          />
        ))}
        {shown < props.projects.length ? (
          <li ref={end} class="list-end" aria-hidden="true" />
        ) : null}
      </ul>
    </>
  );
}
