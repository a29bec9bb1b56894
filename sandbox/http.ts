// Small helpers over Node's http module: CORS headers, body reading, JSON replies.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './types';

export interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** CORS on every answer, errors included: extension pages and web pages call the sandbox. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Allow-Methods': 'GET,POST,PATCH,PUT,DELETE,OPTIONS',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** The request body as text; null when it is larger than the sandbox accepts. */
export function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export type ParsedBody = { kind: 'empty' } | { kind: 'json'; value: Json } | { kind: 'invalid' };

export function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as Json };
  } catch {
    return { kind: 'invalid' };
  }
}

export function send(
  res: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: Record<string, string>,
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export const JSON_TYPE = 'application/json; charset=utf-8';
