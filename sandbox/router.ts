// A tiny path router: "/api/units/:id" patterns, one handler per method, 405 with an Allow
// header for a known path asked with the wrong method.

import type { Reply } from './http';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route<C> {
  pattern: RegExp;
  keys: string[];
  methods: Partial<
    Record<Method, (ctx: C, params: Record<string, string>) => Reply | Promise<Reply>>
  >;
}

export function route<C>(path: string, methods: Route<C>['methods']): Route<C> {
  const keys: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(part.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), keys, methods };
}

export type RouteMatch<C> =
  | { kind: 'found'; run: (ctx: C) => Reply | Promise<Reply> }
  | { kind: 'wrong-method'; allow: string }
  | { kind: 'unknown' };

/** First route whose pattern matches wins, so list fixed paths before ":id" paths. */
export function matchRoute<C>(routes: Route<C>[], method: string, path: string): RouteMatch<C> {
  for (const candidate of routes) {
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const handler = candidate.methods[method as Method];
    if (!handler) {
      return {
        kind: 'wrong-method',
        allow: [...Object.keys(candidate.methods), 'OPTIONS'].join(', '),
      };
    }
    const params: Record<string, string> = {};
    candidate.keys.forEach((key, i) => {
      params[key] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { kind: 'found', run: (ctx) => handler(ctx, params) };
  }
  return { kind: 'unknown' };
}
