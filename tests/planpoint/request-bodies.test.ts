// Every body the client sends, as it went over the wire to a real HTTP server, checked against
// the JSON Schema of the contract's request body for that method and path (ajv). The writes the
// popup makes (an edit, a status, a new unit, a batch) are sent as the background builds them.
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUnitFields, unitPatch } from '@/lib/catalog/editable-fields';
import { planBulkChange } from '@/lib/catalog/bulk-change';
import { statusPatch } from '@/lib/catalog/settable-status';
import { planpointClient, type PlanpointClient } from '../support/client';
import { REQUEST_SCHEMAS, schemaKey } from '../support/request-schemas';
import { sendJson, startStub, type Stub } from '../support/stub-server';
import { unit } from '../search/fixtures';

const ID = '64a1f2b3c4d5e6f7a8b9c0d1';
const OTHER = '64a1f2b3c4d5e6f7a8b9c0d2';
const ajv = new Ajv({ allErrors: true, formats: { email: /^[^\s@]+@[^\s@]+$/ } });

let stub: Stub;
let client: PlanpointClient;
beforeAll(async () => {
  stub = await startStub();
  // One plausible answer for every call: the bodies sent are what is checked, not the answers.
  stub.handle((req, res) => {
    if (req.url.endsWith('/login')) return sendJson(res, 200, { token: 't', message: 'ok' });
    if (req.url.endsWith('/find')) return sendJson(res, 200, [{ _id: ID, name: 'P' }]);
    if (req.method === 'PATCH' && req.url === '/api/units') return sendJson(res, 200, []);
    sendJson(res, 200, { _id: ID, name: 'P', floor: ID, project: ID });
  });
  client = planpointClient(stub.url, { token: 'token-1234' });
});
afterAll(() => stub.close());

/** Runs `send`, then checks the one body it sent against its schema. */
async function sentBody(send: () => Promise<unknown>) {
  const before = stub.requests.length;
  await send();
  const request = stub.requests[before];
  if (!request) throw new Error('nothing was sent');
  const key = schemaKey(request.method, request.url);
  const schema = REQUEST_SCHEMAS[key];
  if (!schema) throw new Error(`no schema for ${key}`);
  const body: unknown = JSON.parse(request.body);
  const valid = ajv.validate(schema, body);
  return { key, body, valid, errors: ajv.errorsText(ajv.errors) };
}

const accepted = async (send: () => Promise<unknown>) => {
  const result = await sentBody(send);
  expect(result.valid, `${result.key} ${JSON.stringify(result.body)}: ${result.errors}`).toBe(true);
};

describe('the client sends what the contract accepts', () => {
  it('sign-in and the viewer-key lookups', async () => {
    await accepted(() => client.login('agent@example.com', 'secret'));
    await accepted(() => client.findProjects({ namespace: 'parkview', hostName: 'william' }));
  });

  it('projects, groups and floors', async () => {
    await accepted(() => client.updateProject(ID, { name: 'Parkview II' }));
    await accepted(() => client.createGroup({ name: 'Downtown Portfolio' }));
    await accepted(() => client.updateGroup(ID, { name: 'Downtown' }));
    await accepted(() => client.createFloor({ project: { _id: ID }, name: 'Rooftop' }));
    await accepted(() => client.updateFloor(ID, { name: 'Level 40' }));
  });

  it('a new unit, as the popup builds it, in either vocabulary', async () => {
    for (const vocabulary of ['sdk', 'viewer'] as const) {
      const fields = newUnitFields(vocabulary, {
        number: '1210',
        bedrooms: 2,
        status: 'available',
      });
      await accepted(() => client.createUnit({ floor: { _id: ID }, ...fields }));
    }
  });

  it('an edit, a status change and a batch, as the popup builds them', async () => {
    const edit = unitPatch(
      { _id: ID, floor: ID, name: '12', availability: 'Available', bedrooms: '2' },
      { number: '12B', bedrooms: 3, floorId: OTHER, description: null, status: 'sold' },
    );
    await accepted(() => client.updateUnit(ID, edit));
    await accepted(() => client.updateUnit(ID, statusPatch({ statusField: 'status' }, 'on-hold')));
    const units = [unit(ID, 'p', '1', { price: 100 }), unit(OTHER, 'p', '2', { price: 200 })];
    for (const batch of planBulkChange(units, { price: { percent: 5 } }).batches) {
      await accepted(() => client.batchUpdateUnits(batch.ids, batch.patchData));
    }
  });
});

describe('the schemas refuse what the contract refuses', () => {
  it.each([
    ['a unit without floor._id', 'POST /api/units', { floor: { name: 'Level 3' } }],
    ['a unit whose floor is a bare id', 'POST /api/units', { floor: ID }],
    ['a floor id that is not 24 hex', 'POST /api/floors', { project: { _id: 'p1' }, name: 'L3' }],
    ['a floor without a name', 'POST /api/floors', { project: { _id: ID } }],
    ['a batch whose ids are not a list', 'PATCH /api/units', { ids: ID, patchData: {} }],
    ['a group name under 3 characters', 'POST /api/groups', { name: 'DT' }],
    ['a sign-in without a username', 'POST /api/users/login', { password: 'x' }],
  ])('%s', (_case, key, body) => {
    expect(ajv.validate(REQUEST_SCHEMAS[key]!, body)).toBe(false);
  });
});
