// With servePictures, the pictures the data names are this server's: answers point at /cdn/ and
// each picture there is an SVG; a file no document names is a 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, projects: 1, unitsPerProject: 12, servePictures: true });
});
afterAll(() => sandbox.close());

const get = (path: string) =>
  fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${sandbox.demoToken}` } });

describe('pictures served by the sandbox', () => {
  it('answers name pictures on this server, never on the imaginary CDN', async () => {
    const project = sandbox.store.projectsOf(sandbox.accounts[0]!.id)[0]!;
    const text = await (await get(`/api/projects/${project._id}`)).text();
    expect(text).not.toContain('cdn.planpoint.example');
    const layouts = [...text.matchAll(/"(http:\/\/[^"]+\/cdn\/[^"]+\/layouts\/[^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(layouts.length).toBeGreaterThan(0);
    for (const url of layouts.slice(0, 3)) {
      expect(url.startsWith(`${sandbox.url}/cdn/`)).toBe(true);
      const picture = await fetch(url);
      expect(picture.status).toBe(200);
      expect(picture.headers.get('content-type')).toBe('image/svg+xml');
      const model = decodeURIComponent(
        url
          .split('/')
          .pop()!
          .replace(/\.png$/, ''),
      );
      expect(await picture.text()).toContain(`>${model}</text>`);
    }
  });

  it('answers 404 for a picture no document names', async () => {
    expect((await fetch(`${sandbox.url}/cdn/nothing-here.txt`)).status).toBe(404);
    expect((await fetch(`${sandbox.url}/cdn/a/b/c/missing.png`)).status).toBe(404);
  });
});
