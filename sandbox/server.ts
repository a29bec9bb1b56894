// The local Planpoint stand-in: plain Node http, the same paths, status codes, error bodies and
// auth rules as the real API, over generated demo data, with fault switches for testing the
// client's error handling. startSandbox() is used by tests and by the CLI (npm run sandbox).

import { ASSET_PATH, assetSvg, localAssets } from './assets';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestContext } from './context';
import { CONTROL_PREFIX, CONTROL_ROUTES, type ControlContext } from './control';
import { generateDataset } from './data';
import { ApiError } from './errors';
import {
  PROXY_ERROR_PAGE,
  faultsApply,
  isPaused,
  noFaults,
  truncateJson,
  wrongShape,
  type FaultSwitches,
} from './faults';
import {
  JSON_TYPE,
  corsHeaders,
  parseBody,
  readBody,
  send,
  type ParsedBody,
  type Reply,
} from './http';
import { mixSeed, mulberry32 } from './random';
import { matchRoute, type Route } from './router';
import { API_ROUTES } from './routes';
import { concernedProjects } from './scope';
import { contractShape, retryAfterHeader, type ShapeSwitches } from './shape';
import { SandboxStore } from './store';

export type { FaultSwitches } from './faults';
export { noFaults } from './faults';
export type { ShapeSwitches } from './shape';
export { SandboxStore } from './store';

export interface SandboxOptions {
  /** 0 = a random free port; default 8787. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 1. */
  seed?: number;
  /** Projects of the demo account; default 8. The second account always owns two more. */
  projects?: number;
  /** Default 40. */
  unitsPerProject?: number;
  /** The forms the answers take; default: exactly the SDK contract's (sandbox/shape.ts). */
  shape?: Partial<ShapeSwitches>;
  /**
   * Serve the pictures the data names (floor plans, photos) from /cdn/ and point the answers at
   * them (sandbox/assets.ts), so the extension shows real images. Off: documents keep the
   * imaginary CDN's addresses, as the store holds them. Default off; the demo and e2e turn it on.
   */
  servePictures?: boolean;
  /** Receives one line per request ("GET /api/units 201 3ms"); paths only, never headers. */
  log?: (line: string) => void;
}

export interface SandboxAccount {
  id: string;
  email: string;
  password: string;
  name: string;
  token: string;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:8787 (no trailing slash). */
  url: string;
  port: number;
  /** accounts[0] is the demo account; accounts[1] owns other projects (for 403s). */
  accounts: SandboxAccount[];
  /** accounts[0].token */
  demoToken: string;
  /** Mutable: change a switch and the next request sees it. */
  faults: FaultSwitches;
  /** Mutable, like faults: the forms the answers take (sandbox/shape.ts). */
  shape: ShapeSwitches;
  /** Direct access to the data, e.g. to change a unit's status and assert the client sees it. */
  store: SandboxStore;
  /** Regenerates the data from the seed, clears every fault, and restores the starting shape. */
  reset(): void;
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const seed = opts.seed ?? 1;
  const datasetOptions = {
    seed,
    projects: opts.projects ?? 8,
    unitsPerProject: opts.unitsPerProject ?? 40,
  };
  const store = new SandboxStore(generateDataset(datasetOptions));
  const faults = noFaults();
  const startingShape = (): ShapeSwitches => ({ ...contractShape(), ...opts.shape });
  const shape = startingShape();
  let roll = mulberry32(mixSeed(seed, 0xfa17));
  let apiRequests = 0;
  const reset = () => {
    store.load(generateDataset(datasetOptions));
    Object.assign(faults, noFaults());
    Object.assign(shape, startingShape());
    roll = mulberry32(mixSeed(seed, 0xfa17));
    apiRequests = 0;
  };

  const pictures = (json: string, origin: string) =>
    opts.servePictures ? localAssets(json, origin) : json;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const cors = corsHeaders(req.headers.origin);
    res.on('finish', () =>
      opts.log?.(`${method} ${path} ${res.statusCode} ${Date.now() - started}ms`),
    );
    // Pictures named in the data point at this server (see assets.ts).
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    const reply = (r: Reply) => {
      const headers = { ...cors, ...r.headers };
      if (r.body === undefined) send(res, r.status, '', 'text/plain; charset=utf-8', headers);
      else send(res, r.status, pictures(JSON.stringify(r.body), origin), JSON_TYPE, headers);
    };

