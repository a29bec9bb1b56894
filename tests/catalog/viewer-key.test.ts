// The viewer key's three lookups against a server scripted answer by answer: which failures mean
// "this server has no such lookup" (said, and Save goes on) and which mean "found nothing".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookUpViewerKey } from '@/lib/catalog/viewer-key';
import { planpointClient } from '../support/client';
import { sendJson, startStub, type Stub } from '../support/stub-server';

const PROJECT = { _id: '64a1f2b3c4d5e6f7a8b9c0d1', name: 'Azurea', floors: [] };
const KEY = { namespace: 'azurea', hostName: 'william' };

let stub: Stub;
beforeAll(async () => {
  stub = await startStub();
});
afterAll(() => stub.close());

/** The project lookup finds Azurea; the group and enterprise lookups answer as given. */
function serve(answer: (res: Parameters<typeof sendJson>[0]) => void): void {
  stub.handle((req, res) => {
    if (req.url.startsWith('/api/projects/find')) sendJson(res, 201, PROJECT);
    else answer(res);
  });
}

const lookUp = () => lookUpViewerKey(planpointClient(stub.url, { token: 'pp_test' }), KEY);

describe('lookups a server may not offer', () => {
  it.each([
    ['405', (res) => sendJson(res, 405, { message: 'Method Not Allowed' })],
    ['501', (res) => sendJson(res, 501, { message: 'Not Implemented' })],
    ['404 without a word', (res) => res.writeHead(404).end()],
    [
      '404 naming the route',
      (res) => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Cannot POST /api/groups/find');
      },
    ],
    [
      'an HTML page',
      (res) => {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body>Not here</body></html>');
      },
    ],
  ] as [string, (res: Parameters<typeof sendJson>[0]) => void][])(
    '%s: not offered, and no problem',
    async (_name, answer) => {
      serve(answer);
      const found = await lookUp();
      expect(found.notOffered).toEqual(['groups', 'enterprises']);
      expect(found.problem).toBeNull();
      expect(found.projects.map((p) => p._id)).toEqual([PROJECT._id]);
    },
  );

  it('a 404 that names what it did not find found nothing: the lookup is offered', async () => {
    serve((res) => sendJson(res, 404, { message: 'Group not found' }));
    const found = await lookUp();
    expect(found.notOffered).toEqual([]);
    expect(found.problem).toBeNull();
    expect(found.groups).toEqual([]);
  });

  it('a 500 is a problem, not a missing lookup', async () => {
    serve((res) => sendJson(res, 500, { message: 'Database down' }));
    const found = await lookUp();
    expect(found.notOffered).toEqual([]);
    expect(found.problem?.status).toBe(500);
  });
});
