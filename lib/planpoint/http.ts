// One HTTP exchange with Planpoint: URL, auth header, timeout, bounded body, retries, and every
// failure turned into a PlanpointError. Only fetch-compatible APIs (ofetch, AbortController,
// ReadableStream, TextDecoder) so it runs in an MV3 service worker, a Firefox event page and Node.
import { ofetch } from 'ofetch';
import {
  errorFromResponse,
  invalidResponseError,
  isTransient,
  redirectError,
  networkError,
  noTokenError,
  PlanpointError,
  timeoutError,
  toPlanpointError,
  type PlanpointResource,
} from './errors';
import { parseBaseUrl } from './base-url';
import { causeChain, looksLikeHtml } from './sniff';
import { normalizeToken } from './token';

/**
 * Larger answers are refused: a hostile or broken server must not exhaust the worker. The
 * largest real answer is one project with its units embedded, about 0.5 kB a unit: 16 MB is
 * some 30,000 units in one project, far beyond any building. (errors.ts names the limit.)
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

const MAX_BACKOFF_MS = 10_000;

/** A Retry-After longer than this is not waited for: the request fails and says why. */
export const MAX_RETRY_AFTER_MS = 30_000;

/**
 * The Authorization form each origin accepted: the contract and the overview say
 * `Bearer <token>`, the viewer docs' samples send the raw key. Kept for as long as the
 * background runs, for every client; `onAuthForm` lets the caller keep it longer.
 */
const AUTH_FORM_BY_ORIGIN = new Map<string, AuthForm>();
export type AuthForm = 'bearer' | 'raw';

/** Where a request goes and the token it carries (null or empty: none saved). */
export interface Connection {
  baseUrl: string;
  token?: string | null;
  /** The form this address accepted before, as the caller kept it (onAuthForm). */
  authForm?: AuthForm | null;
}

export interface TransportOptions {
  /** Read before every request, so a changed address or token applies to the next request. */
  connection: () => Connection | Promise<Connection>;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  /** How many 429s a read waits out before failing (writes never repeat). Default 4. */
  rateLimitRetries?: number;
  /** Told each time Planpoint asks to slow down, with the wait in ms. */
  onRateLimited?: (waitMs: number) => void;
  /** Told when an origin accepted the other Authorization form, to keep for next time. */
  onAuthForm?: (origin: string, form: AuthForm) => void;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path under the base URL, starting with "/api/". */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * 'required': no request without a token. 'optional': sent when set (the find lookups).
   * 'none': never sent (login, where a stale saved token would get a good password refused).
   */
  auth: 'required' | 'optional' | 'none';
  /** Safe to repeat after a network error, timeout or 5xx: GETs and the find lookups only. */
  idempotent: boolean;
  /** 'none' ignores the body of a 2xx (deletes); 'json' requires a JSON body. */
  expect: 'json' | 'none';
  resource: PlanpointResource;
  lookup?: 'id' | 'find' | 'login';
  /** More strings to keep out of error messages (a password). */
  secrets?: string[];
}

export type Transport = (spec: RequestSpec) => Promise<unknown>;

export function createTransport(opts: TransportOptions): Transport {
  /** Until when Planpoint asked this client to hold its requests (epoch ms). */
  let resumeAt = 0;

  return async function send(spec) {
    const label = `${spec.method} ${spec.path}`;
    const connection = await readConnection(opts.connection, label);
    const base = parseBaseUrl(connection.baseUrl);
    if (!base.ok) throw badBaseUrlError(connection.baseUrl, label);
    const token =
      spec.auth === 'none' || typeof connection.token !== 'string'
        ? ''
        : normalizeToken(connection.token);
    if (spec.auth === 'required' && !token) throw noTokenError(label);
    const url = base.prefix + spec.path + queryString(spec.query);
    const secrets = [token, ...(spec.secrets ?? [])].filter((s) => s !== '');
    const ctx = {
      timeoutMs: opts.timeoutMs,
      origin: base.origin,
      label,
      secrets,
      authForm: AUTH_FORM_BY_ORIGIN.get(base.origin) ?? connection.authForm ?? 'bearer',
      onAuthForm: opts.onAuthForm,
    };

    let retried = 0;
    let waitedOut = 0;
    for (;;) {
      await sleep(resumeAt - Date.now());
      try {
        return await exchangeWithAuth(url, spec, token, ctx);
      } catch (e) {
        const err = toPlanpointError(e, { origin: base.origin });
        if (err.kind === 'rate-limited') {
          // Planpoint asked to slow down: every request of this client waits, not only this one.
          const wait =
            err.retryAfterMs ?? backoffDelay(Math.max(opts.retryDelayMs, 1000), waitedOut);
          if (
            !spec.idempotent ||
            waitedOut >= (opts.rateLimitRetries ?? 4) ||
            wait > MAX_RETRY_AFTER_MS
          ) {
            throw err;
          }
          waitedOut++;
          resumeAt = Math.max(resumeAt, Date.now() + wait);
          opts.onRateLimited?.(wait);
          continue;
        }
        if (!spec.idempotent || retried >= opts.retries || !isTransient(err)) throw err;
        await sleep(backoffDelay(opts.retryDelayMs, retried++));
      }
    }
  };
}

