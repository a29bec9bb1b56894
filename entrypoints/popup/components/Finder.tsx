import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AVAILABILITIES, type Catalog, type Project, type Unit } from '@/lib/catalog/model';
import type { CatalogHead } from '@/lib/catalog/packed';
import type { ChangeTally } from '@/lib/catalog/changes';
import type { SyncState } from '@/lib/catalog/sync-state';
import type { SettableStatus } from '@/lib/catalog/settable-status';
import type { UnitEdits } from '@/lib/catalog/editable-fields';
import type { BulkResult, NewUnitFloor, Outcome } from '@/lib/messages';
import type { BulkChange } from '@/lib/catalog/bulk-change';
import { unitSummary } from '@/lib/format';
import { t } from '@/lib/i18n';
import { useStorageItem } from '@/components/use-storage-item';
import { viewOnlyProjects } from '@/lib/settings';
import { GearIcon, RefreshIcon } from './icons';
import { sameSearch } from '@/lib/catalog/watched';
import { useLazyView } from './use-lazy-view';
import { focusButtonLater, focusLater } from './focus-later';
import { useWatched } from './use-watched';
import { toggleWatchedSearch } from './watch-actions';
import { WatchStar } from './WatchStar';
import { useSearchResults } from './use-search-results';
import { AddUnit } from './AddUnit';
import { BulkActions } from './BulkActions';
import { buildShortlist } from '@/lib/shortlist';
import { useSelection } from './use-selection';
import { ProjectForm, type ProjectWrites } from './ProjectForm';
import { ProjectList } from './ProjectList';
import { QueryChips } from './QueryChips';
import { namedUnit } from '@/lib/search/named-unit';
import { deadEndOf } from '@/lib/search/dead-end';
import { resultRowId, SearchResults } from './SearchResults';
import { SyncStatus } from './SyncStatus';
import { UnitDetail } from './UnitDetail';
import { useActiveRow } from './use-active-row';
import { useBenchMarks } from './use-bench-marks';
import { useClipboardCopy } from './use-clipboard-copy';
import { useClock } from './use-clock';
import { useOpenUnit } from './use-open-unit';
import { useRememberedQuery } from './use-remembered-query';

const NO_UNITS: readonly Unit[] = [];
/** Results drawn at first, and added by each "Show more". */
const RESULTS_PAGE = 50;
const NO_PROJECTS: readonly string[] = [];
const NO_CHANGES: Record<string, ChangeTally> = {};

interface Props {
  /** The stored catalog without its units: the project list, counts and freshness. */
  head: CatalogHead | null;
  /** The whole catalog for details and forms; null while its units load after first paint. */
  catalog: Catalog | null;
  /** The catalog to search: the same units, there before their details are (useFullCatalog). */
  searchable: Catalog | null;
  sync: SyncState | null;
  onRefresh: () => void;
  onOpenLink: (url: string) => void;
  onOpenSettings: () => void;
  setStatus: (unit: Unit, status: SettableStatus) => Promise<Outcome<object>>;
  deleteUnit: (unit: Unit) => Promise<Outcome<object>>;
  editUnit: (unit: Unit, edits: UnitEdits) => Promise<Outcome<object>>;
  projectWrites: ProjectWrites;
  bulkUpdate: (unitIds: string[], change: BulkChange) => Promise<Outcome<BulkResult>>;
  createUnit: (
    project: Project,
    floor: NewUnitFloor,
    fields: UnitEdits & { number: string },
  ) => Promise<Outcome<{ unit: Unit }>>;
  /** Text to search at once (from the address bar or the right-click menu). */
  initialQuery: string | null;
  /** A unit to show at once (picked from the address bar's suggestions). */
  initialUnitId: string | null;
}

