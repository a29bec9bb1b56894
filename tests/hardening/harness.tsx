// What the fault matrix needs around one case: a saved token and a synced catalog to start from,
// the console and unhandled rejections recorded while the case runs, the sentence the popup would
// show (the real SyncStatus component rendered into happy-dom), and what became of the catalog and
// the token afterwards.
import { Window } from 'happy-dom';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncStatus } from '@/entrypoints/popup/components/SyncStatus';
import { runSync } from '@/lib/background/sync-runner';
import type { Catalog } from '@/lib/catalog/model';
import {
  accountInfo,
  apiBaseUrl,
  apiToken,
  catalogSnapshot,
  syncState,
  viewerKey,
} from '@/lib/settings';

/** The state every case starts from: an agent with a working token and a catalog two minutes old. */
export interface Baseline {
  token: string;
  baseUrl: string;
  catalog: Catalog;
}

export async function seedBaseline(b: Baseline): Promise<void> {
  fakeBrowser.reset();
  await Promise.all([
    apiToken.setValue(b.token),
    apiBaseUrl.setValue(b.baseUrl),
    viewerKey.setValue(null),
    accountInfo.setValue({
      tokenHint: `…${b.token.slice(-4)}`,
      projectCount: b.catalog.projects.length,
      email: null,
      savedAt: b.catalog.syncedAt,
    }),
    catalogSnapshot.setValue(b.catalog),
    syncState.setValue({
      running: false,
      startedAt: b.catalog.syncedAt,
      done: b.catalog.projects.length,
      total: b.catalog.projects.length,
      lastSuccessAt: b.catalog.syncedAt,
      lastError: null,
    }),
  ]);
}

/**
 * The catalog a first sync from `baseUrl` writes into an empty store, console silenced: what the
 * cases start from. The store keeps it and the token afterwards.
 */
export async function firstSync(token: string, baseUrl: string): Promise<Catalog> {
  const quiet = record();
  try {
    await seedBaseline({
      token,
      baseUrl,
      catalog: { projects: [], groups: [], enterprises: [], units: [], syncedAt: 0, failures: [] },
    });
    await runSync();
  } finally {
    quiet.stop();
  }
  return (await catalogSnapshot.getValue())!;
}

// ---- console and unhandled rejections ----

export interface Recording {
  lines: { level: string; text: string }[];
  unhandled: string[];
  stop(): void;
}

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Records (and silences) everything written to the console, and every unhandled rejection. */
export function record(): Recording {
  const lines: Recording['lines'] = [];
  const unhandled: string[] = [];
  const originals = LEVELS.map((level) => [level, console[level]] as const);
  for (const level of LEVELS) {
    console[level] = (...args: unknown[]) => {
      lines.push({ level, text: args.map(show).join(' ') });
    };
  }
  const onUnhandled = (reason: unknown) => unhandled.push(show(reason));
  process.on('unhandledRejection', onUnhandled);
  return {
    lines,
    unhandled,
    stop() {
      for (const [level, fn] of originals) console[level] = fn;
      process.off('unhandledRejection', onUnhandled);
    },
  };
}

