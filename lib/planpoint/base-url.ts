// The one reading of an API base URL, for the client (which refuses to send to a bad one) and
// for Settings (which tells the agent what is wrong with what they typed).

export type ParsedBaseUrl =
  | {
      ok: true;
      /** Origin and path, no trailing slash: request paths ("/api/…") are appended to it. */
      prefix: string;
      /** Where requests go, and the only origin the token is sent to. */
      origin: string;
    }
  | { ok: false; problem: 'not-a-url' | 'not-http' };

export function parseBaseUrl(raw: string): ParsedBaseUrl {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'not-http' };
  return {
    ok: true,
    prefix: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
    origin: url.origin,
  };
}
