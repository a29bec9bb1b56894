// Every failure the Planpoint client can report, as one error class with a `kind` the code can
// branch on and `facts` (what happened, serialisable) that lib/error-text.ts words for the agent
// in the interface language. Nothing here is interface text; nothing here contains the API token.
import { isRecord } from '../is-record';
import { causeChain, looksLikeHtml } from './sniff';

export type PlanpointErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'method-not-allowed'
  | 'paused'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'network'
  | 'invalid-response'
  | 'no-token';

/** What a request was about, so messages can name it ("that project", "that unit"). */
export type PlanpointResource = 'project' | 'group' | 'enterprise' | 'floor' | 'unit' | 'account';

/** What went wrong, in facts only: enough for lib/error-text.ts to word it, and plain data so it
 * can be stored (sync state, catalog failures) and sent between pages and the background. */
export type ErrorCause =
  | {
      cause: 'http';
      status: number;
      serverMessage: string | null;
      html: boolean;
      resource: PlanpointResource;
      lookup: 'id' | 'find' | 'login';
      pausedReason: string | null;
    }
  | { cause: 'no-token' }
  | { cause: 'token-unreadable' }
  | { cause: 'token-has-spaces' }
  | { cause: 'token-has-odd-characters' }
  | { cause: 'bad-base-url'; baseUrl: string }
  | { cause: 'no-id'; noun: 'project' | 'group' | 'floor' | 'unit' }
  | { cause: 'timeout'; seconds: number | null }
  | { cause: 'unreachable'; origin: string | null }
  | { cause: 'redirected' }
  | { cause: 'invalid-response'; hint: InvalidResponseHint }
  | { cause: 'viewer-key-refused' | 'viewer-key-not-found'; namespace: string; hostName: string }
  | { cause: 'viewer-key-failed'; namespace: string; hostName: string; inner: ErrorFacts }
  | { cause: 'unit-gone' }
  | { cause: 'not-allowed-to-change' };

export type InvalidResponseHint = 'html' | 'data' | 'size';

/** A serialisable error description: the kind to branch on and the facts to word. */
export type ErrorFacts = { kind: PlanpointErrorKind } & ErrorCause;

export interface PlanpointErrorInit {
  kind: PlanpointErrorKind;
  /** Developer-facing description (method, path, status); shown in logs, not to agents. */
  message: string;
  cause: ErrorCause;
  status?: number | null;
  serverMessage?: string | null;
  paused?: { reason: string | null } | null;
  retryAfterMs?: number | null;
}

export class PlanpointError extends Error {
  readonly kind: PlanpointErrorKind;
  /** HTTP status when Planpoint answered, else null. */
  readonly status: number | null;
  /** The `message` field of Planpoint's error body, cleaned up, when it sent one. */
  readonly serverMessage: string | null;
  /** Set when Planpoint refused because the project is paused. */
  readonly paused: { reason: string | null } | null;
  /** What happened, for lib/error-text.ts to word ("Planpoint rejected your API token…"). */
  readonly facts: ErrorFacts;
  /** How long Planpoint asked to wait (its Retry-After), when it said. */
  readonly retryAfterMs: number | null;

  constructor(init: PlanpointErrorInit) {
    super(init.message);
    this.name = 'PlanpointError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.serverMessage = init.serverMessage ?? null;
    this.paused = init.paused ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.facts = { kind: init.kind, ...init.cause };
  }
}

export function isPlanpointError(e: unknown): e is PlanpointError {
  return e instanceof PlanpointError;
}

/**
 * Failures worth another try for a read: a 5xx, or no answer at all (network, timeout). Never a
 * 4xx, not even a 408 (reported as a timeout): the server did answer, and said no.
 */
export function isTransient(e: PlanpointError): boolean {
  if (e.kind === 'server') return true;
  return (e.kind === 'network' || e.kind === 'timeout') && e.status === null;
}

export interface HttpErrorContext {
  status: number;
  /** The response body as text (may be empty, JSON, HTML or anything else). */
  bodyText: string;
  contentType?: string | null;
  resource: PlanpointResource;
  /** `find` lookups go by namespace + host name, `login` by email + password, the rest by id. */
  lookup?: 'id' | 'find' | 'login';
  /** "GET /api/projects/…", for the developer-facing message. */
  request?: string;
  /** Anything to keep out of messages: the token, the password. */
  secrets?: readonly string[];
  /** The Retry-After header: seconds, or an HTTP date. */
  retryAfter?: string | null;
}

const MAX_SERVER_MESSAGE = 200;

/** Maps a non-2xx answer to a PlanpointError. */
export function errorFromResponse(ctx: HttpErrorContext): PlanpointError {
  const { status } = ctx;
  const html = looksLikeHtml(ctx.bodyText, ctx.contentType);
  const body = html ? null : parseJsonObject(ctx.bodyText);
  const rawMessage = html
    ? null
    : body
      ? (pickString(body, 'message') ?? pickString(body, 'error'))
      : plainText(ctx);
  const serverMessage = cleanServerMessage(rawMessage, ctx.secrets);
  const paused = body ? pausedFrom(body['paused'], ctx.secrets) : null;
  const kind = kindForStatus(status, paused !== null);
  const prefix = ctx.request ? `${ctx.request}: ` : '';
  const message = `${prefix}HTTP ${status}${serverMessage ? ` ${serverMessage}` : ''}`;
  return new PlanpointError({
    kind,
    status,
    serverMessage,
    paused: kind === 'paused' ? paused : null,
    retryAfterMs: retryAfterMs(ctx.retryAfter ?? null),
    message,
    cause: {
      cause: 'http',
      status,
      serverMessage,
      html,
      resource: ctx.resource,
      lookup: ctx.lookup ?? 'id',
      pausedReason: paused?.reason ?? null,
    },
  });
}

