import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { SANDBOX_PRESETS } from '../support/sandbox';

// startSandbox itself is under test here, so it is called directly rather than through
// tests/support/sandbox.ts.

describe('startSandbox', () => {
  it('starts on a random port with the documented defaults and closes', async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
      expect(sandbox.port).toBeGreaterThan(0);
      expect(sandbox.accounts.length).toBeGreaterThanOrEqual(2);
      expect(sandbox.demoToken).toBe(sandbox.accounts[0]?.token);
      expect(sandbox.store.projectsOf(sandbox.accounts[0]?.id ?? '')).toHaveLength(8);
      expect(sandbox.store.unitsOf(sandbox.store.listProjects()[0]?._id ?? '')).toHaveLength(40);
    } finally {
      await sandbox.close();
    }
    await expect(fetch(`${sandbox.url}/api/projects/mine`)).rejects.toThrow();
  });

  it('sizes the data from its options and keeps it stable for a seed', async () => {
    const a = await startSandbox({ port: 0, seed: 7, projects: 3, unitsPerProject: 12 });
    const b = await startSandbox({ port: 0, seed: 7, projects: 3, unitsPerProject: 12 });
    try {
      expect(a.store.projectsOf(a.accounts[0]?.id ?? '')).toHaveLength(3);
      const pid = a.store.listProjects()[0]?._id ?? '';
      const fetchUnits = async (url: string, token: string) =>
        (await fetch(`${url}/api/units?pid=${pid}`, { headers: { Authorization: token } })).json();
      const [unitsA, unitsB] = await Promise.all([
        fetchUnits(a.url, a.demoToken),
        fetchUnits(b.url, b.demoToken),
      ]);
      expect(unitsA.count).toBe(12);
      expect(unitsA).toEqual(unitsB);
      expect(a.demoToken).toBe(b.demoToken);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('serves a 200-unit project list quickly in the 5k preset', async () => {
    const sandbox = await startSandbox({ port: 0, ...SANDBOX_PRESETS.fiveThousandUnits });
    try {
      const pid = sandbox.store.listProjects()[24]?._id ?? '';
      const started = performance.now();
      const response = await fetch(`${sandbox.url}/api/units?pid=${pid}`, {
        headers: { Authorization: sandbox.demoToken },
      });
      const body = (await response.json()) as { count: number };
      console.log(`5k preset: 200 units served in ${Math.round(performance.now() - started)} ms`);
      expect(response.status).toBe(201);
      expect(body.count).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a port already in use', async () => {
    const first = await startSandbox({ port: 0 });
    try {
      await expect(startSandbox({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('logs one line per request with the path only, never a token', async () => {
    const lines: string[] = [];
    const sandbox = await startSandbox({ port: 0, log: (line) => lines.push(line) });
    try {
      await fetch(`${sandbox.url}/api/projects/mine?debug=1`, {
        headers: { Authorization: `Bearer ${sandbox.demoToken}` },
      });
      await fetch(`${sandbox.url}/api/projects/mine`, {
        headers: { Authorization: 'Bearer wrong-token' },
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lines[0]).toMatch(/^GET \/api\/projects\/mine 201 \d+ms$/);
      expect(lines[1]).toMatch(/^GET \/api\/projects\/mine 401 /);
      expect(lines.join('\n')).not.toContain(sandbox.demoToken);
      expect(lines.join('\n')).not.toContain('wrong-token');
    } finally {
      await sandbox.close();
    }
  });
});
