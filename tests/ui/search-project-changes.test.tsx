// @vitest-environment happy-dom
// A project card in search results says what its last 24 hours changed, as the project list does.
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SearchResults } from '@/entrypoints/popup/components/SearchResults';
import { buildSearchIndex } from '@/lib/search/index';
import { searchCatalog } from '@/lib/search/search';
import { catalog, project, unit } from '../search/fixtures';

const PARKVIEW = project('p1', 'Parkview Residences', { city: 'Toronto' });
const GARDENS = project('p2', 'Parkview Gardens');
const CATALOG = catalog([PARKVIEW, GARDENS], [unit('u1', 'p1', '1204'), unit('u2', 'p2', '801')]);

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test("each project card says its last day's changes; a project without any says nothing", () => {
  const result = searchCatalog(buildSearchIndex(CATALOG), 'parkview');
  expect(result.projects.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
  render(
    <SearchResults
      result={result}
      active={0}
      notice={null}
      counts={{}}
      recentChanges={{ p1: { sold: 3, price: 2 } }}
      projectsById={new Map(CATALOG.projects.map((p) => [p.id, p]))}
      onOpenProject={() => {}}
      onAddUnit={() => {}}
      onEditProject={() => {}}
      viewOnly={[]}
      onOpenUnit={() => {}}
      checked={new Set()}
      onCheck={() => {}}
      deadEnd={null}
      onQuery={() => {}}
      onShowMore={() => {}}
    />,
    root,
  );
  const cards = [...root.querySelectorAll('.project-row')];
  const lineOf = (name: string) =>
    cards
      .find((card) => card.querySelector('.project-name')?.textContent === name)
      ?.querySelector('.recent-changes')?.textContent ?? null;
  expect(lineOf('Parkview Residences')).toBe('Last 24 h: 3 sold, 2 prices changed');
  expect(lineOf('Parkview Gardens')).toBeNull();
});