/**
 * One request with the token in the form this origin accepted last (Bearer at first). A 401
 * is tried once in the other form, which is remembered when it works; a token refused both
 * ways is reported as the first refusal. A 401 means nothing was done, so a write may repeat.
 */
async function exchangeWithAuth(
  url: string,
  spec: RequestSpec,
  token: string,
  ctx: ExchangeContext,
): Promise<unknown> {
  const form = ctx.authForm;
  try {
    return await exchange(url, spec, authorization(token, form), ctx);
  } catch (first) {
    if (!token || !(first instanceof PlanpointError) || first.status !== 401) throw first;
    const other: AuthForm = form === 'bearer' ? 'raw' : 'bearer';
    try {
      const answer = await exchange(url, spec, authorization(token, other), ctx);
      AUTH_FORM_BY_ORIGIN.set(ctx.origin, other);
      ctx.onAuthForm?.(ctx.origin, other);
      return answer;
    } catch (second) {
      throw second instanceof PlanpointError && second.status === 401 ? first : second;
    }
  }
}

function authorization(token: string, form: AuthForm): string | null {
  if (!token) return null;
  return form === 'bearer' ? `Bearer ${token}` : token;
}

interface ExchangeContext {
  timeoutMs: number;
  origin: string;
  label: string;
  secrets: string[];
  /** The form to try first (exchangeWithAuth). */
  authForm: AuthForm;
  onAuthForm?: (origin: string, form: AuthForm) => void;
}

async function exchange(
  url: string,
  spec: RequestSpec,
  authorizationHeader: string | null,
  ctx: ExchangeContext,
): Promise<unknown> {
  // Our own controller rather than ofetch's `timeout`: ofetch stops its timer once headers
  // arrive, and a body that trickles in must time out too.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  const failed = (e: unknown): PlanpointError => {
    if (e instanceof PlanpointError) return e;
    return timedOut
      ? timeoutError(ctx.timeoutMs, ctx.label)
      : networkError(ctx.origin, transportDetail(e), ctx.label);
  };

  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (authorizationHeader) headers['authorization'] = authorizationHeader;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';

    let res: Response;
    try {
      res = await ofetch.raw(url, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
        // A redirect could carry the token to another origin (browsers differ on dropping the
        // Authorization header), and its answer would come from a server nobody configured.
        redirect: 'manual',
        responseType: 'stream',
        ignoreResponseError: true,
        retry: false,
      });
    } catch (e) {
      throw failed(e);
    }
    // Browsers report a redirect not followed as an opaque answer with status 0; Node as the 3xx.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
      await res.body?.cancel().catch(() => undefined);
      throw redirectError(ctx.label);
    }

    let bodyText: string;
    try {
      bodyText = await readBodyText(res, ctx.label);
    } catch (e) {
      throw failed(e);
    }

    const contentType = res.headers.get('content-type');
    if (res.status < 200 || res.status > 299) {
      throw errorFromResponse({
        status: res.status,
        bodyText,
        contentType,
        resource: spec.resource,
        lookup: spec.lookup,
        request: ctx.label,
        secrets: ctx.secrets,
        retryAfter: res.headers.get('retry-after'),
      });
    }
    return spec.expect === 'none' ? undefined : parseJson(bodyText, contentType, ctx.label);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as text, refusing it once it passes MAX_RESPONSE_BYTES. */
async function readBodyText(res: Response, label: string): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_RESPONSE_BYTES) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(label);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_RESPONSE_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(label);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function tooLarge(label: string): PlanpointError {
  return invalidResponseError(`body larger than ${MAX_RESPONSE_BYTES} bytes`, label, 'size');
}

function parseJson(text: string, contentType: string | null, label: string): unknown {
  if (text.trim() === '') throw invalidResponseError('empty body', label);
  if (looksLikeHtml(text, contentType)) {
    throw invalidResponseError('an HTML page instead of JSON', label, 'html');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'parse error';
    throw invalidResponseError(`not JSON (${reason})`, label);
  }
}

async function readConnection(
  read: TransportOptions['connection'],
  label: string,
): Promise<Connection> {
  try {
    return await read();
  } catch {
    throw new PlanpointError({
      kind: 'no-token',
      message: `${label}: the token could not be read`,
      cause: { cause: 'token-unreadable' },
    });
  }
}

function badBaseUrlError(baseUrl: string, label: string): PlanpointError {
  return new PlanpointError({
    kind: 'network',
    message: `${label}: invalid base URL`,
    cause: { cause: 'bad-base-url', baseUrl },
  });
}

function queryString(query: Record<string, string> | undefined): string {
  if (!query) return '';
  const qs = new URLSearchParams(query).toString();
  return qs ? `?${qs}` : '';
}

/** The low-level reason (ECONNREFUSED, ENOTFOUND, "other side closed"), for developer logs. */
function transportDetail(e: unknown): string {
  const parts = causeChain(e).flatMap((link, depth) =>
    link.code ? [link.code] : link.message && depth > 0 ? [link.message] : [],
  );
  return [...new Set(parts)].join(', ') || 'connection failed';
}

/** Exponential backoff with jitter: base·2^attempt, randomly between half and all of it. */
export function backoffDelay(baseMs: number, attempt: number): number {
  const full = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return full / 2 + Math.random() * (full / 2);
}

function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms));
}
