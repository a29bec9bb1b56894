// Shared by the sandbox tests: a small fetch wrapper and lookups in the sandbox's data. The
// sandbox itself comes from tests/support/sandbox.ts (useSandbox).

import type { Sandbox } from '../support/sandbox';

export interface CallOptions {
  method?: string;
  /** Sent as "Bearer <token>"; null sends no Authorization header. Defaults to the demo token. */
  token?: string | null;
  /** Sent exactly as the Authorization header (overrides token). */
  authorization?: string;
  body?: unknown;
  /** Sent as is, instead of JSON-encoding body. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  json: any;
}

export async function call(
  sandbox: Sandbox,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? sandbox.demoToken : options.token;
  if (options.authorization !== undefined) headers.Authorization = options.authorization;
  else if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  const response = await fetch(`${sandbox.url}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The id of a project by name, via the store (which is what other tests do too). */
export function projectId(sandbox: Sandbox, name: string): string {
  const project = sandbox.store.findProjectByName(name);
  if (!project) throw new Error(`no project named ${name}`);
  return project._id;
}

export function otherAccount(sandbox: Sandbox) {
  const other = sandbox.accounts[1];
  if (!other) throw new Error('second account missing');
  return other;
}

export function otherProjectId(sandbox: Sandbox): string {
  const other = otherAccount(sandbox);
  const project = sandbox.store.projectsOf(other.id)[0];
  if (!project) throw new Error('second account owns no project');
  return project._id;
}
