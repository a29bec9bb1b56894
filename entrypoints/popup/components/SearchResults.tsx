import type { ChangeTally } from '@/lib/catalog/changes';
import type { Project, Unit } from '@/lib/catalog/model';
import type { StatusCounts } from '@/lib/catalog/packed';
import type { SearchResult } from '@/lib/search/search';
import { t } from '@/lib/i18n';
import { namedUnit } from '@/lib/search/named-unit';
import type { MissingUnit, NothingFound } from '@/lib/search/dead-end';
import { ProjectRow } from './ProjectRow';
import { UnitRow } from './UnitRow';

interface Props {
  result: SearchResult;
  /** The row the arrow keys have chosen. */
  active: number;
  /** How the last copy went, said by the active row while it is about that row. */
  notice: string | null;
  counts: StatusCounts;
  /** Per project, what the last day's syncs changed (the catalog head's recentChanges): the
   * project cards say it in one line, as the project list does. */
  recentChanges: Record<string, ChangeTally>;
  projectsById: Map<string, Project>;
  onOpenProject: (project: Project) => void;
  /** Offered on every project the token may change (not in `viewOnly`). */
  onAddUnit: (project: Project) => void;
  onEditProject: (project: Project) => void;
  viewOnly: readonly string[];
  onOpenUnit: (unit: Unit) => void;
  /** Units picked for a change to many at once. */
  checked: ReadonlySet<string>;
  onCheck: (unit: Unit, range: boolean) => void;
  /** What to offer when nothing was found (lib/search/dead-end.ts). */
  deadEnd: DeadEnd | null;
  /** Puts a suggested search in the search field. */
  onQuery: (query: string) => void;
  /** Draws the next results of a long list. */
  onShowMore: () => void;
}

type DeadEnd = MissingUnit | NothingFound;

/** The element id of a unit's row, which the search field names as its active descendant. */
export function resultRowId(unit: Unit): string {
  return `unit-${unit.id}`;
}

/** The answer to a search: how many units matched, the first matching projects, the units. */
export function SearchResults(props: Props) {
  const { result, active, counts, projectsById } = props;
  // A search that names one unit gets that unit, first and large, not project cards.
  const named = namedUnit(result);
  return (
    <>
      <p class="muted result-count" role="status">
        {props.deadEnd?.kind === 'missing-unit'
          ? t('popup.noSuchUnit', [props.deadEnd.project.name, props.deadEnd.number])
          : describeCount(result.totalUnits, result.units.length)}
      </p>
      {props.deadEnd ? <DeadEndHelp deadEnd={props.deadEnd} onQuery={props.onQuery} /> : null}
      {result.projects.length > 0 && !named ? (
        <ul class="list" aria-label={t('popup.matchingProjects')}>
          {result.projects.slice(0, 3).map((project) => (
            <ProjectRow
              key={project.id}
              project={project}
              counts={counts[project.id] ?? {}}
              changes={props.recentChanges[project.id]}
              onOpen={props.onOpenProject}
              onAddUnit={props.viewOnly.includes(project.id) ? undefined : props.onAddUnit}
              onEdit={props.viewOnly.includes(project.id) ? undefined : props.onEditProject}
            />
          ))}
        </ul>
      ) : null}
      <ul id="results" class="list" role="listbox" aria-label={t('popup.units')}>
        {result.units.map((unit, i) => (
          <UnitRow
            key={unit.id}
            id={resultRowId(unit)}
            unit={unit}
            project={projectsById.get(unit.projectId)}
            selected={i === active}
            checked={props.checked.has(unit.id)}
            onCheck={props.onCheck}
            onOpen={props.onOpenUnit}
            prominent={named === unit}
            notice={i === active ? props.notice : null}
          />
        ))}
      </ul>
      {result.units.length < result.totalUnits ? (
        <div class="list-more">
          <span class="muted">
            {t('popup.shownOf', [
              result.units.length.toLocaleString(),
              result.totalUnits.toLocaleString(),
            ])}
          </span>
          <button type="button" class="secondary" onClick={props.onShowMore}>
            {t('popup.showMore')}
          </button>
        </div>
      ) : null}
      {result.units.length > 0 ? <KeyHints /> : null}
    </>
  );
}

/** The keys the results answer to, kept in view at the foot of the popup. */
function KeyHints() {
  const hints: [string, string][] = [
    ['↵', t('popup.hintOpen')],
    [t('popup.keyCopy'), t('popup.hintCopy')],
    [t('popup.keySelect'), t('popup.hintSelect')],
    [t('popup.keyBack'), t('popup.hintBack')],
  ];
  return (
    <p class="key-hints">
      {hints.map(([key, what], i) => (
        <span key={key}>
          {i > 0 ? ' · ' : null}
          <kbd>{key}</kbd> {what}
        </span>
      ))}
    </p>
  );
}

function describeCount(total: number, shown: number): string {
  if (total === 0) return t('popup.noMatch');
  return shown < total
    ? t('popup.countLimited', [String(total), String(shown)])
    : t('popup.count', total);
}

/** Where to go from a search that found nothing: the nearest units, or searches to start from. */
function DeadEndHelp({ deadEnd, onQuery }: { deadEnd: DeadEnd; onQuery: (q: string) => void }) {
  const [intro, queries] =
    deadEnd.kind === 'missing-unit'
      ? [t('popup.nearestUnits'), deadEnd.nearest.map((unit) => `${unit.number} ${deadEnd.rest}`)]
      : [
          t('popup.tryExamples'),
          [t('popup.exampleUnit'), t('popup.exampleFilters'), t('popup.exampleStatus')],
        ];
  if (queries.length === 0) return null;
  return (
    <div class="dead-end">
      <span class="muted">{intro}</span>
      {queries.map((query) => (
        <button key={query} type="button" class="chip" onClick={() => onQuery(query)}>
          {query}
        </button>
      ))}
    </div>
  );
}
