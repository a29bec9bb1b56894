// Every body the client sends, as it went over the wire to a real HTTP server, checked against
// the JSON Schema of the contract's request body for that method and path (ajv). The writes the
// popup asks for (a new unit or floor, an edit, a status, a batch, a project) are built by the
// same lib/catalog and lib/background code the extension uses.
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planBulkChange, type BulkChange } from '@/lib/catalog/bulk-change';
import { newUnitFields, unitPatch } from '@/lib/catalog/editable-fields';
import type { Unit } from '@/lib/catalog/model';
import { SETTABLE_STATUSES, statusPatch, type SettableStatus } from '@/lib/catalog/settable-status';
import { planpointClient, type PlanpointClient } from '../support/client';
import {
  CONTRACT_FORMATS,
  NOT_IN_CONTRACT,
  REQUEST_SCHEMAS,
  isRequestSchemaKey,
  requestKey,
  type RequestSchemaKey,
} from '../support/request-schemas';
import { sendJson, startStub, type Stub } from '../support/stub-server';
import { unit } from '../search/fixtures';

const PROJECT = '64a1f2b3c4d5e6f7a8b9c0d1';
const FLOOR = '64a1f2b3c4d5e6f7a8b9c0d2';
const OTHER_FLOOR = '64a1f2b3c4d5e6f7a8b9c0d3';
const UNIT = '64a1f2b3c4d5e6f7a8b9c0d4';
const OTHER_UNIT = '64a1f2b3c4d5e6f7a8b9c0d5';
const GROUP = '64a1f2b3c4d5e6f7a8b9c0d6';

// strict (ajv's default) also refuses a schema with a misspelt keyword, so a typo above cannot
// quietly accept everything.
const ajv = new Ajv({ allErrors: true, formats: CONTRACT_FORMATS });
const validate = (key: RequestSchemaKey, body: unknown) => {
  const check = ajv.compile(REQUEST_SCHEMAS[key]);
  const valid = check(body);
  return { valid, errors: ajv.errorsText(check.errors) };
};

let stub: Stub;
let client: PlanpointClient;
beforeAll(async () => {
  stub = await startStub();
  // One plausible answer for every call: the bodies sent are what is checked, not the answers.
  stub.handle((req, res) => {
    if (req.url.endsWith('/login')) return sendJson(res, 200, { token: 't', message: 'ok' });
    if (req.url.endsWith('/find')) return sendJson(res, 200, [{ _id: PROJECT, name: 'P' }]);
    if (req.method === 'PATCH' && req.url === '/api/units') return sendJson(res, 200, []);
    sendJson(res, 200, { _id: UNIT, name: 'P', floor: FLOOR, project: PROJECT });
  });
  client = planpointClient(stub.url, { token: 'token-1234' });
});
afterAll(() => stub.close());

/** Runs `send` and returns the one request it made, its body parsed. */
async function sentBy(send: (client: PlanpointClient) => Promise<unknown>) {
  const before = stub.requests.length;
  await send(client);
  const sent = stub.requests.slice(before);
  expect(sent, 'one request per call').toHaveLength(1);
  const request = sent[0]!;
  expect(request.headers['content-type']).toBe('application/json');
  return {
    key: requestKey(request.method, request.url),
    body: JSON.parse(request.body) as unknown,
  };
}

/** A client call that sends a body, and the contract's method and path it must reach. */
interface BodyCall {
  name: string;
  method: keyof PlanpointClient;
  sends: RequestSchemaKey;
  call: (client: PlanpointClient) => Promise<unknown>;
}

/** A catalog unit whose status was read in `statusField` (the vocabulary it is written in). */
const catalogUnit = (id: string, statusField: Unit['statusField'], extra: Partial<Unit> = {}) =>
  unit(id, PROJECT, id.slice(-3), { floorId: FLOOR, statusField, ...extra });

/** The documents a unit edit starts from, one per vocabulary Planpoint writes units in. */
const UNIT_DOCUMENTS = {
  sdk: { _id: UNIT, floor: FLOOR, unitNumber: '12', status: 'Available', bed: 2, price: 450000 },
  viewer: {
    _id: UNIT,
    floor: FLOOR,
    name: '12',
    availability: 'Available',
    bedrooms: '2+1',
    price: '$450,000',
  },
};

const SETTABLE = Object.keys(SETTABLE_STATUSES) as SettableStatus[];

const BULK_CHANGES: BulkChange[] = [
  { status: 'sold' },
  { status: 'on-hold' },
  { price: { to: 399000 } },
  { price: { by: -5000 } },
  { price: { percent: 2.5 } },
];

/** Units across both vocabularies, so a status change plans one batch per status field. */
const BULK_UNITS = [
  catalogUnit(UNIT, 'status', { price: 450000 }),
  catalogUnit(OTHER_UNIT, 'availability', { price: 510000 }),
];

