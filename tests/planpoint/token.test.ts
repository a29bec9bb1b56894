import { describe, expect, it } from 'vitest';
import { isPlanpointError } from '../../lib/planpoint/errors';
import { authorizationHeader, normalizeToken, tokenHint } from '../../lib/planpoint/token';
import { errorText } from '../../lib/error-text';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlQTFCMg';

describe('normalizeToken', () => {
  it.each([
    [JWT, JWT],
    [`  ${JWT}\n`, JWT],
    [`Bearer ${JWT}`, JWT],
    [`bearer ${JWT}`, JWT],
    [`BEARER   ${JWT}`, JWT],
    [`Authorization: Bearer ${JWT}`, JWT],
    [`"${JWT}"`, JWT],
    [`'Bearer ${JWT}'`, JWT],
  ])('%j -> the bare token', (input, expected) => {
    expect(normalizeToken(input)).toBe(expected);
  });

  it.each([[''], ['   '], ['Bearer'], ['Bearer   '], ['""']])('%j -> empty string', (input) => {
    expect(normalizeToken(input)).toBe('');
  });

  it('does not strip "bearer" when it is part of the token itself', () => {
    expect(normalizeToken('bearerish-token-123')).toBe('bearerish-token-123');
  });

  it.each([['abc def'], ['abc\ndef'], ['Bearer abc def'], ['abc\tdef']])(
    'rejects whitespace inside %j',
    (input) => {
      let caught: unknown;
      try {
        normalizeToken(input);
      } catch (e) {
        caught = e;
      }
      expect(isPlanpointError(caught)).toBe(true);
      if (!isPlanpointError(caught)) return;
      expect(caught.kind).toBe('bad-request');
      expect(errorText(caught)).toMatch(/spaces or line breaks/);
      expect(errorText(caught)).not.toContain('abc');
    },
  );

  it('rejects characters a header cannot carry', () => {
    expect(() => normalizeToken('tökén')).toThrow(/printable ASCII/);
  });
});

describe('authorizationHeader', () => {
  it('adds the Bearer scheme once, whether or not it was pasted', () => {
    expect(authorizationHeader(JWT)).toBe(`Bearer ${JWT}`);
    expect(authorizationHeader(`Bearer ${JWT}`)).toBe(`Bearer ${JWT}`);
  });
});

describe('tokenHint', () => {
  it('shows only the last four characters', () => {
    expect(tokenHint(JWT)).toBe('…FCMg');
    expect(tokenHint(`Bearer ${JWT}`)).toBe(`…${JWT.slice(-4)}`);
    expect(tokenHint(JWT)).not.toContain(JWT.slice(0, 10));
  });

  it('is empty for no token and reveals nothing of a very short one', () => {
    expect(tokenHint('')).toBe('');
    expect(tokenHint('abcd')).toBe('…');
    expect(tokenHint('abcdefgh')).toBe('…');
    expect(tokenHint('abcdefghi')).toBe('…fghi');
  });
});
