// A scriptable HTTP server for client tests that need exact control over one answer (status,
// headers, a body that trickles or never ends, a dropped socket). Records every request.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { listenOnFreePort } from './listen';

export interface StubRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type StubHandler = (req: StubRequest, res: ServerResponse) => void | Promise<void>;

export interface Stub {
  url: string;
  requests: StubRequest[];
  handle(handler: StubHandler): void;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(text);
}

export async function startStub(): Promise<Stub> {
  let handler: StubHandler = (_req, res) => sendJson(res, 500, { message: 'no handler' });
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: StubRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch(() => res.destroy());
    });
  });
  const { url, close } = await listenOnFreePort(server);
  return {
    url,
    requests,
    handle(h) {
      handler = h;
    },
    close,
  };
}
