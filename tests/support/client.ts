// The Planpoint client as every test builds it: aimed at a test server, with short waits so a
// failing case fails in milliseconds rather than after the production backoff and timeout.
import {
  createPlanpointClient,
  type ClientOptions,
  type PlanpointClient,
} from '@/lib/planpoint/client';

export type { PlanpointClient } from '@/lib/planpoint/client';

/** The client's own options (a `baseUrl` given here wins over the server's), plus the token. */
export interface TestClientOptions extends ClientOptions {
  /**
   * The saved token the client sends. Default: the server's demo token (a sandbox), or none (a
   * stub or a bare URL); null sends none. `getToken`, when given, wins over it.
   */
  token?: string | null;
}

/** A server the client can talk to: a sandbox, a stub, a proxy, or just its base URL. */
export type TestServer = string | { url: string; demoToken?: string };

export function planpointClient(
  server: TestServer,
  { token, ...options }: TestClientOptions = {},
): PlanpointClient {
  const baseUrl = typeof server === 'string' ? server : server.url;
  const saved = token === undefined && typeof server !== 'string' ? server.demoToken : token;
  return createPlanpointClient({
    baseUrl,
    getToken: typeof saved === 'string' ? () => saved : undefined,
    retryDelayMs: 1,
    timeoutMs: 3000,
    ...options,
  });
}
