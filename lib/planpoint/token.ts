// The API token as agents paste it: with or without "Bearer ", sometimes with the header name,
// quotes or a trailing newline from the clipboard. Everything here is pure and never logs.
import { PlanpointError } from './errors';

/**
 * The bare token, or '' when nothing usable was pasted. Trims, removes surrounding quotes, an
 * "Authorization:" header name and a leading "Bearer " (any case). Throws a `bad-request`
 * PlanpointError when what is left contains spaces or characters a header cannot carry, since
 * such a token would only fail later with a confusing network error.
 */
export function normalizeToken(input: string): string {
  let bare = stripQuotes(input.trim());
  bare = bare.replace(/^authorization\s*:\s*/i, '');
  bare = bare.replace(/^bearer(?:\s+|$)/i, '');
  bare = stripQuotes(bare.trim());
  if (!bare) return '';
  if (/\s/.test(bare)) {
    throw new PlanpointError({
      kind: 'bad-request',
      message: 'token contains whitespace',
      cause: { cause: 'token-has-spaces' },
    });
  }
  if (!/^[\x21-\x7e]+$/.test(bare)) {
    throw new PlanpointError({
      kind: 'bad-request',
      message: 'token contains characters outside printable ASCII',
      cause: { cause: 'token-has-odd-characters' },
    });
  }
  return bare;
}

/** The header value Planpoint documents: "Bearer <token>". */
export function authorizationHeader(token: string): string {
  return `Bearer ${normalizeToken(token)}`;
}

/** Enough to recognise which token is saved without revealing it: "…a1b2" (last 4 only). */
export function tokenHint(token: string): string {
  const bare = token.trim().replace(/^bearer\s+/i, '');
  if (!bare) return '';
  // A token this short is not a real one; showing its tail would show all of it.
  if (bare.length <= 8) return '…';
  return `…${bare.slice(-4)}`;
}

function stripQuotes(s: string): string {
  const m = /^(["'`])(.*)\1$/s.exec(s);
  return m ? (m[2] ?? '') : s;
}
