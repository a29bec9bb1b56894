// The fault matrix's cases: every way Planpoint (or the network in front of it) can fail, aimed
// at each call the extension makes, with what the agent must be shown afterwards. Run by
// ./run.ts, for the test (tests/hardening/fault-matrix.test.tsx) and for the report that writes
// docs/fault-matrix.md (npm run report).
import { Window } from 'happy-dom';
import { render } from 'preact';
import { startTestSandbox, type Sandbox } from '../../support/sandbox';
import type { FaultSwitches } from '../../../sandbox/faults';
import { StatusActions } from '@/entrypoints/popup/components/StatusActions';
import { UnitRow } from '@/entrypoints/popup/components/UnitRow';
import { ProjectRow } from '@/entrypoints/popup/components/ProjectRow';
import { handlers } from '@/lib/background/handlers';
import { clearStaleSyncState, isSyncRunning, runSync } from '@/lib/background/sync-runner';
import type { Catalog, Unit } from '@/lib/catalog/model';
import type { MessageError } from '@/lib/messages';
import { apiBaseUrl, catalogSnapshot, syncState, viewerKey } from '@/lib/settings';
import { firstSync, popupStatusText, seedBaseline, withoutClock, type Baseline } from '../harness';
import {
  sendHalfBodyThenDrop,
  sendHalfBodyThenHang,
  sendHugeJson,
  sendJson,
  type FaultProxy,
  type Rule,
} from '../../support/fault-proxy';

// ---------------------------------------------------------------------------------------------
// The calls the extension makes, and how a case runs one and reads what the agent is shown.

export type Call =
  | 'save token'
  | 'sign in'
  | 'sync: project list'
  | 'sync: groups'
  | 'sync: project details'
  | 'sync: floors and units'
  | 'sync: viewer lookup'
  | 'status change';

export interface Env {
  sandbox: Sandbox;
  proxy: FaultProxy;
  baseline: Baseline;
  /** Projects of the demo account, in the sandbox's order. */
  projectIds: string[];
  /** Base URL the action uses (save token, sign in take it as input). */
  baseUrl: string;
  /** A unit the status change acts on, available before the case. */
  unit: Unit;
  answers: unknown[];
  /** A server a case started for itself (the sandbox that goes down mid-sync). */
  own?: { url: string; failedProjects: string[] };
}

export interface Outcome {
  ui: string;
  catalog: string;
  token: string;
}

/** Expectations may depend on the run (a port, a unit number, a sandbox started by the case). */
export type Expected = {
  [K in keyof Outcome]: Outcome[K] | ((env: Env) => Outcome[K]);
};

export interface Case {
  name: string;
  call: Call;
  arrange?: (env: Env) => void | Promise<void>;
  /** Replaces the call's usual action (odd data, partial failures, restarts). */
  act?: (env: Env) => Promise<string>;
  expected: Expected;
  /** Scale timers (see withCompressedTime) for cases that wait out the 15 s timeout. */
  compressTime?: number;
}

const noKey = { namespace: '', hostName: '' };

export async function runCall(call: Call, env: Env): Promise<string> {
  switch (call) {
    case 'save token': {
      const answer = await handlers.saveSettings({
        token: env.sandbox.accounts[1]!.token,
        baseUrl: env.baseUrl,
        ...noKey,
      });
      env.answers.push(answer);
      // A failed check must not start a sync; a successful one does, and it is awaited here.
      if (isSyncRunning()) await runSync();
      return answer.ok ? 'saved' : answer.error.message;
    }
    case 'sign in': {
      const account = env.sandbox.accounts[1]!;
      const answer = await handlers.signIn({
        email: account.email,
        password: account.password,
        baseUrl: env.baseUrl,
      });
      env.answers.push(answer);
      if (isSyncRunning()) await runSync();
      return answer.ok ? 'signed in' : answer.error.message;
    }
    case 'status change': {
      const answer = await handlers.setUnitStatus({ unitId: env.unit.id, status: 'sold' });
      env.answers.push(answer);
      if (isSyncRunning()) await runSync();
      return answer.ok ? 'changed' : await statusActionsText(env.unit, answer.error);
    }
    default: {
      const answer = await handlers.refresh({});
      env.answers.push(answer);
      await runSync();
      return withoutClock(await popupStatusText());
    }
  }
}

