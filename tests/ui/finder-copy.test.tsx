// @vitest-environment happy-dom
// Ctrl+C in the results: the "Copied unit …" line must show for the row that was copied, even
// when the copy lands before Preact runs the effects of the keystroke that changed the query (an
// effect runs after paint, which a background tab or a busy machine delays by many frames).
import { render } from 'preact';
import { beforeEach, expect, test } from 'vitest';
import { useUiRoot } from '../support/ui-root';
import { Finder } from '@/entrypoints/popup/components/Finder';
import { COPY_NOTICE_MS } from '@/entrypoints/popup/components/use-clipboard-copy';
import { readHead, packCatalog } from '@/lib/catalog/packed';
import { catalog, project, unit } from '../search/fixtures';

// Parkview has more units than the popup draws at first (50), for "Show more".
const MANY = Array.from({ length: 120 }, (_, i) => unit(`m${i}`, 'p1', String(1000 + i)));
const CATALOG = catalog(
  [project('p1', 'Parkview Residences'), project('p2', 'Le Rosemont')],
  [unit('u1', 'p1', '305'), unit('u2', 'p2', '801'), unit('u3', 'p2', '802'), ...MANY],
);

const root = useUiRoot();
let clipboardText = '';

beforeEach(() => {
  clipboardText = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        clipboardText = text;
        return Promise.resolve();
      },
    },
  });
  render(
    <Finder
      head={readHead(packCatalog(CATALOG).head)}
      catalog={CATALOG}
      searchable={CATALOG}
      sync={null}
      onRefresh={() => {}}
      onOpenLink={() => {}}
      onOpenSettings={() => {}}
      setStatus={() => Promise.resolve({ ok: true })}
      deleteUnit={() => Promise.resolve({ ok: true })}
      editUnit={() => Promise.resolve({ ok: true })}
      createUnit={() => Promise.reject(new Error('not used here'))}
      bulkUpdate={() => Promise.reject(new Error('not used here'))}
      projectWrites={{
        createProject: () => Promise.reject(new Error('not used here')),
        updateProject: () => Promise.reject(new Error('not used here')),
        deleteProject: () => Promise.reject(new Error('not used here')),
      }}
      initialQuery=""
      initialUnitId={null}
    />,
    root(),
  );
});

const field = () => root().querySelector<HTMLInputElement>('#search-field')!;
const status = () => root().querySelector('.result-count')?.textContent ?? '';
const notice = () => root().querySelector('.row-notice')?.textContent ?? null;
const rerender = () => new Promise((resolve) => setTimeout(resolve, 0));
const afterEffects = () => new Promise((resolve) => setTimeout(resolve, 300));

function type(text: string) {
  field().value = text;
  field().dispatchEvent(new Event('input', { bubbles: true }));
}

function press(key: string, init: KeyboardEventInit = {}) {
  field().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
}

test('a copy made right after typing keeps its notice once the effects have run', async () => {
  type('801');
  await rerender();
  expect(root().textContent).toContain('801');
  // The keystroke's effects are still pending: copy now, then let them run.
  press('c', { ctrlKey: true });
  await afterEffects();
  expect(clipboardText).toContain('801');
  expect(notice()).toBe('Copied unit 801.');
});

test('the notice belongs to the copied row: another row or another query does not show it', async () => {
  type('rosemont');
  await afterEffects();
  press('c', { ctrlKey: true });
  await afterEffects();
  expect(notice()).toBe('Copied unit 801.');

  press('ArrowDown');
  await afterEffects();
  expect(notice()).toBeNull();

  press('c', { ctrlKey: true });
  await afterEffects();
  expect(notice()).toBe('Copied unit 802.');
  expect(clipboardText).toContain('802');

  type('305');
  await afterEffects();
  expect(notice()).toBeNull();
});

test('a copy the browser refuses says so for that row', async () => {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new Error('Document is not focused.')) },
  });
  type('801');
  await rerender();
  press('c', { ctrlKey: true });
  await afterEffects();
  expect(notice()).toBe('Could not copy: Error: Document is not focused.');
});

test('results show the keys they answer to at their foot; the project list does not', async () => {
  const hints = () => root().querySelector('.key-hints')?.textContent ?? null;
  expect(hints()).toBeNull();
  type('80');
  await afterEffects();
  expect(hints()).toBe('↵ Open · Ctrl+C Copy · Ctrl+Space Select · Esc Back');
  type('no such unit zzz');
  await afterEffects();
  expect(hints()).toBeNull();
});

test('no dead ends: a missing unit names its project and its nearest units; nonsense gets examples', async () => {
  const chips = () => [...root().querySelectorAll('.dead-end .chip')].map((c) => c.textContent);
  type('803 rosemont');
  await afterEffects();
  expect(status()).toBe('Le Rosemont has no unit 803.');
  expect(chips()).toEqual(['802 rosemont', '801 rosemont']);
  root().querySelector<HTMLButtonElement>('.dead-end .chip')!.click();
  await afterEffects();
  expect(field().value).toBe('802 rosemont');
  expect(status()).toBe('1 unit');

  type('zzz qqq');
  await afterEffects();
  expect(status()).toBe('No units match.');
  expect(chips()).toEqual(['1204 parkview', '2bd under 600k available', 'on hold']);
});

test('a long list draws 50 rows, says how many of how many, and Show more draws 50 more', async () => {
  const rows = () => root().querySelectorAll('[role=option]').length;
  const footer = () => root().querySelector('.list-more span')?.textContent ?? null;
  type('parkview');
  await afterEffects();
  expect(rows()).toBe(50);
  expect(footer()).toBe('50 of 121');
  root().querySelector<HTMLButtonElement>('.list-more button')!.click();
  await afterEffects();
  expect(rows()).toBe(100);
  expect(footer()).toBe('100 of 121');
  // A new query starts again at 50.
  type('parkview 1');
  await afterEffects();
  expect(rows()).toBe(50);
  type('le rosemont');
  await afterEffects();
  expect(footer()).toBeNull();
});

test('the copy notice sits by its row, leaves the count alone, and goes away by itself', async () => {
  type('801');
  await afterEffects();
  press('c', { ctrlKey: true });
  await afterEffects();
  expect(notice()).toBe('Copied unit 801.');
  expect(status()).toBe('1 unit');
  expect(root().querySelector('[role=option] .row-notice')).not.toBeNull();
  await new Promise((resolve) => setTimeout(resolve, COPY_NOTICE_MS + 100));
  expect(notice()).toBeNull();
});