    if (opts.servePictures && method === 'GET' && path.startsWith(ASSET_PATH)) {
      const picture = assetSvg(path);
      if (picture)
        send(res, 200, picture, 'image/svg+xml', { ...cors, 'Cache-Control': 'max-age=3600' });
      else send(res, 404, 'No such picture', 'text/plain; charset=utf-8', cors);
      return;
    }
    if (method === 'OPTIONS') {
      // Preflights are answered before faults, so a browser sees the fault on the real request.
      send(res, 204, '', 'text/plain; charset=utf-8', cors);
      return;
    }
    const text = await readBody(req);
    if (text === null) {
      reply(errorReply(400, 'Request body too large'));
      return;
    }
    const body = parseBody(text);

    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      const ctx: ControlContext = { store, faults, shape, reset, query: url.searchParams, body };
      reply(await dispatch(CONTROL_ROUTES, ctx, method, path));
      return;
    }

    apiRequests++;
    if (shape.rateLimitEvery > 0 && apiRequests % shape.rateLimitEvery === 0) {
      reply({
        ...errorReply(429, 'Too many requests, slow down'),
        headers: retryAfterHeader(shape),
      });
      return;
    }
    const json = body.kind === 'json' ? body.value : undefined;
    if (
      faultsApply(faults, { method, path }, concernedProjects(store, path, url.searchParams, json))
    ) {
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      if (faults.dropConnection) {
        req.socket.destroy();
        return;
      }
      const fault = faultReply(faults, roll);
      if (fault) {
        if (typeof fault === 'string') send(res, 502, fault, 'text/html; charset=utf-8', cors);
        else reply(fault);
        return;
      }
      const answer = await dispatch(
        API_ROUTES,
        apiContext(store, shape, method, path, url, req, body),
        method,
        path,
      );
      const ok = answer.status === 200 || answer.status === 201;
      if (ok && answer.body !== undefined && faults.wrongShape)
        answer.body = wrongShape(answer.body);
      if (ok && answer.body !== undefined && faults.malformedJson) {
        send(res, answer.status, truncateJson(JSON.stringify(answer.body)), JSON_TYPE, cors);
        return;
      }
      reply(answer);
      return;
    }
    reply(
      await dispatch(
        API_ROUTES,
        apiContext(store, shape, method, path, url, req, body),
        method,
        path,
      ),
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      opts.log?.(`Sandbox error: ${error instanceof Error ? error.message : String(error)}`);
      send(
        res,
        500,
        JSON.stringify({ message: 'Internal server error' }),
        JSON_TYPE,
        corsHeaders(req.headers.origin),
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const accounts = store.accounts.map((account) => ({ ...account }));

  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    accounts,
    demoToken: accounts[0]?.token ?? '',
    faults,
    shape,
    store,
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function apiContext(
  store: SandboxStore,
  shape: ShapeSwitches,
  method: string,
  path: string,
  url: URL,
  req: IncomingMessage,
  body: ParsedBody,
): RequestContext {
  return { store, shape, method, path, query: url.searchParams, headers: req.headers, body };
}

async function dispatch<C>(
  routes: Route<C>[],
  ctx: C,
  method: string,
  path: string,
): Promise<Reply> {
  const match = matchRoute(routes, method, path);
  if (match.kind === 'unknown') return errorReply(404, `Cannot ${method} ${path}`);
  if (match.kind === 'wrong-method') {
    return {
      ...errorReply(405, `Method ${method} is not allowed on ${path}`),
      headers: { Allow: match.allow },
    };
  }
  try {
    return await match.run(ctx);
  } catch (error) {
    if (error instanceof ApiError) return errorReply(error.status, error.message);
    throw error;
  }
}

/** The answer a fault switch forces, if any: a reply, or the HTML of a proxy error page. */
function faultReply(faults: FaultSwitches, roll: () => number): Reply | string | null {
  if (isPaused(faults)) {
    return { status: 403, body: { message: 'This account is paused', paused: faults.paused } };
  }
  if (faults.status !== null) {
    const status = faults.status;
    const headers: Record<string, string> =
      status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
    return { ...errorReply(status, STATUS_CODES[status] ?? 'Error'), headers };
  }
  if (faults.errorRate > 0 && roll() < faults.errorRate)
    return errorReply(500, 'Internal server error');
  if (faults.htmlError) return PROXY_ERROR_PAGE;
  return null;
}

function errorReply(status: number, message: string): Reply {
  return { status, body: { message } };
}

/** Unref'd, so a slow answer still pending does not keep a closed sandbox's process alive. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
  });
}
