// What the popup's finder shows, read the way assistive technology reads it: the search
// combobox and its active descendant, the listbox options, the status line, the filter chips,
// and a unit's detail when one is open. Actions (open, search, open a result) are in ./popup.ts.
import type { PageHandle } from '../fixtures';

export interface ResultOption {
  id: string;
  selected: boolean;
  number: string;
  /** "Parkview Residences · Level 2" */
  sub: string;
  /** Bedrooms, bathrooms, area, price, then the status pill. */
  facts: string[];
}

export interface FinderState {
  /** The search field's value, or null when no search field shows (a detail is open). */
  query: string | null;
  activeDescendant: string | null;
  searchFocused: boolean;
  options: ResultOption[];
  /** A row's notice ("Copied unit 204.") while it shows, else the result count ("12 units"). */
  status: string | null;
  /** Accessible names of the chips of understood filters ("Remove filter 2 bd"). */
  chips: string[];
  /** Labels of the one-tap chips still offered ("Studio", "1 bd", …). */
  quickChips: string[];
  /** The open unit's heading ("Unit 204"), or null. */
  detail: string | null;
  /** The open unit's status pill. */
  detailPill: string | null;
}

/** Anything that runs a function in a page: a PageHandle, or a tab the extension opened. */
export type Evaluator = Pick<PageHandle, 'evaluate'>;

export function finderState(page: Evaluator): Promise<FinderState> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) =>
      el ? ((el as HTMLElement).innerText ?? '').trim() : null;
    const search = document.querySelector<HTMLInputElement>('input[role=combobox]');
    const options = [...document.querySelectorAll('[role=listbox] [role=option]')].map(
      (option) => ({
        id: option.id,
        selected: option.getAttribute('aria-selected') === 'true',
        number: text(option.querySelector('.unit-number')) ?? '',
        sub: text(option.querySelector('.row-sub')) ?? '',
        facts: [...option.querySelectorAll('.row-facts > span')].map((s) => text(s) ?? ''),
      }),
    );
    const detail = document.querySelector('section.detail');
    return {
      query: search ? search.value : null,
      activeDescendant: search?.getAttribute('aria-activedescendant') ?? null,
      searchFocused: search !== null && document.activeElement === search,
      options,
      // A row's own notice ("Copied unit 204.") while it shows, else the result count.
      status: text(
        document.querySelector('.finder .row-notice') ??
          document.querySelector('.finder .result-count'),
      ),
      chips: [...document.querySelectorAll('.chips button.chip-active')].map(
        (chip) => chip.getAttribute('aria-label') ?? '',
      ),
      quickChips: [...document.querySelectorAll('.chips button.chip:not(.chip-active)')].map(
        (chip) => text(chip) ?? '',
      ),
      detail: detail?.querySelector('h2')?.firstChild?.textContent?.trim() ?? null,
      detailPill: text(detail?.querySelector('.detail-lead .pill')),
    };
  });
}

/** Wait until the finder state satisfies `check`; the last state read is in the error. */
export async function waitForFinder(
  page: Evaluator,
  what: string,
  check: (state: FinderState) => boolean,
  timeoutMs = 10_000,
): Promise<FinderState> {
  const deadline = Date.now() + timeoutMs;
  let last: FinderState | null = null;
  for (;;) {
    last = await finderState(page);
    if (check(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; the finder showed ${JSON.stringify(last, null, 1)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Let the popup's effects of the last render run. Preact runs effects after the next frame (or
 * 35 ms when frames are throttled); the unit detail listens for Escape from one, so wait before
 * pressing Escape right after opening or leaving it.
 */
export async function afterEffects(page: Evaluator): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));
}

/** A result row in short, as an agent reads it: the unit number, its project, its status. */
export interface ResultRow {
  number: string;
  project: string;
  status: string;
}

/** The popup's unit results in short. */
export async function resultRows(page: Evaluator): Promise<ResultRow[]> {
  const { options } = await finderState(page);
  return options.map((option) => ({
    number: option.number,
    project: projectOf(option),
    status: statusOf(option),
  }));
}

/** Project names in the popup's project list (no search) or "Matching projects". */
export function projectNames(page: Evaluator): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.project-name')].map((el) => el.textContent?.trim() ?? ''),
  );
}

/** The result count line under the filters ("1 unit", "No units match."). */
export function resultCount(page: Evaluator): Promise<string> {
  return page.evaluate(() => document.querySelector('.result-count')?.textContent?.trim() ?? '');
}

/** A fact of the open unit detail ("Price" → "$630,000"), or null when it is not shown. */
export function detailFact(page: Evaluator, label: string): Promise<string | null> {
  return page.evaluate((wanted) => {
    for (const fact of document.querySelectorAll('.facts .fact')) {
      if (fact.querySelector('dt')?.textContent?.trim() === wanted) {
        return fact.querySelector('dd')?.textContent?.trim() ?? null;
      }
    }
    return null;
  }, label);
}

/** The status pill of the open unit detail, or "" when none is open. */
export async function detailStatus(page: Evaluator): Promise<string> {
  return (await finderState(page)).detailPill ?? '';
}

/** The project a row names ("Parkview Residences · Level 2" → "Parkview Residences"). */
export function projectOf(option: ResultOption): string {
  return option.sub.split(' · ')[0]?.trim() ?? '';
}

/** Bedrooms as the row shows them ("Studio", "2 bd", "1+1 bd") → a number, or null. */
export function bedroomsOf(option: ResultOption): number | null {
  const shown = option.facts[0] ?? '';
  if (/^studio$/i.test(shown)) return 0;
  const match = /^(\d+)/.exec(shown);
  return match ? Number(match[1]) : null;
}

/** "$1,149,000" → 1149000; "Price TBD" or "—" → null. */
export function priceOf(option: ResultOption): number | null {
  const digits = (option.facts[3] ?? '').replace(/[^\d]/g, '');
  return digits ? Number(digits) : null;
}

/** The pill's word ("Available"). */
export function statusOf(option: ResultOption): string {
  return option.facts[4] ?? '';
}
