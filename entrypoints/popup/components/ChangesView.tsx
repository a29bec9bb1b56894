// Loaded only when the agent opens it (Finder imports it dynamically): the change log is read
// here, never while the popup opens.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { UnitChange } from '@/lib/catalog/changes';
import type { ChangeLog } from '@/lib/catalog/change-log';
import type { Catalog, Project, Unit } from '@/lib/catalog/model';
import { unitsFoundBy } from '@/lib/catalog/unit-search';
import { isWatchedUnit, type Watched } from '@/lib/catalog/watched';
import { changeLine, unitTitle } from '@/lib/change-text';
import { formatAge } from '@/lib/format';
import { t } from '@/lib/i18n';
import { changeLog } from '@/lib/settings';
import { useEscape } from './use-escape';
import { useWatched } from './use-watched';
import { WatchedList } from './WatchedList';

export interface ChangesViewProps {
  catalog: Catalog | null;
  projectsById: ReadonlyMap<string, Project>;
  now: number;
  onOpenUnit: (unit: Unit) => void;
  onOpenSearch: (query: string) => void;
  onBack: () => void;
}

interface Line {
  change: UnitChange;
  at: number;
}

/** The log's changes by project, the project changed most recently first, lines newest first. */
function byProject(log: ChangeLog | null): [string, Line[]][] {
  const groups = new Map<string, Line[]>();
  for (const sync of log?.syncs ?? []) {
    for (const change of sync.changes) {
      let lines = groups.get(change.projectId);
      if (!lines) groups.set(change.projectId, (lines = []));
      lines.push({ change, at: sync.at });
    }
  }
  return [...groups];
}

/** Units a watched search finds among the changed ones: their changes get the star too. */
function unitsOfWatchedSearches(
  watching: Watched | undefined,
  catalog: Catalog | null,
  log: ChangeLog | null,
): Set<string> {
  if (!watching?.searches.length || !catalog || !log) return new Set();
  const changed = new Set(log.syncs.flatMap((sync) => sync.changes.map((c) => c.unitId)));
  const units = catalog.units.filter((unit) => changed.has(unit.id));
  return new Set(watching.searches.flatMap((query) => [...unitsFoundBy(catalog, query, units)]));
}

/** What the syncs of the last 14 days changed, and what the agent watches. */
export function ChangesView(props: ChangesViewProps) {
  const { catalog, projectsById, now, onOpenUnit, onBack } = props;
  const [log, setLog] = useState<ChangeLog | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [notifying, setNotifying] = useState(true);
  const watching = useWatched(true);
  useEscape(onBack);
  useEffect(() => {
    void changeLog.getValue().then(setLog, (error) => {
      setLog(null);
      setFailure(t('changes.loadFailed', [String(error)]));
    });
    const unwatch = changeLog.watch((value) => setLog(value));
    void browser.permissions.contains({ permissions: ['notifications'] }).then(setNotifying);
    return unwatch;
  }, []);

  const unitsById = useMemo(
    () => new Map((catalog?.units ?? []).map((unit) => [unit.id, unit])),
    [catalog],
  );
  const groups = useMemo(() => byProject(log ?? null), [log]);
  const foundBySearches = useMemo(
    () => unitsOfWatchedSearches(watching, catalog, log ?? null),
    [watching, catalog, log],
  );
  const omitted = (log?.syncs ?? []).reduce((sum, sync) => sum + sync.omitted, 0);
  const starred = (unitId: string) =>
    (watching && isWatchedUnit(watching, unitId)) || foundBySearches.has(unitId);

  return (
    <section class="changes" aria-label={t('changes.title')}>
      <header class="detail-header">
        <button type="button" class="link-button" onClick={onBack}>
          {t('common.back')}
        </button>
        <h2>{t('changes.title')}</h2>
      </header>
      {failure ? <p role="alert">{failure}</p> : null}
      {log === undefined ? <p class="muted">{t('common.loading')}</p> : null}
      {log !== undefined && groups.length === 0 ? <p class="muted">{t('changes.none')}</p> : null}
      {groups.map(([projectId, lines]) => {
        const projectName = projectsById.get(projectId)?.name;
        return (
          <section key={projectId} class="change-project">
            <h3>{projectName ?? t('format.unknownProject')}</h3>
            <ul class="change-list">
              {lines.map(({ change, at }, i) => {
                const unit = unitsById.get(change.unitId);
                const title = unitTitle(change.number, projectName);
                return (
                  <li key={`${at}-${i}`} class="change">
                    {starred(change.unitId) ? (
                      <span class="watched-mark" title={t('changes.watchedMark')}>
                        ★<span class="visually-hidden"> {t('changes.watchedMark')}</span>
                      </span>
                    ) : null}
                    {unit ? (
                      <button type="button" class="link-button" onClick={() => onOpenUnit(unit)}>
                        {title}
                      </button>
                    ) : (
                      <span>{title}</span>
                    )}
                    <span class="change-what">: {changeLine(change)}</span>
                    <span class="muted change-age">{formatAge(at, now)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {omitted > 0 ? <p class="muted">{t('changes.omitted', [String(omitted)])}</p> : null}
      <WatchedList
        watching={watching}
        notifying={notifying}
        unitsById={unitsById}
        projectsById={projectsById}
        onOpenUnit={onOpenUnit}
        onOpenSearch={props.onOpenSearch}
      />
    </section>
  );
}