const happy = new Window();

/**
 * What the unit detail's status actions show after the agent confirms "Mark sold" and the
 * background answers `error`: the real component, clicked through in happy-dom.
 */
async function statusActionsText(unit: Unit, error: MessageError): Promise<string> {
  const root = happy.document.createElement('div');
  render(
    <StatusActions
      unit={unit}
      viewOnly={false}
      onPreview={() => {}}
      setStatus={() => Promise.resolve({ ok: false, error })}
    />,
    root as unknown as Element,
  );
  const click = async (label: string) => {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === label);
    if (!button) throw new Error(`no "${label}" button`);
    button.click();
    await settle();
  };
  await click('Mark sold');
  await click('Confirm');
  const shown = root.querySelector('[role="alert"]')?.textContent ?? '(nothing shown)';
  render(null, root as unknown as Element);
  return shown;
}

/** Lets Preact's batched re-render and pending promise callbacks run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

// ---------------------------------------------------------------------------------------------
// Where each call's requests go, so a fault can be aimed at one call only.

function aim(call: Call, env: Env): Partial<FaultSwitches> {
  switch (call) {
    case 'save token':
    case 'sync: project list':
      return { pathPrefix: '/api/projects/mine' };
    case 'sign in':
      return { pathPrefix: '/api/users/login' };
    case 'sync: groups':
      return { pathPrefix: '/api/groups' };
    case 'sync: project details':
      return { pathPrefix: '/api/projects/', projectIds: env.projectIds };
    case 'sync: floors and units':
      return { pathPrefix: '/api/units', projectIds: env.projectIds };
    case 'sync: viewer lookup':
      return { pathPrefix: '/api/projects/find' };
    case 'status change':
      return { pathPrefix: '/api/units/' };
  }
}

/** Proxy rules for the same aim, for faults the sandbox cannot make. */
function aimed(call: Call, env: Env, answer: Rule): Rule {
  const { pathPrefix, projectIds } = aim(call, env);
  return (req, res, upstream) => {
    const path = req.url.split('?')[0]!;
    if (pathPrefix && !path.startsWith(pathPrefix)) return 'pass';
    if (call === 'sync: project details' && !projectIds?.some((id) => path.endsWith(id))) {
      return 'pass';
    }
    if (call === 'sync: floors and units' && !path.startsWith('/api/units')) return 'pass';
    return answer(req, res, upstream);
  };
}

/** Arrangements every case of a call needs, whatever the fault. */
export async function prepareCall(call: Call, env: Env): Promise<void> {
  if (call === 'sync: viewer lookup') {
    await viewerKey.setValue({ namespace: 'parkview-residences', hostName: 'william' });
  }
  if (call === 'sync: floors and units') env.proxy.use(withoutEmbeddedUnits);
}

/** Project documents without their units, so the sync reads the floors and units endpoints. */
const withoutEmbeddedUnits: Rule = async (req, res, upstream) => {
  if (req.method !== 'GET' || !/^\/api\/projects\/[^/]+$/.test(req.url)) return 'pass';
  if (req.url === '/api/projects/mine') return 'pass';
  const { status, json } = await upstream();
  const doc = json as { floors?: Record<string, unknown>[] };
  for (const floor of doc.floors ?? []) delete floor['units'];
  sendJson(res, status, doc);
};

// ---------------------------------------------------------------------------------------------
// The sentences the agent must see. They are written out here, not taken from the app, so a
// changed or lost sentence fails the matrix.

const NOUN: Record<Call, string> = {
  'save token': 'information',
  'sign in': 'information',
  'sync: project list': 'information',
  'sync: groups': 'information',
  'sync: project details': 'project',
  'sync: floors and units': 'project',
  'sync: viewer lookup': 'project',
  'status change': 'unit',
};

const PAUSED_SUBJECT: Record<Call, string> = {
  'save token': 'Your account',
  'sign in': 'Your account',
  'sync: project list': 'Your account',
  'sync: groups': 'Your account',
  'sync: project details': 'This project',
  'sync: floors and units': 'This project',
  'sync: viewer lookup': 'This project',
  'status change': 'This project',
};