/** Retry-After as a wait in ms: "120" or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function kindForStatus(status: number, paused: boolean): PlanpointErrorKind {
  if (paused && status >= 400 && status < 500) return 'paused';
  switch (status) {
    case 400:
      return 'bad-request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 405:
      return 'method-not-allowed';
    case 408:
      return 'timeout';
    case 429:
      return 'rate-limited';
  }
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  // 1xx/3xx that reached us: not an answer the client knows how to read.
  return 'invalid-response';
}

// ---- building blocks shared with the client ----

export function noTokenError(request?: string): PlanpointError {
  return new PlanpointError({
    kind: 'no-token',
    message: `${request ? `${request}: ` : ''}no API token is set`,
    cause: { cause: 'no-token' },
  });
}

export function timeoutError(timeoutMs: number, request?: string): PlanpointError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new PlanpointError({
    kind: 'timeout',
    message: `${request ? `${request}: ` : ''}no answer within ${timeoutMs} ms`,
    cause: { cause: 'timeout', seconds },
  });
}

/** `origin` null: the address is not known where the failure was caught. */
export function networkError(
  origin: string | null,
  detail: string,
  request?: string,
): PlanpointError {
  return new PlanpointError({
    kind: 'network',
    message: `${request ? `${request}: ` : ''}network error${detail ? ` (${detail})` : ''}`,
    cause: { cause: 'unreachable', origin },
  });
}

export function redirectError(request?: string): PlanpointError {
  return new PlanpointError({
    kind: 'invalid-response',
    message: `${request ? `${request}: ` : ''}redirected; redirects are not followed`,
    cause: { cause: 'redirected' },
  });
}

export function invalidResponseError(
  detail: string,
  request?: string,
  hint: InvalidResponseHint = 'data',
): PlanpointError {
  return new PlanpointError({
    kind: 'invalid-response',
    message: `${request ? `${request}: ` : ''}invalid response: ${detail}`,
    cause: { cause: 'invalid-response', hint },
  });
}

/**
 * Anything thrown anywhere -> a PlanpointError. Fetch failures (TypeError "fetch failed" /
 * "Failed to fetch" / "NetworkError…", ECONNREFUSED, DNS, socket hang up) become `network`,
 * aborts and timeouts `timeout`, JSON syntax errors `invalid-response`, HTTP errors thrown by
 * ofetch are mapped by status. Anything unrecognised is reported as `network` (the only thing
 * between the extension and Planpoint that fails without a status), with its text as detail.
 */
export function toPlanpointError(e: unknown, context?: { origin?: string }): PlanpointError {
  if (isPlanpointError(e)) return e;
  const origin = context?.origin ?? null;
  const status = httpStatusOf(e);
  if (status !== null) {
    const data = isRecord(e) ? e['data'] : undefined;
    return errorFromResponse({
      status,
      bodyText: typeof data === 'string' ? data : safeJson(data),
      resource: 'project',
    });
  }
  const chain = causeChain(e);
  if (chain.some((c) => c.name === 'TimeoutError' || c.name === 'AbortError')) {
    return new PlanpointError({
      kind: 'timeout',
      message: `timeout: ${describe(e)}`,
      cause: { cause: 'timeout', seconds: null },
    });
  }
  if (chain.some((c) => c.name === 'SyntaxError')) {
    return invalidResponseError(describe(e));
  }
  const codes = chain.map((c) => c.code).filter((c) => c !== null);
  return networkError(origin, [...new Set(codes)].join(', ') || describe(e));
}

/** Readable text for anything thrown: never "[object Object]". */
function describe(e: unknown): string {
  if (typeof e === 'string') return e.trim() || 'unknown error';
  if (e instanceof Error) return e.message.trim() || e.name || 'unknown error';
  if (isRecord(e)) {
    const m = e['message'];
    if (typeof m === 'string' && m.trim()) return m.trim();
    const json = safeJson(e);
    if (json && json !== '{}') return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  }
  if (typeof e === 'number' || typeof e === 'boolean' || typeof e === 'bigint') return String(e);
  return 'unknown error';
}

function httpStatusOf(e: unknown): number | null {
  if (!isRecord(e)) return null;
  const s = e['status'] ?? e['statusCode'];
  return typeof s === 'number' && Number.isInteger(s) && s >= 100 && s < 600 ? s : null;
}

function pausedFrom(raw: unknown, secrets?: readonly string[]): { reason: string | null } | null {
  if (raw === true) return { reason: null };
  if (isRecord(raw) && raw['value'] === true) {
    const reason = typeof raw['reason'] === 'string' ? raw['reason'] : null;
    return { reason: cleanServerMessage(reason, secrets) };
  }
  return null;
}

function plainText(ctx: HttpErrorContext): string | null {
  const text = ctx.bodyText.trim();
  if (!text || text.length > MAX_SERVER_MESSAGE || /^[[{"]/.test(text)) return null;
  return text;
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return isRecord(v) ? v : null;
  } catch {
    return null;
  }
}

function pickString(o: Record<string, unknown>, key: string): string | null {
  const v = o[key];
  return typeof v === 'string' ? v : null;
}

/** One line, bounded length, secrets removed: server text is untrusted. */
function cleanServerMessage(raw: string | null, secrets?: readonly string[]): string | null {
  if (raw === null) return null;
  let s = raw
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const secret of secrets ?? []) {
    if (secret.length >= 4) s = s.split(secret).join('[hidden]');
  }
  if (!s) return null;
  return s.length > MAX_SERVER_MESSAGE ? `${s.slice(0, MAX_SERVER_MESSAGE - 1)}…` : s;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}
