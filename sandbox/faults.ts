// Fault switches: ways the real service (or the network in front of it) misbehaves, so the
// client's error handling can be tested and demonstrated. Switches are plain mutable data; the
// server reads them on every request. Control paths (/__sandbox) and CORS preflights never fault.

import type { Json, JsonObject } from './types';

export interface FaultSwitches {
  /** Added before every response. */
  latencyMs: number;
  /** 0..1 fraction of requests answered 500 {message}. */
  errorRate: number;
  /** Force this status (with a {message} body) on every matching request. */
  status: number | null;
  /** 200/201 answers carry a truncated JSON body. */
  malformedJson: boolean;
  /** 502 with an HTML page (text/html), like a proxy error page. */
  htmlError: boolean;
  /** Destroy the socket without answering. */
  dropConnection: boolean;
  /** Account paused: 403 {message, paused}. */
  paused: boolean | { value: boolean; reason: string };
  /** Valid JSON of the wrong shape (e.g. a units list whose records is a string). */
  wrongShape: boolean;
  /** Faults apply only to request paths starting with this (e.g. "/api/units"); null = all. */
  pathPrefix: string | null;
  /** Faults apply only to requests concerning these projects; null = all. */
  projectIds: string[] | null;
  /** Faults apply only to these methods (["PATCH"]: writes fail, reads answer); null = all. */
  methods: string[] | null;
}

export function noFaults(): FaultSwitches {
  return {
    latencyMs: 0,
    errorRate: 0,
    status: null,
    malformedJson: false,
    htmlError: false,
    dropConnection: false,
    paused: false,
    wrongShape: false,
    pathPrefix: null,
    projectIds: null,
    methods: null,
  };
}

/** Checks a partial set of switches (as sent to PUT /__sandbox/faults); returns an error or null. */
export function faultsError(input: unknown): string | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return 'Faults must be a JSON object';
  }
  const known = Object.keys(noFaults());
  for (const [key, value] of Object.entries(input)) {
    if (!known.includes(key)) return `Unknown fault "${key}"; known: ${known.join(', ')}`;
    const problem = switchError(key as keyof FaultSwitches, value);
    if (problem) return `${key} ${problem}`;
  }
  return null;
}

function switchError(key: keyof FaultSwitches, value: unknown): string | null {
  const isBool = typeof value === 'boolean';
  switch (key) {
    case 'latencyMs':
      return typeof value === 'number' && value >= 0 && value <= 120_000
        ? null
        : 'must be 0..120000';
    case 'errorRate':
      return typeof value === 'number' && value >= 0 && value <= 1
        ? null
        : 'must be a number from 0 to 1';
    case 'status':
      return value === null ||
        (Number.isInteger(value) && (value as number) >= 200 && (value as number) <= 599)
        ? null
        : 'must be null or an HTTP status from 200 to 599';
    case 'paused':
      return isBool || isPausedObject(value) ? null : 'must be a boolean or {value, reason}';
    case 'pathPrefix':
      return value === null || (typeof value === 'string' && value.startsWith('/'))
        ? null
        : 'must be null or a path starting with /';
    case 'projectIds':
      return value === null || (Array.isArray(value) && value.every((id) => typeof id === 'string'))
        ? null
        : 'must be null or an array of project ids';
    case 'methods':
      return value === null ||
        (Array.isArray(value) && value.every((m) => typeof m === 'string' && /^[A-Z]+$/.test(m)))
        ? null
        : 'must be null or an array of HTTP methods in capitals';
    default:
      return isBool ? null : 'must be a boolean';
  }
}

function isPausedObject(value: unknown): value is { value: boolean; reason: string } {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as { value?: unknown; reason?: unknown };
  return (
    typeof candidate.value === 'boolean' &&
    (candidate.reason === undefined || typeof candidate.reason === 'string')
  );
}

export function isPaused(faults: FaultSwitches): boolean {
  return typeof faults.paused === 'boolean' ? faults.paused : faults.paused.value;
}

/** Whether the switches' scope covers a request (its method, path, and the projects it concerns). */
export function faultsApply(
  faults: FaultSwitches,
  request: { method: string; path: string },
  projectIds: readonly string[],
): boolean {
  const { method, path } = request;
  if (faults.methods !== null && !faults.methods.includes(method)) return false;
  if (faults.pathPrefix !== null && !path.startsWith(faults.pathPrefix)) return false;
  if (faults.projectIds !== null && !projectIds.some((id) => faults.projectIds?.includes(id))) {
    return false;
  }
  return true;
}

export const PROXY_ERROR_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** Cuts a JSON text short so it no longer parses. */
export function truncateJson(text: string): string {
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/**
 * Valid JSON of the wrong shape: lists become strings, numbers become strings, ids become
 * numbers, and the login token goes missing. A client validating what it receives rejects it.
 */
export function wrongShape(body: Json): Json {
  if (Array.isArray(body)) return `${body.length} items`;
  if (body === null || typeof body !== 'object') return { value: body };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_id') out[key] = 12345;
    else if (key === 'access_token') out[key] = null;
    else if (Array.isArray(value)) out[key] = `${value.length} items`;
    else if (typeof value === 'number') out[key] = String(value);
    else out[key] = value;
  }
  return out;
}