function show(value: unknown): string {
  if (value instanceof Error) {
    const cause = (value as { cause?: unknown }).cause;
    return `${value.name}: ${value.message}${cause ? ` (cause: ${show(cause)})` : ''}\n${value.stack ?? ''}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// ---- what the agent sees ----

const happy = new Window();

/**
 * The popup's sync status block for what is stored now, one line per paragraph or button of its
 * own (a button inside a line is part of that line), each followed by its title in brackets when
 * it has one: the offline line keeps its reason there.
 */
export async function popupStatusText(): Promise<string> {
  const [catalog, sync] = await Promise.all([catalogSnapshot.getValue(), syncState.getValue()]);
  const root = happy.document.createElement('div');
  render(
    <SyncStatus
      catalog={catalog}
      sync={sync}
      now={Date.now()}
      onOpenSettings={() => {}}
      onRetry={() => {}}
    />,
    root as unknown as Element,
  );
  const lines = [...root.querySelectorAll('p, button')]
    .filter((el) => el.tagName !== 'BUTTON' || el.parentElement?.tagName !== 'P')
    .map((el) => {
      const title = el.getAttribute('title');
      return (el.textContent ?? '') + (title ? ` [${title}]` : '');
    });
  render(null, root as unknown as Element);
  return lines.join(' | ');
}

/** Clock times and dates in a rendered sentence, replaced so the matrix reads the same each run. */
export function withoutClock(text: string): string {
  return text
    .replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}, /g, '')
    .replace(/(?<![\d.:])\d{1,2}:\d{2}(?!\d)(?:[\s\u202f]?[AP]M)?/g, '<time>');
}

// ---- what became of the data ----

/** "kept", "refreshed", "refreshed; X kept from before", "removed" or "changed". */
export async function catalogOutcome(baseline: Catalog): Promise<string> {
  const now = await catalogSnapshot.getValue();
  if (!now) return 'removed';
  if (JSON.stringify(now) === JSON.stringify(baseline)) return 'kept';
  if (now.syncedAt <= baseline.syncedAt) return 'changed';
  const failed = now.failures.filter((f) => f.projectId !== null);
  if (failed.length === 0) return 'refreshed';
  const kept = failed.map((f) => {
    const before = baseline.units.filter((u) => u.projectId === f.projectId);
    const after = now.units.filter((u) => u.projectId === f.projectId);
    const same = JSON.stringify(before) === JSON.stringify(after);
    return same ? f.projectName : `${f.projectName} (units LOST)`;
  });
  return `refreshed; ${kept.join(', ')} kept from before`;
}

export async function tokenOutcome(saved: string): Promise<string> {
  const now = await apiToken.getValue();
  if (now === saved) return 'kept';
  return now === null ? 'removed' : 'replaced';
}

/**
 * Places a secret must never reach: the console, answers to pages, anything stored other than
 * the token's own item, and storage.sync / storage.session (which must stay empty of it).
 */
export async function leaksOf(
  secrets: readonly string[],
  rec: Recording,
  answers: readonly unknown[],
): Promise<string[]> {
  const problems: string[] = [];
  const local = (await fakeBrowser.storage.local.get()) as Record<string, unknown>;
  const { apiToken: _token, ...readable } = local;
  const places: [string, string][] = [
    ['console', rec.lines.map((l) => l.text).join('\n')],
    ['answer to the page', JSON.stringify(answers)],
    ['storage.local (other than the token)', JSON.stringify(readable)],
    ['storage.sync', JSON.stringify(await fakeBrowser.storage.sync.get())],
    ['storage.session', JSON.stringify(await fakeBrowser.storage.session.get())],
  ];
  for (const secret of secrets) {
    for (const [where, text] of places) {
      if (text.includes(secret)) problems.push(`token in ${where}`);
    }
  }
  const sync = await fakeBrowser.storage.sync.get();
  if (Object.keys(sync).length > 0) problems.push('storage.sync is not empty');
  return problems;
}

/** Unhandled rejections and console.error lines: neither may happen in any case. */
export function errorsOf(rec: Recording): string[] {
  return [
    ...rec.unhandled.map((u) => `unhandled rejection: ${u.split('\n')[0]}`),
    ...rec.lines
      .filter((l) => l.level === 'error')
      .map((l) => `console.error: ${l.text.split('\n')[0]}`),
  ];
}

// ---- time ----

/**
 * Runs `fn` with every timer scaled by `factor`: the client's 15 s timeout and the sandbox's
 * latency shrink together, so a timeout case keeps its real order of events and takes a tenth of
 * the time. Messages still name the real durations (they are computed from the configured ones).
 */
export async function withCompressedTime<T>(factor: number, fn: () => Promise<T>): Promise<T> {
  const real = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) =>
    real(handler, typeof ms === 'number' ? ms * factor : ms, ...args)) as typeof setTimeout;
  try {
    return await fn();
  } finally {
    globalThis.setTimeout = real;
  }
}
