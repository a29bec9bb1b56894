import { describe, expect, it } from 'vitest';
import {
  errorFromResponse,
  isPlanpointError,
  PlanpointError,
  toPlanpointError,
  type PlanpointErrorKind,
} from '../../lib/planpoint/errors';
import { errorText } from '../../lib/error-text';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLXZhbHVl.sig';

function fromJson(status: number, body: unknown, extra: { lookup?: 'id' | 'find' | 'login' } = {}) {
  return errorFromResponse({
    status,
    bodyText: JSON.stringify(body),
    contentType: 'application/json',
    resource: 'project',
    request: 'GET /api/projects/64a1',
    secrets: [TOKEN],
    ...extra,
  });
}

describe('errorFromResponse: status and body -> kind', () => {
  it.each<[number, unknown, PlanpointErrorKind]>([
    [400, { message: 'Name is required' }, 'bad-request'],
    [401, { message: 'Invalid token' }, 'unauthorized'],
    [403, { message: 'Forbidden' }, 'forbidden'],
    [403, { message: 'Project paused', paused: true }, 'paused'],
    [403, { message: 'Project paused', paused: { value: true, reason: 'Billing' } }, 'paused'],
    [403, { message: 'Forbidden', paused: false }, 'forbidden'],
    [403, { message: 'Forbidden', paused: { value: false } }, 'forbidden'],
    [404, { message: 'Project not found' }, 'not-found'],
    [405, { message: 'Method not allowed' }, 'method-not-allowed'],
    [408, {}, 'timeout'],
    [410, {}, 'not-found'],
    [418, {}, 'bad-request'],
    [422, { message: 'Unprocessable' }, 'bad-request'],
    [429, { message: 'Slow down' }, 'rate-limited'],
    [500, { message: 'Internal server error' }, 'server'],
    [502, {}, 'server'],
    [503, null, 'server'],
    [304, {}, 'invalid-response'],
  ])('%i %j -> %s', (status, body, kind) => {
    const e = fromJson(status, body);
    expect(e).toBeInstanceOf(PlanpointError);
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
  });
});

describe('errorFromResponse: messages an agent can act on', () => {
  it('names the missing thing and quotes the server', () => {
    const e = fromJson(404, { message: 'Project not found' });
    expect(e.serverMessage).toBe('Project not found');
    expect(errorText(e)).toMatch(/^Planpoint could not find that project \(Project not found\)\./);
  });

  it('explains a find that matched nothing in terms of namespace and host name', () => {
    const e = fromJson(404, { message: 'Not found' }, { lookup: 'find' });
    expect(errorText(e)).toContain('namespace and host name');
    expect(errorText(e)).toContain('Settings');
  });

  it('tells the agent to paste a new token on 401, and to check credentials on a login 401', () => {
    expect(errorText(fromJson(401, { message: 'jwt expired' }))).toBe(
      'Planpoint rejected your API token (jwt expired). Paste a new one in Settings.',
    );
    expect(
      errorText(fromJson(401, { message: 'Invalid credentials' }, { lookup: 'login' })),
    ).toMatch(/did not accept that email and password/);
  });

  it('carries the pause reason', () => {
    const e = fromJson(403, {
      message: 'Paused',
      paused: { value: true, reason: 'Unpaid invoice' },
    });
    expect(e.paused).toEqual({ reason: 'Unpaid invoice' });
    expect(errorText(e)).toContain('paused');
    expect(errorText(e)).toContain('Unpaid invoice');
    expect(fromJson(403, { paused: true }).paused).toEqual({ reason: null });
    expect(errorText(fromJson(403, { message: 'Project paused', paused: true }))).toBe(
      'This project is paused on Planpoint (Project paused). It can be used again once its owner resumes it.',
    );
    expect(fromJson(403, { message: 'Forbidden' }).paused).toBeNull();
  });

  it('says what to do for forbidden, bad request, 405, 429 and 5xx', () => {
    expect(errorText(fromJson(403, { message: 'Not your project' }))).toMatch(
      /not allowed to access this project \(Not your project\)\. Ask its owner/,
    );
    expect(errorText(fromJson(400, { message: 'Name too short' }))).toMatch(
      /refused the request as invalid \(Name too short\)\. Check the values/,
    );
    expect(errorText(fromJson(405, {}))).toMatch(
      /does not allow this action\. Check the API base URL/,
    );
    expect(errorText(fromJson(429, {}))).toMatch(/too many requests\. Wait a minute/);
    expect(errorText(fromJson(500, { message: 'db down' }))).toBe(
      'Planpoint had a problem on its side (HTTP 500: db down). Try again in a few minutes.',
    );
  });

  it('recognises an HTML error page and does not quote it', () => {
    const e = errorFromResponse({
      status: 502,
      bodyText: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
      contentType: 'text/html; charset=utf-8',
      resource: 'project',
    });
    expect(e.kind).toBe('server');
    expect(e.serverMessage).toBeNull();
    expect(errorText(e)).toMatch(/answered with an error page \(HTTP 502\)/);
    expect(errorText(e)).not.toContain('<');
  });

  it('uses a short plain-text body as the server message', () => {
    const e = errorFromResponse({ status: 404, bodyText: 'Not Found', resource: 'unit' });
    expect(e.serverMessage).toBe('Not Found');
    expect(errorText(e)).toMatch(/^Planpoint could not find that unit \(Not Found\)/);
  });

  it('ignores a message that is not a string', () => {
    const e = fromJson(400, { message: { nested: 'object' } });
    expect(e.serverMessage).toBeNull();
    expect(errorText(e)).not.toContain('[object Object]');
    expect(errorText(e)).toBe(
      'Planpoint refused the request as invalid. Check the values and try again.',
    );
  });

  it('flattens and bounds a hostile server message', () => {
    const e = fromJson(400, { message: `line1\n\u0007line2   ${'x'.repeat(1000)}` });
    expect(e.serverMessage?.startsWith('line1 line2 x')).toBe(true);
    expect(e.serverMessage?.length).toBeLessThanOrEqual(200);
    expect(errorText(e).length).toBeLessThan(400);
  });

  it('never repeats the token, even when the server echoes it', () => {
    const e = fromJson(401, { message: `Token ${TOKEN} is invalid` });
    expect(e.serverMessage).toBe('Token [hidden] is invalid');
    for (const text of [e.message, errorText(e), String(e), JSON.stringify(e)]) {
      expect(text).not.toContain(TOKEN);
    }
    const paused = fromJson(403, { paused: { value: true, reason: `for ${TOKEN}` } });
    expect(paused.paused?.reason).toBe('for [hidden]');
  });
});

