// @vitest-environment happy-dom
// A project row at a glance: one bold "N available", and the other availabilities as one thin
// bar whose parts are sized by their counts and named for screen readers.
import { render } from 'preact';
import { expect, test } from 'vitest';
import { useUiRoot } from '../support/ui-root';
import { ProjectRow } from '@/entrypoints/popup/components/ProjectRow';
import { project } from '../search/fixtures';

const root = useUiRoot();

const parkview = project('p1', 'Parkview Residences', { city: 'Toronto' });

test('says how many are available in words, and the rest as a named bar', () => {
  render(
    <ProjectRow
      project={parkview}
      counts={{ available: 19, 'on-hold': 4, sold: 10, unavailable: 2 }}
      onOpen={() => {}}
    />,
    root(),
  );
  expect(root().querySelector('.available-count')?.textContent).toBe('19 available');
  expect(root().querySelector('.row-sub')?.textContent).toBe('Toronto · 35 units');
  const bar = root().querySelector('.status-bar')!;
  expect(bar.getAttribute('role')).toBe('img');
  expect(bar.getAttribute('aria-label')).toBe('19 Available, 4 On hold, 10 Sold, 2 Unavailable');
  const parts = [...bar.querySelectorAll<HTMLElement>('.status-part')].map((part) => [
    part.className.replace('status-part part-', ''),
    part.style.flexGrow,
  ]);
  expect(parts).toEqual([
    ['available', '19'],
    ['on-hold', '4'],
    ['sold', '10'],
    ['unavailable', '2'],
  ]);
});

test('a project without units says 0 available and draws no bar', () => {
  render(<ProjectRow project={parkview} counts={{}} onOpen={() => {}} />, root());
  expect(root().querySelector('.available-count')?.textContent).toBe('0 available');
  expect(root().querySelector('.status-bar')).toBeNull();
});