const CALLS: BodyCall[] = [
  {
    name: 'sign-in with an email, as the settings page sends it',
    method: 'login',
    sends: 'POST /api/users/login',
    call: (c) => c.login(' agent@example.com ', 'secret'),
  },
  {
    name: 'project lookup by viewer key',
    method: 'findProjects',
    sends: 'POST /api/projects/find',
    call: (c) => c.findProjects({ namespace: ' parkview ', hostName: 'william' }),
  },
  {
    name: 'group lookup by viewer key',
    method: 'findGroups',
    sends: 'POST /api/groups/find',
    call: (c) => c.findGroups({ namespace: 'parkview', hostName: 'william' }),
  },
  {
    name: 'enterprise lookup by viewer key',
    method: 'findEnterprises',
    sends: 'POST /api/enterprises/find',
    call: (c) => c.findEnterprises({ namespace: 'parkview', hostName: 'william' }),
  },
  {
    // The fields lib/background/project-writes.ts puts in an edit.
    name: 'project edit: name and viewer key',
    method: 'updateProject',
    sends: 'PATCH /api/projects/{id}',
    call: (c) =>
      c.updateProject(PROJECT, { name: 'Parkview II', namespace: 'parkview', hostName: 'w.com' }),
  },
  {
    name: 'new group, every field',
    method: 'createGroup',
    sends: 'POST /api/groups',
    call: (c) =>
      c.createGroup({
        name: 'Downtown Portfolio',
        namespace: 'downtown-portfolio',
        hostName: 'mysite.com',
        type: 'residential',
        propertyType: 'condo',
      }),
  },
  {
    name: 'group edit',
    method: 'updateGroup',
    sends: 'PATCH /api/groups/{id}',
    call: (c) => c.updateGroup(GROUP, { name: 'Downtown', namespace: null }),
  },
  {
    // What lib/background/unit-create.ts sends before a unit on a floor the project lacks.
    name: 'new floor, as the add-unit form creates it',
    method: 'createFloor',
    sends: 'POST /api/floors',
    call: (c) => c.createFloor({ project: { _id: PROJECT }, name: 'Rooftop' }),
  },
  {
    name: 'new floor, every field',
    method: 'createFloor',
    sends: 'POST /api/floors',
    call: (c) =>
      c.createFloor({
        project: { _id: PROJECT },
        name: 'Level 3',
        position: 3,
        path: 'M0 0h10v10z',
        alternativePaths: ['M0 0h5v5z'],
      }),
  },
  {
    name: 'floor edit',
    method: 'updateFloor',
    sends: 'PATCH /api/floors/{id}',
    call: (c) => c.updateFloor(FLOOR, { name: 'Level 40', position: 40 }),
  },
  ...(['sdk', 'viewer'] as const).map((vocabulary): BodyCall => ({
    // The body lib/background/unit-create.ts builds: floor {_id}, then the form's fields.
    name: `new unit in the ${vocabulary} vocabulary`,
    method: 'createUnit',
    sends: 'POST /api/units',
    call: (c) =>
      c.createUnit({
        floor: { _id: FLOOR },
        ...newUnitFields(vocabulary, {
          number: '1210',
          bedrooms: 2,
          bathrooms: 1.5,
          area: 830,
          price: 450000,
          priceTBD: false,
          status: 'available',
          model: 'B2',
          description: null,
        }),
      }),
  })),
  ...(['sdk', 'viewer'] as const).map((vocabulary): BodyCall => ({
    name: `unit edit of a ${vocabulary} document, moving it to another floor`,
    method: 'updateUnit',
    sends: 'PATCH /api/units/{id}',
    call: (c) =>
      c.updateUnit(
        UNIT,
        unitPatch(UNIT_DOCUMENTS[vocabulary], {
          number: '12B',
          floorId: OTHER_FLOOR,
          bedrooms: 3,
          bathrooms: null,
          area: 900,
          price: 465000,
          priceTBD: true,
          status: 'sold',
          orientation: 'South',
          parking: 1,
          deliveryDate: 'Spring 2027',
          description: null,
        }),
      ),
  })),
  ...(['status', 'availability'] as const).flatMap((statusField) =>
    SETTABLE.map((status): BodyCall => ({
      name: `status ${status} for a unit read in "${statusField}"`,
      method: 'updateUnit',
      sends: 'PATCH /api/units/{id}',
      call: (c) => c.updateUnit(UNIT, statusPatch({ statusField }, status)),
    })),
  ),
  ...BULK_CHANGES.flatMap((change) =>
    planBulkChange(BULK_UNITS, change).batches.map((batch, n): BodyCall => ({
      name: `batch ${n + 1} of ${JSON.stringify(change)}`,
      method: 'batchUpdateUnits',
      sends: 'PATCH /api/units',
      call: (c) => c.batchUpdateUnits(batch.ids, batch.patchData),
    })),
  ),
];

/** Client methods that send no body: reads and deletes. Every other method must be in CALLS. */
const BODYLESS: (keyof PlanpointClient)[] = [
  'myProjects',
  'getProject',
  'deleteProject',
  'listGroups',
  'getGroup',
  'listFloors',
  'getFloor',
  'listUnits',
  'getUnit',
  'deleteUnit',
  'listLeads',
];