const SAY = {
  badRequest:
    'Planpoint refused the request as invalid (Bad Request). Check the values and try again.',
  unauthorized: 'Planpoint rejected your API token (Unauthorized). Paste a new one in Settings.',
  // Where the token was just typed, it is asked for there, not "in Settings".
  typedTokenRefused:
    'Planpoint rejected this API token (Unauthorized). Check that it was copied in full, or paste another one above.',
  badCredentials: 'Planpoint did not accept that email and password.',
  forbidden: (noun: string) =>
    `Your Planpoint account is not allowed to access this ${noun} (Forbidden). Ask its owner to share it with you, or check that the token in Settings belongs to the right account.`,
  notAllowedToChange: 'You are not allowed to change units in this project.',
  notFound: (noun: string) =>
    `Planpoint could not find that ${noun} (Not Found). It may have been deleted; refresh and try again.`,
  wrongAddress:
    'Planpoint did not recognise this address (Not Found). Check the API base URL in Settings.',
  methodNotAllowed:
    'Planpoint does not allow this action (Method Not Allowed). Check the API base URL in Settings, or update the extension.',
  server: (status: number, text: string) =>
    `Planpoint had a problem on its side (HTTP ${status}: ${text}). Try again in a few minutes.`,
  paused: (subject: string, why = 'This account is paused') =>
    `${subject} is paused on Planpoint (${why}). It can be used again once its owner resumes it.`,
  timeout: 'Planpoint did not answer within 15 seconds. Check your connection and try again.',
  unreachable: (origin: string) =>
    `The server at ${origin} could not be reached. Check the API base URL in Settings and your internet connection.`,
  errorPage:
    'Planpoint answered with an error page (HTTP 502). It may be down for a moment; try again in a few minutes.',
  webPage:
    'Planpoint answered with a web page instead of data. Check the API base URL in Settings.',
  unreadable:
    'Planpoint sent data the extension could not read. Check the API base URL in Settings; if it is right, try again later.',
  redirect:
    'The API base URL sends requests on to another address, which Planpoint Agent does not follow so that your token only goes where you set. Check the API base URL in Settings (https:// rather than http://, for example).',
  tooLarge:
    'Planpoint sent an answer larger than the extension accepts (over 16 MB). Check the API base URL in Settings; if it is right, contact Planpoint support.',
  viewerKeyRefused:
    'Your token has no permission for host name "william" in namespace "parkview-residences".',
  viewerKeyNotFound:
    'Planpoint found no project, group or enterprise for namespace "parkview-residences" and host name "william". Check both in Settings, or leave them empty.',
  viewerKeyFailed: (sentence: string) =>
    `The viewer lookup for namespace "parkview-residences" and host name "william" failed: ${sentence}`,
};

/** How the popup words a failed sync over a cached catalog: offline, one calm line with Retry and
 * the reason as its title (sync.offlineSince); otherwise the sentence (sync.staleError). */
function popupLine(sentence: string, kind: 'offline' | 'other'): string {
  return kind === 'offline'
    ? `Offline · data from <time> · Retry [${sentence}]`
    : `${sentence} Showing data from <time>.`;
}

const PASTE_NEW_TOKEN = 'Paste a new token';

/**
 * What the agent must be shown when `call` fails with `sentence`: for a sync, the popup's status
 * block; for a status change, the detail's alert; for settings, the options page's notice.
 */
function shown(call: Call, sentence: string, kind: 'offline' | 'other' = 'other'): string {
  if (call === 'status change') return `Not changed: ${sentence}`;
  if (!call.startsWith('sync')) return sentence;
  // Groups and viewer lookups are optional: the catalog refreshes and the line names what failed
  // (the viewer key's own sentences already do).
  if (call === 'sync: groups')
    return `Updated just now | Could not refresh your groups: ${sentence}`;
  if (call === 'sync: viewer lookup') {
    const own = sentence === SAY.viewerKeyRefused || sentence === SAY.viewerKeyNotFound;
    return `Updated just now | ${own ? sentence : SAY.viewerKeyFailed(sentence)}`;
  }
  const line = popupLine(sentence, kind);
  return sentence === SAY.unauthorized ? `${line} | ${PASTE_NEW_TOKEN}` : line;
}

/** A status change whose answer never came, or could not be read: the write may have happened. */
function unconfirmed(env: Env, sentence: string): string {
  return `Planpoint did not confirm the change, so unit ${env.unit.number} is being refreshed to show what was saved. ${sentence}`;
}

