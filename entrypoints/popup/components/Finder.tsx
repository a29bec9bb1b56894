import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Catalog, Project, Unit } from '@/lib/catalog/model';
import type { CatalogHead, StatusCounts } from '@/lib/catalog/packed';
import type { SyncState } from '@/lib/catalog/sync-state';
import type { SettableStatus } from '@/lib/catalog/settable-status';
import type { Outcome } from '@/lib/messages';
import { buildSearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { unitSummary } from '@/lib/format';
import { t } from '@/lib/i18n';
import { ProjectRow } from './ProjectRow';
import { QueryChips } from './QueryChips';
import { useRememberedQuery } from './use-remembered-query';
import { SyncStatus } from './SyncStatus';
import { UnitDetail } from './UnitDetail';
import { UnitRow } from './UnitRow';

interface Props {
  /** The stored catalog without its units: the project list, counts and freshness. */
  head: CatalogHead | null;
  /** The whole catalog for search and details; null while its units load after first paint. */
  catalog: Catalog | null;
  sync: SyncState | null;
  onRefresh: () => void;
  onOpenLink: (url: string) => void;
  onOpenSettings: () => void;
  setStatus: (unit: Unit, status: SettableStatus) => Promise<Outcome<object>>;
  /** Text to search at once (from the address bar or the right-click menu). */
  initialQuery: string | null;
  /** A unit to show at once (picked from the address bar's suggestions). */
  initialUnitId: string | null;
}

/** The popup's main view: search field, freshness line, results, and a unit's detail. */
export function Finder(props: Props) {
  const { head, catalog, sync, onRefresh, onOpenLink, onOpenSettings, setStatus } = props;
  const { query, setQuery } = useRememberedQuery(props.initialQuery);
  // The selected row belongs to the query it was chosen in: a new query starts at the first row
  // in the same render, so an arrow key pressed right after typing is never undone by a reset.
  const [selection, setSelection] = useState({ query: '', index: 0 });
  const active = selection.query === query ? selection.index : 0;
  const setActive = (next: (index: number) => number) =>
    setSelection((current) => ({
      query,
      index: next(current.query === query ? current.index : 0),
    }));
  const [openUnit, setOpenUnit] = useState<Unit | null>(null);
  const [pendingUnitId, setPendingUnitId] = useState(props.initialUnitId);
  // The "Copied unit …" line belongs to the row and query it was copied from, so it disappears
  // when either changes without an effect to clear it: an effect runs after paint (late in a
  // background tab) and could wipe the notice of a copy made in the meantime.
  const [copied, setCopied] = useState<{ query: string; unitId: string; text: string } | null>(
    null,
  );
  const input = useRef<HTMLInputElement>(null);
  const now = useNow();

  const index = useMemo(() => (catalog ? buildSearchIndex(catalog) : null), [catalog]);
  const projectsById = useMemo(() => new Map((head?.projects ?? []).map((p) => [p.id, p])), [head]);
  const counts = head?.statusCounts ?? {};
  const result = useMemo(
    () => (index && query.trim() ? searchCatalog(index, query) : null),
    [index, query],
  );

  // Marks read by the benchmark (scripts/bench.ts), set once the list is in the document: the
  // first list that answers the search field from catalog data (and the frame that painted it),
  // the search index ready, and every result list after.
  useLayoutEffect(() => {
    if (index) markOnce('search-ready');
    if (head && (!query.trim() || result) && markOnce('first-results')) {
      requestAnimationFrame(() => setTimeout(() => markOnce('first-results-painted')));
    }
    performance.mark('results-shown');
  }, [head, index, result]);

  useEffect(() => {
    if (!openUnit) input.current?.focus();
  }, [openUnit]);
  // Keep an open detail current when a refresh brings new data for that unit, and open the
  // unit the page was asked to show once the catalog is there.
  useEffect(() => {
    if (!catalog) return;
    if (pendingUnitId) {
      setOpenUnit(catalog.units.find((u) => u.id === pendingUnitId) ?? null);
      setPendingUnitId(null);
    } else if (openUnit) {
      setOpenUnit(catalog.units.find((u) => u.id === openUnit.id) ?? openUnit);
    }
  }, [catalog]);

  if (openUnit) {
    return (
      <UnitDetail
        unit={openUnit}
        project={projectsById.get(openUnit.projectId)}
        onBack={() => setOpenUnit(null)}
        onOpenLink={onOpenLink}
        setStatus={setStatus}
      />
    );
  }

  const units = result?.units ?? [];
  const copiedNotice =
    copied && copied.query === query && copied.unitId === units[active]?.id ? copied.text : null;
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, units.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && units[active]) {
      event.preventDefault();
      setOpenUnit(units[active]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'c' && (event.ctrlKey || event.metaKey) && units[active]) {
      // Copy the selected result's summary, unless the agent selected text in the field.
      const field = event.currentTarget as HTMLInputElement;
      if (field.selectionStart !== field.selectionEnd) return;
      event.preventDefault();
      const unit = units[active];
      const noticeFor = (text: string) => setCopied({ query, unitId: unit.id, text });
      void navigator.clipboard.writeText(unitSummary(unit, projectsById.get(unit.projectId))).then(
        () => noticeFor(t('popup.copiedUnit', [unit.number])),
        (error: unknown) => noticeFor(t('popup.copyFailed', [String(error)])),
      );
    }
  }

  return (
    <div class="finder">
      <header class="finder-header">
        <label class="visually-hidden" for="search-field">
          {t('popup.searchLabel')}
        </label>
        <input
          id="search-field"
          ref={input}
          type="search"
          autoFocus
          autocomplete="off"
          spellcheck={false}
          placeholder={t('popup.searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          list={undefined}
          aria-expanded={units.length > 0}
          aria-controls="results"
          aria-activedescendant={units[active] ? `unit-${units[active].id}` : undefined}
        />
        <button
          type="button"
          onClick={onRefresh}
          disabled={sync?.running}
          title={t('popup.refreshTitle')}
        >
          {t('common.refresh')}
        </button>
        <button
          type="button"
          class="link-button"
          onClick={onOpenSettings}
          title={t('common.settings')}
        >
          {t('common.settings')}
        </button>
      </header>
      <SyncStatus catalog={head} sync={sync} now={now} onOpenSettings={onOpenSettings} />
      {result ? <QueryChips query={result.query} onChange={setQuery} /> : null}
      {!head ? (
        <EmptyCatalog sync={sync} />
      ) : query.trim() && !result ? (
        <p class="muted result-count" role="status">
          {t('common.loading')}
        </p>
      ) : result ? (
        <>
          <p class="muted result-count" role="status">
            {copiedNotice ?? describeCount(result.totalUnits, units.length)}
          </p>
          {result.projects.length > 0 ? (
            <ul class="list" aria-label={t('popup.matchingProjects')}>
              {result.projects.slice(0, 3).map((project) => (
                <ProjectRow
                  key={project.id}
                  project={project}
                  counts={counts[project.id] ?? {}}
                  onOpen={(p) => setQuery(p.name)}
                />
              ))}
            </ul>
          ) : null}
          <ul id="results" class="list" role="listbox" aria-label={t('popup.units')}>
            {units.map((unit, i) => (
              <UnitRow
                key={unit.id}
                id={`unit-${unit.id}`}
                unit={unit}
                project={projectsById.get(unit.projectId)}
                selected={i === active}
                onOpen={setOpenUnit}
              />
            ))}
          </ul>
        </>
      ) : (
        <ProjectList projects={head.projects} counts={counts} onOpen={(p) => setQuery(p.name)} />
      )}
    </div>
  );
}

/** Project rows drawn at first: more than the popup shows (about ten); the rest as it scrolls. */
const FIRST_PROJECT_ROWS = 20;
const MORE_PROJECT_ROWS = 60;

function ProjectList(props: {
  projects: Project[];
  counts: StatusCounts;
  onOpen: (project: Project) => void;
}) {
  const [shown, setShown] = useState(FIRST_PROJECT_ROWS);
  const end = useRef<HTMLLIElement>(null);
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
    <ul class="list" aria-label={t('popup.projects')}>
      {props.projects.slice(0, shown).map((project) => (
        <ProjectRow
          key={project.id}
          project={project}
          counts={props.counts[project.id] ?? {}}
          onOpen={props.onOpen}
        />
      ))}
      {shown < props.projects.length ? <li ref={end} class="list-end" aria-hidden="true" /> : null}
    </ul>
  );
}

function EmptyCatalog({ sync }: { sync: SyncState | null }) {
  if (sync?.lastError) return null; // SyncStatus already says what went wrong.
  return <p class="empty">{t('popup.loadingProjects')}</p>;
}

function describeCount(total: number, shown: number): string {
  if (total === 0) return t('popup.noMatch');
  return shown < total
    ? t('popup.countLimited', [String(total), String(shown)])
    : t('popup.count', total);
}

/** Sets a performance mark unless it is already set; true when it set it. */
function markOnce(name: string): boolean {
  if (performance.getEntriesByName(name).length > 0) return false;
  performance.mark(name);
  return true;
}

/** The current time, ticking each minute so "Updated 3 min ago" stays true while open. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