describe('the client sends what the contract accepts', () => {
  it.each(CALLS)('$name', async ({ sends, call }) => {
    const { key, body } = await sentBy(call);
    expect(key).toBe(sends);
    const { valid, errors } = validate(sends, body);
    expect(valid, `${key} ${JSON.stringify(body)}: ${errors}`).toBe(true);
  });

  it('a new project, which the contract does not describe, goes where the API overview says', async () => {
    // The body lib/background/project-writes.ts builds; there is no contract schema to meet.
    const { key, body } = await sentBy((c) =>
      c.createProject({ name: 'Parkview', areaUnit: 'sqft', namespace: 'parkview' }),
    );
    expect(key).toBe('POST /api/projects');
    expect(NOT_IN_CONTRACT).toHaveProperty([key]);
    expect(body).toEqual({ name: 'Parkview', areaUnit: 'sqft', namespace: 'parkview' });
  });

  it('every client method that sends a body, and every contract request body, is covered', () => {
    const probe = planpointClient('http://planpoint.test');
    const covered = new Set<string>([...CALLS.map((c) => c.method), 'createProject', ...BODYLESS]);
    expect(Object.keys(probe).filter((method) => !covered.has(method))).toEqual([]);
    const reached = new Set<string>(CALLS.map((c) => c.sends));
    expect(Object.keys(REQUEST_SCHEMAS).filter((key) => !reached.has(key))).toEqual([]);
  });

  it("an id in a path stands for the contract path's {id}, whatever its form", () => {
    expect(requestKey('PATCH', `/api/units/${UNIT}`)).toBe('PATCH /api/units/{id}');
    expect(requestKey('PATCH', '/api/units/u-1')).toBe('PATCH /api/units/{id}');
    expect(requestKey('PATCH', '/api/units')).toBe('PATCH /api/units');
    expect(requestKey('POST', '/api/projects/find')).toBe('POST /api/projects/find');
    expect(isRequestSchemaKey('POST /api/projects')).toBe(false);
  });
});

describe('the schemas refuse what the contract refuses', () => {
  const refused: [string, RequestSchemaKey, unknown][] = [
    ['a sign-in without a username', 'POST /api/users/login', { password: 'x' }],
    ['a sign-in whose username is not an email', 'POST /api/users/login', { username: 'agent' }],
    [
      'impersonate that is not a boolean',
      'POST /api/users/login',
      { username: 'a@b.co', impersonate: 'yes' },
    ],
    ['a lookup without a host name', 'POST /api/projects/find', { namespace: 'parkview' }],
    ['a lookup with an empty namespace', 'POST /api/groups/find', { namespace: '', hostName: 'w' }],
    ['a group without a name', 'POST /api/groups', { namespace: 'downtown' }],
    ['a group name under 3 characters', 'POST /api/groups', { name: 'DT' }],
    ['a group name over 120 characters', 'POST /api/groups', { name: 'x'.repeat(121) }],
    ['a floor without a name', 'POST /api/floors', { project: { _id: PROJECT } }],
    ['a floor with an empty name', 'POST /api/floors', { project: { _id: PROJECT }, name: '' }],
    ['a floor without its project', 'POST /api/floors', { name: 'Level 3' }],
    ['a floor whose project is a bare id', 'POST /api/floors', { project: PROJECT, name: 'L3' }],
    [
      'a floor whose project _id is not 24 hex',
      'POST /api/floors',
      { project: { _id: 'p1' }, name: 'L3' },
    ],
    [
      'a floor whose position is text',
      'POST /api/floors',
      { project: { _id: PROJECT }, name: 'L3', position: '3' },
    ],
    ['a unit without a floor', 'POST /api/units', { unitNumber: '1210' }],
    ['a unit without floor._id', 'POST /api/units', { floor: { name: 'Level 3' } }],
    ['a unit whose floor is a bare id', 'POST /api/units', { floor: FLOOR }],
    ['a unit whose floor _id is not 24 hex', 'POST /api/units', { floor: { _id: 'floor-3' } }],
    ['a unit whose floor _id is 25 hex', 'POST /api/units', { floor: { _id: `${FLOOR}0` } }],
    ['a batch whose ids are not a list', 'PATCH /api/units', { ids: UNIT, patchData: {} }],
    [
      'a batch with an id that is not 24 hex',
      'PATCH /api/units',
      { ids: [UNIT, 'u-2'], patchData: {} },
    ],
    ['a batch without patchData', 'PATCH /api/units', { ids: [UNIT] }],
    ['a batch whose patchData is a list', 'PATCH /api/units', { ids: [UNIT], patchData: [] }],
    ['a unit edit that is a list', 'PATCH /api/units/{id}', [{ status: 'Sold' }]],
    ['a project edit that is text', 'PATCH /api/projects/{id}', 'name=Parkview'],
    ['a group edit that is null', 'PATCH /api/groups/{id}', null],
    ['a floor edit that is a number', 'PATCH /api/floors/{id}', 3],
  ];
  it.each(refused)('%s', (_case, key, body) => {
    const { valid, errors } = validate(key, body);
    expect(valid).toBe(false);
    // ajv names the rule it refused, which is what a failing body's test prints.
    expect(errors).not.toBe('No errors');
  });
});