/** The popup's main view: search field, freshness line, results, and a unit's detail. */
export function Finder(props: Props) {
  const { head, catalog, sync, onRefresh, onOpenLink, onOpenSettings } = props;
  const { query, setQuery } = useRememberedQuery(props.initialQuery);
  const [openUnit, setOpenUnit] = useOpenUnit(catalog, props.initialUnitId);
  // The "Copied unit …" line belongs to the row and query it was copied from, so it disappears
  // when either changes without an effect to clear it: an effect runs after paint (late in a
  // background tab) and could wipe the notice of a copy made in the meantime.
  const [copied, copy] = useClipboardCopy<{ query: string; unitId: string }>();
  const input = useRef<HTMLInputElement>(null);
  // Its name carries the count of new leads, which changes as the view is seen: found by ref.
  const leadsButton = useRef<HTMLButtonElement>(null);
  const now = useClock();
  const viewOnly = useStorageItem(viewOnlyProjects) ?? NO_PROJECTS;
  const [addingTo, setAddingTo] = useState<Project | null>(null);
  const selection = useSelection();
  const changes = useLazyView(() => import('./ChangesView').then((m) => m.ChangesView));
  const leadsView = useLazyView(() => import('./LeadsView').then((m) => m.LeadsView));
  const holdsView = useLazyView(() => import('./HoldsView').then((m) => m.HoldsView));
  const leadsOpen = leadsView.view !== null;
  // Read only once there is a search to star: opening the popup reads nothing more.
  const watching = useWatched(query.trim() !== '');
  // Counted by the background into the head this popup reads anyway: the leads themselves are
  // read only when the Leads view opens.
  const newLeads = head?.newLeads ?? 0;
  // Units by id, for the leads' "Unit 1204" links: built only while the Leads view is open.
  const unitsById = useMemo(
    () => new Map(leadsOpen ? (catalog?.units ?? NO_UNITS).map((u) => [u.id, u]) : []),
    [catalog, leadsOpen],
  );
  // The project form: a project to edit, or null for a new one; undefined when closed.
  const [projectForm, setProjectForm] = useState<Project | null | undefined>(undefined);

  // "Show more" raises how many results are drawn, for this query only: a new query starts over.
  const [more, setMore] = useState({ query: '', limit: RESULTS_PAGE });
  const limit = more.query === query ? more.limit : RESULTS_PAGE;
  const [index, result] = useSearchResults(props.searchable, query, limit);
  const projectsById = useMemo(() => new Map((head?.projects ?? []).map((p) => [p.id, p])), [head]);
  const counts = head?.statusCounts ?? {};
  const units = result?.units ?? [];
  const { active, next, previous } = useActiveRow(query, units.length);
  useBenchMarks(head, index, result, query);

  useEffect(() => {
    if (!openUnit) input.current?.focus();
  }, [openUnit]);

  if (projectForm !== undefined && !openUnit) {
    const unitCount = projectForm
      ? AVAILABILITIES.reduce((sum, status) => sum + (counts[projectForm.id]?.[status] ?? 0), 0)
      : 0;
    return (
      <ProjectForm
        project={projectForm}
        unitCount={unitCount}
        writes={props.projectWrites}
        onDone={() => {
          setProjectForm(undefined);
          focusButtonLater(
            projectForm ? t('projects.editProject', [projectForm.name]) : t('projects.newProject'),
          );
        }}
      />
    );
  }

  if (addingTo && !openUnit) {
    return (
      <AddUnit
        project={addingTo}
        catalogUnits={catalog?.units ?? NO_UNITS}
        createUnit={(floor, fields) => props.createUnit(addingTo, floor, fields)}
        onCreated={(unit) => {
          setAddingTo(null);
          setOpenUnit(unit);
        }}
        onCancel={() => {
          setAddingTo(null);
          focusButtonLater(t('edit.addUnitTo', [addingTo.name]));
        }}
      />
    );
  }

  if (openUnit && !catalog) {
    // Opened in the moment between its row and its details being read (a split second).
    return <p class="empty">{t('common.loading')}</p>;
  }

  if (openUnit) {
    return (
      <UnitDetail
        unit={openUnit}
        project={projectsById.get(openUnit.projectId)}
        onBack={() => setOpenUnit(null)}
        onOpenLink={onOpenLink}
        setStatus={props.setStatus}
        deleteUnit={props.deleteUnit}
        editUnit={props.editUnit}
        catalogUnits={catalog?.units ?? NO_UNITS}
        viewOnly={viewOnly.includes(openUnit.projectId)}
        onOpenUnit={setOpenUnit}
      />
    );
  }

  /** The selected units, in the order the agent picked them. */
  const selectedUnits = () => {
    const byId = new Map<string, Unit>();
    for (const unit of catalog?.units ?? NO_UNITS) {
      if (selection.selected.has(unit.id)) byId.set(unit.id, unit);
    }
    return [...selection.selected].flatMap((id) => byId.get(id) ?? []);
  };
  if (changes.view) {
    const ChangesView = changes.view;
    return (
      <ChangesView
        catalog={catalog}
        projectsById={projectsById}
        now={now}
        onOpenUnit={setOpenUnit}
        onOpenSearch={(text) => {
          changes.close();
          setQuery(text);
        }}
        onBack={() => {
          changes.close();
          focusButtonLater(t('changes.button'));
        }}
      />
    );
  }
  if (holdsView.view) {
    const HoldsView = holdsView.view;
    return (
      <HoldsView
        catalog={catalog}
        projectsById={projectsById}
        now={now}
        onOpenUnit={setOpenUnit}
        onBack={() => {
          holdsView.close();
          focusButtonLater(t('holds.button'));
        }}
      />
    );
  }
  if (leadsView.view) {
    const LeadsView = leadsView.view;
    return (
      <LeadsView
        projectsById={projectsById}
        unitsById={unitsById}
        now={now}
        onOpenUnit={setOpenUnit}
        onBack={() => {
          leadsView.close();
          focusLater(() => leadsButton.current);
        }}
      />
    );
  }

  const copiedNotice =
    copied && copied.of.query === query && copied.of.unitId === units[active]?.id
      ? copied.text
      : null;
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      next();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      previous();
    } else if (event.key === 'Enter' && units[active]) {
      event.preventDefault();
      setOpenUnit(units[active]);
    } else if (
      event.key === ' ' &&
      units[active] &&
      (event.ctrlKey || selection.selected.size > 0)
    ) {
      // Space picks the active row once a selection has begun (Ctrl+Space begins one); before
      // that it types a space, as a search needs.
      event.preventDefault();
      selection.toggle(units[active], units);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'c' && (event.ctrlKey || event.metaKey) && units[active]) {
      // Copy the selected result's summary, unless the agent selected text in the field.
      const field = event.currentTarget as HTMLInputElement;
      if (field.selectionStart !== field.selectionEnd) return;
      event.preventDefault();
      const unit = units[active];
      void copy(
        unitSummary(unit, projectsById.get(unit.projectId)),
        { copied: t('popup.copiedUnit', [unit.number]), failure: String },
        { query, unitId: unit.id },
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
          aria-activedescendant={units[active] ? resultRowId(units[active]) : undefined}
        />
        {watching && query.trim() ? (
          <WatchStar
            on={watching.searches.some((s) => sameSearch(s, query))}
            label={t('watch.watchSearch')}
            onToggle={() => void toggleWatchedSearch(watching, query)}
          />
        ) : null}
        {/* Quiet chrome: the sync runs by itself, so Refresh is an icon that turns while it does. */}
        <button
          type="button"
          class={sync?.running ? 'icon-button spinning' : 'icon-button'}
          onClick={onRefresh}
          disabled={sync?.running}
          aria-label={t('common.refresh')}
          title={t('popup.refreshTitle')}
        >
          <RefreshIcon />
        </button>
        <button
          type="button"
          class="link-button"
          ref={leadsButton}
          onClick={leadsView.open}
          aria-label={newLeads > 0 ? t('leads.buttonNew', [String(newLeads)]) : t('leads.button')}
        >
          {t('leads.button')}
          {newLeads > 0 ? (
            <>
              {' '}
              <span class="lead-count">{newLeads}</span>
            </>
          ) : null}
        </button>
        <button
          type="button"
          class="link-button"
          onClick={changes.open}
          aria-label={t('changes.button')}
        >
          {t('changes.button')}
        </button>
        <button
          type="button"
          class="icon-button"
          onClick={onOpenSettings}
          aria-label={t('common.settings')}
          title={t('common.settings')}
        >
          <GearIcon />
        </button>
      </header>
      <SyncStatus
        catalog={head}
        sync={sync}
        now={now}
        onOpenSettings={onOpenSettings}
        onRetry={onRefresh}
      />
      {[changes.failure, leadsView.failure, holdsView.failure].map((failure) =>
        failure ? (
          <p key={failure} role="alert" class="error">
            {t('popup.viewLoadFailed', [failure])}
          </p>
        ) : null,
      )}
      {/* Chips are for broad searches: one that names a unit shows just the unit. */}
      {result && !namedUnit(result) ? (
        <QueryChips query={result.query} onChange={setQuery} />
      ) : null}
      {!head ? (
        <EmptyCatalog sync={sync} />
      ) : query.trim() && !result ? (
        <p class="muted result-count" role="status">
          {t('common.loading')}
        </p>
      ) : result ? (
        <>
          <BulkActions
            count={selection.selected.size}
            shownCount={units.length}
            unselectedShown={units.filter((u) => !selection.selected.has(u.id)).length}
            onSelectAll={() => selection.selectAll(units)}
            onClear={selection.clear}
            apply={(change) => props.bulkUpdate([...selection.selected], change)}
            shortlist={() => buildShortlist(selectedUnits(), projectsById)}
          />
          <SearchResults
            checked={selection.selected}
            onCheck={(unit, range) => selection.toggle(unit, units, range)}
            result={result}
            active={active}
            notice={copiedNotice}
            counts={counts}
            recentChanges={head?.recentChanges ?? NO_CHANGES}
            projectsById={projectsById}
            onOpenProject={(p) => setQuery(p.name)}
            onAddUnit={setAddingTo}
            onEditProject={setProjectForm}
            viewOnly={viewOnly}
            onOpenUnit={setOpenUnit}
            deadEnd={index ? deadEndOf(index, result) : null}
            onShowMore={() => setMore({ query, limit: limit + RESULTS_PAGE })}
            onQuery={setQuery}
          />
        </>
      ) : (
        <ProjectList
          onNewProject={() => setProjectForm(null)}
          onOpenHolds={holdsView.open}
          projects={head.projects}
          counts={counts}
          recentChanges={head.recentChanges ?? NO_CHANGES}
          onOpen={(p) => setQuery(p.name)}
          onAddUnit={setAddingTo}
          onEditProject={setProjectForm}
          viewOnly={viewOnly}
        />
      )}
    </div>
  );
}

function EmptyCatalog({ sync }: { sync: SyncState | null }) {
  if (sync?.lastError) return null; // SyncStatus already says what went wrong.
  return <p class="empty">{t('popup.loadingProjects')}</p>;
}
