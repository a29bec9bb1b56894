import type { Project, Unit } from '@/lib/catalog/model';
import type { Watched } from '@/lib/catalog/watched';
import { unitTitle } from '@/lib/change-text';
import { t } from '@/lib/i18n';
import { unwatchSearch, unwatchUnit } from './watch-actions';

interface Props {
  watching: Watched | undefined;
  /** The notifications permission is granted. */
  notifying: boolean;
  unitsById: ReadonlyMap<string, Unit>;
  projectsById: ReadonlyMap<string, Project>;
  onOpenUnit: (unit: Unit) => void;
  onOpenSearch: (query: string) => void;
}

/** The starred units and searches, each opening where it leads and removable. */
export function WatchedList(props: Props) {
  const { watching, unitsById, projectsById } = props;
  if (!watching) return null;
  const empty = watching.units.length + watching.searches.length === 0;
  return (
    <section class="watched" aria-label={t('watch.title')}>
      <h3>{t('watch.title')}</h3>
      {empty ? <p class="muted">{t('watch.none')}</p> : null}
      {!empty && !props.notifying ? <p class="muted">{t('watch.notificationsOff')}</p> : null}
      <ul class="change-list">
        {watching.units.map((watchedUnit) => {
          const unit = unitsById.get(watchedUnit.id);
          const title = unitTitle(
            watchedUnit.number,
            projectsById.get(watchedUnit.projectId)?.name,
          );
          return (
            <li key={watchedUnit.id} class="change">
              {unit ? (
                <button type="button" class="link-button" onClick={() => props.onOpenUnit(unit)}>
                  {title}
                </button>
              ) : (
                <span>{title}</span>
              )}
              <button
                type="button"
                class="secondary remove-watch"
                aria-label={t('watch.removeUnit', [watchedUnit.number])}
                onClick={() => void unwatchUnit(watching, watchedUnit.id)}
              >
                {t('watch.remove')}
              </button>
            </li>
          );
        })}
        {watching.searches.map((query) => (
          <li key={query} class="change">
            <button type="button" class="link-button" onClick={() => props.onOpenSearch(query)}>
              {t('watch.searchLine', [query])}
            </button>
            <button
              type="button"
              class="secondary remove-watch"
              aria-label={t('watch.removeSearch', [query])}
              onClick={() => void unwatchSearch(watching, query)}
            >
              {t('watch.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