// ---------------------------------------------------------------------------------------------
// The cases.

const STATUS_CALLS: Call[] = [
  'save token',
  'sign in',
  'sync: project list',
  'sync: groups',
  'sync: project details',
  'sync: floors and units',
  'sync: viewer lookup',
  'status change',
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The sentence for an HTTP error from a call, before the popup words it. */
function sentenceFor(call: Call, status: number | 'paused'): string {
  if (status === 'paused') return SAY.paused(PAUSED_SUBJECT[call]);
  if (call === 'sign in' && (status === 401 || status === 404)) return SAY.badCredentials;
  if (call === 'sync: viewer lookup') {
    if (status === 401 || status === 403) return SAY.viewerKeyRefused;
    // A lookup that finds nothing is not an error: the key simply matched nothing.
    if (status === 404) return SAY.viewerKeyNotFound;
  }
  if (call === 'status change' && status === 403) return SAY.notAllowedToChange;
  if (call === 'save token' && status === 401) return SAY.typedTokenRefused;
  switch (status) {
    case 400:
      return SAY.badRequest;
    case 401:
      return SAY.unauthorized;
    case 403:
      return SAY.forbidden(NOUN[call]);
    case 404:
      return NOUN[call] === 'information' ? SAY.wrongAddress : SAY.notFound(NOUN[call]);
    case 405:
      return SAY.methodNotAllowed;
    default:
      return SAY.server(status, STATUS_TEXT[status]!);
  }
}

function statusCases(): Case[] {
  const cases: Case[] = [];
  for (const call of STATUS_CALLS) {
    for (const status of [400, 401, 403, 404, 405, 500, 502, 503, 'paused'] as const) {
      const sentence = sentenceFor(call, status);
      // A 401 during a sync fails the whole sync; groups cannot be synced around a bad token.
      const groupsUnauthorized = call === 'sync: groups' && status === 401;
      const optional = call === 'sync: groups' || call === 'sync: viewer lookup';
      cases.push({
        name: status === 'paused' ? 'paused (403 with `paused`)' : `HTTP ${status}`,
        call,
        arrange: (env) => {
          Object.assign(
            env.sandbox.faults,
            aim(call, env),
            status === 'paused' ? { paused: true } : { status },
          );
        },
        expected: {
          ui: groupsUnauthorized
            ? `${popupLine(SAY.unauthorized, 'other')} | ${PASTE_NEW_TOKEN}`
            : shown(call, sentence),
          catalog: optional && !groupsUnauthorized ? 'refreshed' : 'kept',
          token: 'kept',
        },
      });
    }
  }
  return cases;
}

const TRANSPORT_CALLS: Call[] = ['save token', 'sync: project list', 'status change'];
const BODY_CALLS: Call[] = [
  'save token',
  'sync: project list',
  'sync: project details',
  'status change',
];

function transportCases(): Case[] {
  const cases: Case[] = [];
  const deadHosts = [
    { name: 'DNS failure (unresolvable host)', url: 'http://planpoint.invalid' },
    { name: 'unreachable host (connection refused)', url: 'http://127.0.0.1:1' },
  ];
  for (const call of TRANSPORT_CALLS) {
    for (const host of deadHosts) {
      const sentence = SAY.unreachable(host.url);
      cases.push({
        name: host.name,
        call,
        arrange: async (env) => {
          if (call === 'save token') env.baseUrl = host.url;
          else await apiBaseUrl.setValue(host.url);
        },
        expected: {
          // The status change cannot know the request never left: it refreshes to find out
          // (which fails the same way, so the catalog stays as it was).
          ui: (env) =>
            call === 'status change'
              ? unconfirmed(env, sentence)
              : shown(call, sentence, 'offline'),
          catalog: 'kept',
          token: 'kept',
        },
      });
    }
  }
  return cases;
}

interface BodyFault {
  name: string;
  sentence: (env: Env) => string;
  kind: 'offline' | 'other';
  /** An answer that may hide a saved write: after a status change the catalog is refreshed. */
  uncertain: boolean;
  arrange: (call: Call, env: Env) => void;
  compressTime?: number;
}

const BODY_FAULTS: BodyFault[] = [
  {
    name: 'timeout (no answer for 20 s)',
    sentence: () => SAY.timeout,
    kind: 'offline',
    uncertain: true,
    compressTime: 0.1,
    arrange: (call, env) =>
      Object.assign(env.sandbox.faults, aim(call, env), { latencyMs: 20_000 }),
  },
  {
    name: 'body stops half way, connection stays open',
    sentence: () => SAY.timeout,
    kind: 'offline',
    uncertain: true,
    compressTime: 0.1,
    arrange: (call, env) => env.proxy.use(aimed(call, env, (_q, res) => sendHalfBodyThenHang(res))),
  },
  {
    name: 'dropped connection (no answer)',
    sentence: (env) => SAY.unreachable(env.proxy.url),
    kind: 'offline',
    uncertain: true,
    arrange: (call, env) =>
      Object.assign(env.sandbox.faults, aim(call, env), { dropConnection: true }),
  },
  {
    name: 'connection cut half way through the body',
    sentence: (env) => SAY.unreachable(env.proxy.url),
    kind: 'offline',
    uncertain: true,
    arrange: (call, env) => env.proxy.use(aimed(call, env, (_q, res) => sendHalfBodyThenDrop(res))),
  },
  {
    name: 'HTML error page (502 from a proxy)',
    sentence: () => SAY.errorPage,
    kind: 'other',
    uncertain: false,
    arrange: (call, env) => Object.assign(env.sandbox.faults, aim(call, env), { htmlError: true }),
  },
  {
    name: 'HTML page instead of JSON (200)',
    sentence: () => SAY.webPage,
    kind: 'other',
    uncertain: true,
    arrange: (call, env) =>
      env.proxy.use(
        aimed(call, env, (_q, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<!doctype html><html><body><h1>Sign in to Wi-Fi</h1></body></html>');
        }),
      ),
  },
  {
    name: 'malformed JSON',
    sentence: () => SAY.unreadable,
    kind: 'other',
    uncertain: true,
    arrange: (call, env) =>
      Object.assign(env.sandbox.faults, aim(call, env), { malformedJson: true }),
  },
  {
    name: 'body of the wrong shape',
    sentence: () => SAY.unreadable,
    kind: 'other',
    uncertain: true,
    arrange: (call, env) => Object.assign(env.sandbox.faults, aim(call, env), { wrongShape: true }),
  },
  {
    name: 'redirect to another address (302)',
    sentence: () => SAY.redirect,
    kind: 'other',
    uncertain: true,
    arrange: (call, env) =>
      env.proxy.use(
        aimed(call, env, (req, res) => {
          res.writeHead(302, { location: `http://127.0.0.1:9${req.url}` });
          res.end();
        }),
      ),
  },
  {
    name: '20 MB body',
    sentence: () => SAY.tooLarge,
    kind: 'other',
    uncertain: true,
    arrange: (call, env) =>
      env.proxy.use(aimed(call, env, (_q, res) => sendHugeJson(res, 20 * 1024 * 1024))),
  },
];

function bodyCases(): Case[] {
  return BODY_CALLS.flatMap((call) =>
    BODY_FAULTS.map((fault): Case => {
      const refreshes = call === 'status change' && fault.uncertain;
      return {
        name: fault.name,
        call,
        compressTime: fault.compressTime,
        arrange: (env) => fault.arrange(call, env),
        expected: {
          ui: (env) =>
            refreshes
              ? unconfirmed(env, fault.sentence(env))
              : shown(call, fault.sentence(env), fault.kind),
          catalog: refreshes ? 'refreshed' : 'kept',
          token: 'kept',
        },
      };
    }),
  );
}

// ---- odd data ----

/** Crafted units added to the first floor of the first project's document. */
function withExtraUnits(env: Env, units: Record<string, unknown>[], projectPatch = {}): Rule {
  const first = env.projectIds[0]!;
  return async (req, res, upstream) => {
    if (req.method !== 'GET' || req.url !== `/api/projects/${first}`) return 'pass';
    const { status, json } = await upstream();
    const doc = { ...(json as Record<string, unknown>), ...projectPatch } as {
      floors: { units: unknown[] }[];
    };
    doc.floors[0]!.units.push(...units);
    sendJson(res, status, doc);
  };
}

async function syncAndFind(env: Env, unitId: string): Promise<{ catalog: Catalog; units: Unit[] }> {
  await handlers.refresh({});
  await runSync();
  const catalog = (await catalogSnapshot.getValue())!;
  return { catalog, units: catalog.units.filter((u) => u.id === unitId) };
}

/** The search result row the popup shows for a unit: each visible part, separated by " | ". */
function rowText(catalog: Catalog, unit: Unit): string {
  const root = happy.document.createElement('ul');
  const project = catalog.projects.find((p) => p.id === unit.projectId);
  render(
    <UnitRow
      unit={unit}
      project={project}
      id="row"
      selected={false}
      checked={false}
      onCheck={() => {}}
      onOpen={() => {}}
    />,
    root as unknown as Element,
  );
  const parts = [...root.querySelectorAll('.unit-number, .row-sub, .row-facts > span')].map(
    (el) => el.textContent ?? '',
  );
  const images = root.querySelectorAll('img, script, iframe').length;
  render(null, root as unknown as Element);
  return parts.join(' | ') + (images > 0 ? ` [${images} element(s) created from data]` : '');
}

function oddDataCases(): Case[] {
  const project = () => `${firstProjectName} · ${firstFloorName}`;
  const unitCase = (
    name: string,
    unit: Record<string, unknown>,
    expectedRow: () => string,
  ): Case => ({
    name,
    call: 'sync: project details',
    expected: { ui: expectedRow, catalog: 'refreshed', token: 'kept' },
    act: async (env) => {
      env.proxy.use(withExtraUnits(env, [unit]));
      const { catalog, units } = await syncAndFind(env, String(unit['_id']));
      return units.length === 1 ? rowText(catalog, units[0]!) : `${units.length} units`;
    },
  });
  return [
    unitCase('missing optional fields', { _id: 'odd-missing', unitNumber: 'M1' }, () =>
      [`M1`, project(), '—', '—', '—', 'Price TBD', 'Unknown'].join(' | '),
    ),
    unitCase(
      'nulls in every field',
      {
        _id: 'odd-nulls',
        unitNumber: 'N1',
        name: null,
        bed: null,
        bath: null,
        sqft: null,
        price: null,
        status: null,
        availability: null,
        model: null,
        images: null,
        unitmodels: null,
        additionalInfo: null,
        floor: null,
      },
      () => [`N1`, project(), '—', '—', '—', 'Price TBD', 'Unknown'].join(' | '),
    ),
    unitCase(
      'numbers as strings (and a number as the unit number)',
      {
        _id: 'odd-strings',
        unitNumber: 1205,
        bed: '2',
        bath: '2.5',
        sqft: '1,050',
        price: '$599,000',
        status: 'Available',
      },
      () =>
        ['1205', project(), '2 bd', '2.5 ba', '1,050 sq ft', '$599,000', 'Available'].join(' | '),
    ),
    unitCase('unknown status', { _id: 'odd-status', unitNumber: 'U1', status: 'Model suite' }, () =>
      ['U1', project(), '—', '—', '—', 'Price TBD', 'Model suite'].join(' | '),
    ),
    unitCase(
      'emoji and right-to-left text',
      { _id: 'odd-rtl', unitNumber: '🏠 12 شقة', status: 'متاح' },
      () => ['🏠 12 شقة', project(), '—', '—', '—', 'Price TBD', 'متاح'].join(' | '),
    ),
    unitCase(
      'markup in a name: <img src=x onerror=alert(1)>',
      { _id: 'odd-xss', unitNumber: '<img src=x onerror=alert(1)>', status: '<b>Sold</b>' },
      () =>
        ['<img src=x onerror=alert(1)>', project(), '—', '—', '—', 'Price TBD', '<b>Sold</b>'].join(
          ' | ',
        ),
    ),
    {
      name: '1,000-character project name',
      call: 'sync: project details',
      expected: { ui: 'shown whole: 1000 characters', catalog: 'refreshed', token: 'kept' },
      act: async (env) => {
        const longName = `Tour ${'Très Longue '.repeat(90)}`.slice(0, 1000);
        env.proxy.use(withExtraUnits(env, [], { name: longName }));
        await syncAndFind(env, '');
        const catalog = (await catalogSnapshot.getValue())!;
        const p = catalog.projects.find((x) => x.id === env.projectIds[0])!;
        const root = happy.document.createElement('ul');
        render(
          <ProjectRow project={p} counts={{}} onOpen={() => {}} />,
          root as unknown as Element,
        );
        const text = root.querySelector('.project-name')?.textContent ?? '';
        render(null, root as unknown as Element);
        return text === longName ? `shown whole: ${text.length} characters` : `shown as ${text}`;
      },
    },
    {
      name: 'duplicate unit ids',
      call: 'sync: project details',
      expected: { ui: 'one unit, D1 (the first)', catalog: 'refreshed', token: 'kept' },
      act: async (env) => {
        env.proxy.use(
          withExtraUnits(env, [
            { _id: 'odd-dup', unitNumber: 'D1', status: 'Available' },
            { _id: 'odd-dup', unitNumber: 'D2', status: 'Sold' },
          ]),
        );
        const { units } = await syncAndFind(env, 'odd-dup');
        return units.length === 1
          ? `one unit, ${units[0]!.number} (the first)`
          : `${units.length} units: ${units.map((u) => u.number).join(', ')}`;
      },
    },
    {
      name: 'duplicate project ids in the project list',
      call: 'sync: project list',
      expected: { ui: 'each project once', catalog: 'refreshed', token: 'kept' },
      act: async (env) => {
        env.proxy.use(async (req, res, upstream) => {
          if (req.url !== '/api/projects/mine') return 'pass';
          const { status, json } = await upstream();
          const list = json as unknown[];
          sendJson(res, status, [...list, ...list]);
        });
        await syncAndFind(env, '');
        const catalog = (await catalogSnapshot.getValue())!;
        const ids = catalog.projects.map((p) => p.id);
        return new Set(ids).size === ids.length && ids.length === env.projectIds.length
          ? 'each project once'
          : `projects: ${ids.length}, distinct: ${new Set(ids).size}`;
      },
    },
    {
      name: 'a unit pointing at a missing floor',
      call: 'sync: floors and units',
      // Kept, without a storey (the row shows the project only).
      expected: {
        ui: () => ['O1', firstProjectName, '—', '—', '—', 'Price TBD', 'Available'].join(' | '),
        catalog: 'refreshed',
        token: 'kept',
      },
      act: async (env) => {
        const first = env.projectIds[0]!;
        env.proxy.use(withoutEmbeddedUnits);
        env.proxy.use(async (req, res, upstream) => {
          if (req.url !== `/api/units?pid=${first}`) return 'pass';
          const { status, json } = await upstream();
          const list = json as { records: unknown[]; count: number };
          list.records.push({
            _id: 'odd-orphan',
            unitNumber: 'O1',
            floor: 'no-such-floor',
            status: 'Available',
          });
          sendJson(res, status, { records: list.records, count: list.records.length });
        });
        const { catalog, units } = await syncAndFind(env, 'odd-orphan');
        return units.length === 1 ? rowText(catalog, units[0]!) : `${units.length} units`;
      },
    },
    {
      name: 'links that are not http(s): javascript:, data:, file:',
      call: 'sync: project details',
      expected: {
        ui: 'kept links: https://cdn.example/ok.png, https://cdn.example/p.png',
        catalog: 'refreshed',
        token: 'kept',
      },
      act: async (env) => {
        env.proxy.use(
          withExtraUnits(env, [
            {
              _id: 'odd-links',
              unitNumber: 'K1',
              layoutUrl: 'javascript:alert(1)',
              brochurePDF: 'data:text/html,<script>alert(1)</script>',
              unitImageUrl: 'file:///etc/passwd',
              images: ['https://cdn.example/ok.png', '//cdn.example/p.png', 'chrome://settings'],
            },
          ]),
        );
        const { units } = await syncAndFind(env, 'odd-links');
        const u = units[0]!;
        const links = [u.layoutUrl, u.brochureUrl, ...u.images].filter(Boolean);
        return `kept links: ${links.join(', ')}`;
      },
    },
  ];
}

/** Names from the sandbox's data that expectations quote: its first project and first floor. */
let firstProjectName = '';
let firstFloorName = '';

/** Reads the names expectations quote from the matrix's sandbox, once it is up. */
export function noteSandboxNames(sandbox: Sandbox): void {
  const first = sandbox.store.projectsOf(sandbox.accounts[0]!.id)[0]!;
  firstProjectName = first.name;
  firstFloorName = sandbox.store.floorsOf(first._id)[0]!.name;
}

// ---- partial failures and restarts ----

function partialCases(): Case[] {
  const brokenFirst = (
    faults: Partial<FaultSwitches>,
    sentence: string,
  ): Pick<Case, 'arrange' | 'expected'> => ({
    arrange: (env) => {
      Object.assign(env.sandbox.faults, faults, { projectIds: [env.projectIds[0]] });
    },
    expected: {
      ui: () => `Updated just now | Could not refresh ${firstProjectName}: ${sentence}`,
      catalog: () => `refreshed; ${firstProjectName} kept from before`,
      token: 'kept',
    },
  });
  return [
    {
      name: 'one project of many failing (HTTP 500)',
      call: 'sync: project details',
      ...brokenFirst({ status: 500 }, SAY.server(500, 'Internal Server Error')),
    },
    {
      name: 'one project of many paused',
      call: 'sync: project details',
      ...brokenFirst(
        { paused: { value: true, reason: 'Sales paused by the developer' } },
        SAY.paused('This project', 'Sales paused by the developer'),
      ),
    },
    {
      name: 'the sandbox goes down mid-sync (after the first project)',
      call: 'sync: project details',
      expected: {
        ui: (env) =>
          [
            'Updated just now',
            ...env.own!.failedProjects.map(
              (n) => `Could not refresh ${n}: ${SAY.unreachable(env.own!.url)}`,
            ),
          ].join(' | '),
        catalog: (env) => `refreshed; ${env.own!.failedProjects.join(', ')} kept from before`,
        token: 'kept',
      },
      act: async (env) => {
        // A sandbox of its own, closed while the sync is under way: the first project answers,
        // the others are still waiting for theirs when the server goes away.
        let armed = false;
        let closing: Promise<void> | null = null;
        const doomed = await startTestSandbox('outage', {
          log: (line) => {
            if (!armed || closing || !/^GET \/api\/projects\/(?!mine)\S+ 20\d/.test(line)) return;
            closing = doomed.close();
          },
        });
        const ids = doomed.store.projectsOf(doomed.accounts[0]!.id).map((p) => p._id);
        const fresh = await syncFrom(doomed);
        env.baseline = { token: doomed.demoToken, baseUrl: doomed.url, catalog: fresh };
        await seedBaseline(env.baseline);
        env.own = {
          url: doomed.url,
          failedProjects: fresh.projects
            .filter((p) => ids.slice(1).includes(p.id))
            .map((p) => p.name),
        };
        Object.assign(doomed.faults, { latencyMs: 1_000, projectIds: ids.slice(1) });
        armed = true;
        const text = await runCall('sync: project details', env);
        await (closing ?? doomed.close());
        return text;
      },
    },
    {
      name: 'worker stopped mid-sync (simulated restart; real browser: e2e/hardening-worker.spec.ts)',
      call: 'sync: project details',
      expected: {
        ui: 'the interrupted refresh runs again at start-up: Updated just now',
        catalog: 'refreshed',
        token: 'kept',
      },
      act: async () => {
        // What a stopped worker leaves behind: "running", half done, the old catalog intact.
        const state = (await syncState.getValue())!;
        await syncState.setValue({ ...state, running: true, done: 2, total: 4 });
        // The next background start clears the dead worker's state and runs its sync again.
        await clearStaleSyncState();
        if (isSyncRunning()) await runSync();
        const shown = withoutClock(await popupStatusText());
        return `the interrupted refresh runs again at start-up: ${shown}`;
      },
    },
  ];
}

async function syncFrom(sb: Sandbox): Promise<Catalog> {
  const catalog = await firstSync(sb.demoToken, sb.url);
  // Two minutes old, so a refresh is visibly newer and "Showing data from" has a time.
  return { ...catalog, syncedAt: Date.now() - 2 * 60_000 };
}

// ---------------------------------------------------------------------------------------------

/** The cases by group, in the order the test runs them and the report lists them. */
export const GROUPS: [string, () => Case[]][] = [
  ['HTTP errors from each call', statusCases],
  ['Timeouts, connections and bodies', () => [...transportCases(), ...bodyCases()]],
  ['Odd data', oddDataCases],
  ['Partial failures and restarts', partialCases],
];
