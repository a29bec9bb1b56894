import { describe, expect, it } from 'vitest';
import { call, projectId } from './helpers';
import { useSandbox } from '../support/sandbox';

const sandbox = useSandbox();

describe('errors', () => {
  it('answers 405 {message} with an Allow header for a wrong method on a known path', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/api/groups', 'GET, POST, OPTIONS'],
      ['GET', '/api/projects/find', 'POST, OPTIONS'],
      ['PUT', '/api/units', 'GET, POST, PATCH, OPTIONS'],
      ['DELETE', `/api/floors/${'a'.repeat(24)}`, 'GET, PATCH, OPTIONS'],
      ['GET', '/api/users/login', 'POST, OPTIONS'],
    ];
    for (const [method, path, allow] of cases) {
      const result = await call(sandbox, path, { method });
      expect(result.status).toBe(405);
      expect(result.headers.get('allow')).toBe(allow);
      expect(result.json.message).toEqual(expect.any(String));
    }
  });

  it('answers 404 {message} for unknown paths', async () => {
    for (const path of ['/api/nothing', '/api/projects/mine/extra', '/', '/units']) {
      const result = await call(sandbox, path);
      expect(result.status).toBe(404);
      expect(result.json.message).toEqual(expect.any(String));
    }
  });

  it('answers 404 for unknown or malformed ids on every kind of document', async () => {
    for (const path of [
      '/api/projects/0123456789abcdef01234567',
      '/api/projects/parkview',
      '/api/floors/0123456789abcdef01234567',
      '/api/floors/level-1',
      '/api/units/0123456789abcdef01234567',
      '/api/groups/0123456789abcdef01234567',
      '/api/groups/downtown',
    ]) {
      const result = await call(sandbox, path);
      expect(result.status, path).toBe(404);
      expect(result.json.message).toMatch(/not found/);
    }
  });

  it('checks the token before anything else on protected paths', async () => {
    const result = await call(sandbox, '/api/projects/0123456789abcdef01234567', { token: null });
    expect(result.status).toBe(401);
  });

  it('answers 400 for a missing or malformed body on writes', async () => {
    const pid = projectId(sandbox, 'Parkview Residences');
    const results = [
      await call(sandbox, `/api/projects/${pid}`, { method: 'PATCH' }),
      await call(sandbox, `/api/projects/${pid}`, { method: 'PATCH', rawBody: '{name:' }),
      await call(sandbox, '/api/groups', { method: 'POST', rawBody: '"Downtown"' }),
      await call(sandbox, '/api/units', { method: 'POST', body: null }),
    ];
    for (const result of results) {
      expect(result.status).toBe(400);
      expect(result.json.message).toEqual(expect.any(String));
    }
  });

  it('ignores a trailing slash, as the real router does', async () => {
    const result = await call(sandbox, '/api/projects/mine/');
    expect(result.status).toBe(201);
  });
});

describe('CORS', () => {
  it('answers a preflight with 204 and the allowed headers and methods', async () => {
    const response = await fetch(`${sandbox.url}/api/units?pid=x`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    expect(response.headers.get('access-control-allow-methods')).toBe(
      'GET,POST,PATCH,PUT,DELETE,OPTIONS',
    );
  });

  it('adds CORS headers to successes and errors alike', async () => {
    const ok = await call(sandbox, '/api/projects/mine');
    const unauthorized = await call(sandbox, '/api/projects/mine', { token: null });
    const missing = await call(sandbox, '/api/nowhere', {
      headers: { Origin: 'https://app.example.com' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('*');
    expect(missing.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('answers preflights even while faults are on', async () => {
    sandbox.faults.status = 500;
    const response = await fetch(`${sandbox.url}/api/projects/mine`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
