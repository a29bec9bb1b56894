// Who is asking. Planpoint's docs show both `Authorization: Bearer <token>` (the prose and the
// SDK) and a raw `Authorization: <key>` (the viewer docs' curl samples); both are accepted.

import { ApiError } from './errors';
import type { SandboxStore } from './store';
import type { AccountRecord } from './types';

/** The token in an Authorization header, with or without the "Bearer " prefix. */
export function tokenFromHeader(header: string | undefined): string | null {
  if (header === undefined) return null;
  const token = header
    .trim()
    .replace(/^bearer\s+/i, '')
    .trim();
  return token === '' || /^bearer$/i.test(token) ? null : token;
}

/** The account behind a request; 401 without a valid token, or with `Bearer` when only the raw
 * form is accepted (a server that follows the viewer docs' samples to the letter). */
export function requireAccount(
  store: SandboxStore,
  header: string | undefined,
  rawOnly = false,
): AccountRecord {
  if (rawOnly && header !== undefined && /^\s*bearer\s/i.test(header)) {
    throw new ApiError(401, 'Invalid token');
  }
  const token = tokenFromHeader(header);
  if (token === null) throw new ApiError(401, 'Missing bearer token');
  const account = store.accountByToken(token);
  if (!account) throw new ApiError(401, 'Invalid or expired token');
  return account;
}

/** For public endpoints: no header is fine, but a header that is sent must be valid. */
export function optionalAccount(
  store: SandboxStore,
  header: string | undefined,
  rawOnly = false,
): AccountRecord | null {
  return header === undefined ? null : requireAccount(store, header, rawOnly);
}
