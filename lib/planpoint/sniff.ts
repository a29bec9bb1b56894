// Reading what came back when it is not what was asked for: an HTML page where JSON was
// expected, and the chain of causes under a failed fetch (ECONNREFUSED under "fetch failed").
import { isRecord } from '../is-record';

/** A web page (a login screen, a proxy's error page) rather than data. */
export function looksLikeHtml(text: string, contentType?: string | null): boolean {
  if (contentType && /\btext\/html\b/i.test(contentType)) return true;
  return /^\s*<[!?a-z]/i.test(text);
}

export interface CauseLink {
  name: string | null;
  code: string | null;
  message: string | null;
}

/** The error and its causes, outermost first (at most six: a cycle must not hang the worker). */
export function causeChain(error: unknown): CauseLink[] {
  const links: CauseLink[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && isRecord(current); depth++) {
    links.push({
      name: stringOrNull(current['name']),
      code: stringOrNull(current['code']),
      message: stringOrNull(current['message']),
    });
    current = current['cause'];
  }
  return links;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
