// A loopback proxy in front of the sandbox for the faults the sandbox's switches do not make: a
// 20 MB body, a body that stops half way, an answer that never comes, crafted JSON. Requests no
// rule claims are passed through unchanged. Every request is recorded (method, path, headers).
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { listenOnFreePort } from './listen';

export interface ProxiedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Answers a request itself, or returns 'pass' to send it on to the sandbox. `upstream()` fetches
 * the sandbox's answer (status and parsed JSON body) so a rule can rewrite it.
 */
export type Rule = (
  req: ProxiedRequest,
  res: ServerResponse,
  upstream: () => Promise<{ status: number; json: unknown }>,
) => 'pass' | void | Promise<'pass' | void>;

export interface FaultProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: ProxiedRequest[];
  /** Rules are tried in order; the first that does not pass answers. */
  use(rule: Rule): void;
  clear(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const rules: Rule[] = [];
  const requests: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: ProxiedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      void dispatch(recorded, res).catch(() => res.destroy());
    });
  });

  async function dispatch(req: ProxiedRequest, res: ServerResponse): Promise<void> {
    const upstream = () => forwardJson(target, req);
    for (const rule of [...rules]) {
      if ((await rule(req, res, upstream)) !== 'pass') return;
    }
    await pipeThrough(target, req, res);
  }

  const { url, close } = await listenOnFreePort(server);
  return {
    url,
    requests,
    use: (rule) => void rules.push(rule),
    clear: () => {
      rules.length = 0;
      requests.length = 0;
    },
    close,
  };
}

function upstreamRequest(target: string, req: ProxiedRequest): Promise<IncomingMessage> {
  const url = new URL(req.url, target);
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      url,
      { method: req.method, headers: { ...req.headers, host: url.host } },
      resolve,
    );
    out.on('error', reject);
    out.end(req.body);
  });
}

async function pipeThrough(target: string, req: ProxiedRequest, res: ServerResponse) {
  const answer = await upstreamRequest(target, req);
  res.writeHead(answer.statusCode ?? 502, answer.headers);
  answer.pipe(res);
}

async function forwardJson(target: string, req: ProxiedRequest) {
  const answer = await upstreamRequest(target, req);
  const chunks: Buffer[] = [];
  for await (const chunk of answer) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return { status: answer.statusCode ?? 502, json: text ? (JSON.parse(text) as unknown) : null };
}

// ---- answers a rule can give ----

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A syntactically valid JSON document of about `bytes` bytes: an object with one long string. */
export function sendHugeJson(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const chunk = 'x'.repeat(64 * 1024);
  res.write('{"_id":"huge","name":"Huge","description":"');
  let sent = 0;
  const pump = () => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end('"}');
  };
  res.on('error', () => undefined);
  pump();
}

/** Headers and the start of a body, then nothing: the connection stays open, silent. */
export function sendHalfBodyThenHang(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.write('[{"_id":"a","name":"Parkview');
}

/** Headers and the start of a body, then the socket is cut. */
export function sendHalfBodyThenDrop(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.write('[{"_id":"a","name":"Parkview', () => res.socket?.destroy());
}