describe('toPlanpointError', () => {
  it('passes a PlanpointError through unchanged', () => {
    const e = fromJson(404, {});
    expect(toPlanpointError(e)).toBe(e);
  });

  it.each([
    [
      'undici fetch failed, ECONNREFUSED',
      Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' },
      }),
    ],
    ['browser Failed to fetch', new TypeError('Failed to fetch')],
    ['Firefox NetworkError', new TypeError('NetworkError when attempting to fetch resource.')],
    ['DNS', Object.assign(new Error('getaddrinfo ENOTFOUND nope.invalid'), { code: 'ENOTFOUND' })],
    ['socket hang up', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('%s -> network, naming the origin', (_name, err) => {
    const e = toPlanpointError(err, { origin: 'http://127.0.0.1:9' });
    expect(e.kind).toBe('network');
    expect(e.status).toBeNull();
    expect(errorText(e)).toBe(
      'The server at http://127.0.0.1:9 could not be reached. Check the API base URL in Settings and your internet connection.',
    );
  });

  it('keeps the low-level code for developers', () => {
    const err = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(toPlanpointError(err).message).toContain('ECONNREFUSED');
  });

  it('maps aborts and timeouts to timeout', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    expect(toPlanpointError(abort).kind).toBe('timeout');
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    expect(toPlanpointError(timeout).kind).toBe('timeout');
    const wrapped = Object.assign(new Error('[GET] "x": <no response>'), { cause: abort });
    expect(toPlanpointError(wrapped).kind).toBe('timeout');
  });

  it('maps a JSON syntax error to invalid-response', () => {
    let syntax: unknown;
    try {
      JSON.parse('{nope');
    } catch (e) {
      syntax = e;
    }
    expect(toPlanpointError(syntax).kind).toBe('invalid-response');
  });

  it('maps an HTTP error thrown by ofetch by its status and data', () => {
    const fetchError = Object.assign(new Error('[GET] "/api/units/1": 404 Not Found'), {
      status: 404,
      data: { message: 'Unit not found' },
    });
    const e = toPlanpointError(fetchError);
    expect(e.kind).toBe('not-found');
    expect(e.serverMessage).toBe('Unit not found');
  });

  it.each([
    [{ some: 'object' }],
    [{}],
    ['a string'],
    [42],
    [null],
    [undefined],
    [Symbol('s')],
    [Object.create(null) as object],
  ])('never produces [object Object] from %s', (thing) => {
    const e = toPlanpointError(thing);
    expect(isPlanpointError(e)).toBe(true);
    expect(e.message).not.toContain('[object Object]');
    expect(errorText(e)).not.toContain('[object Object]');
    expect(e.message.length).toBeGreaterThan(0);
    expect(errorText(e).length).toBeGreaterThan(0);
  });

  it('describes an object with a message by that message', () => {
    expect(toPlanpointError({ message: 'boom' }).message).toContain('boom');
    expect(toPlanpointError({ some: 'object' }).message).toContain('{"some":"object"}');
  });
});
