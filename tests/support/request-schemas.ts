// JSON Schemas (draft-07, as ajv takes them) of the request bodies in Planpoint's SDK contract,
// written by hand from its components and keyed by the method and path each body is sent to.
// They hold the contract's own rules (required keys, 24-hex ids, types, lengths), no looser, so
// a body the contract refuses fails tests/planpoint/request-bodies.test.ts.

/** A Mongo ObjectId as the contract writes it (CreateFloorBody_project._id, BatchUpdateUnitsBody.ids). */
const OBJECT_ID = { type: 'string', pattern: '^[0-9a-fA-F]{24}$' } as const;

/** The contract's update bodies: an object of any fields, each any value or null
 * (`additionalProperties: {nullable: true}`). */
const ANY_FIELDS = { type: 'object', additionalProperties: {} } as const;

/** FindProjectBody: the public viewer key. */
const VIEWER_KEY = {
  type: 'object',
  properties: {
    namespace: { type: 'string', minLength: 1 },
    hostName: { type: 'string', minLength: 1 },
  },
  required: ['hostName', 'namespace'],
} as const;

/** The string formats the contract names, for ajv's `formats` option. Email is the usual
 * "local@domain.tld" test, so a bare user name is refused as the contract's `format: email` says. */
export const CONTRACT_FORMATS = {
  email:
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
};

export const REQUEST_SCHEMAS = {
  // LoginBody, POST /api/users/login (client.login).
  'POST /api/users/login': {
    type: 'object',
    properties: {
      username: { type: 'string', format: 'email' },
      password: { type: 'string' },
      impersonate: { type: 'boolean' },
    },
    required: ['username'],
  },
  // FindProjectBody, POST /api/projects/find (client.findProjects).
  'POST /api/projects/find': VIEWER_KEY,
  // FindProjectBody again, POST /api/groups/find (client.findGroups): the contract lists only the
  // project lookup; the API overview sends the same {namespace, hostName} to the group lookup.
  'POST /api/groups/find': VIEWER_KEY,
  // FindProjectBody again, POST /api/enterprises/find (client.findEnterprises), as for groups.
  'POST /api/enterprises/find': VIEWER_KEY,
  // UpdateProjectBody, PATCH /api/projects/{id} (client.updateProject).
  'PATCH /api/projects/{id}': ANY_FIELDS,
  // CreateGroupBody, POST /api/groups (client.createGroup).
  'POST /api/groups': {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 3, maxLength: 120 },
      namespace: { type: 'string' },
      hostName: { type: 'string' },
      type: { type: 'string' },
      propertyType: { type: 'string' },
    },
    required: ['name'],
  },
  // UpdateGroupBody, PATCH /api/groups/{id} (client.updateGroup).
  'PATCH /api/groups/{id}': ANY_FIELDS,
  // CreateFloorBody with its project as CreateFloorBody_project, POST /api/floors (client.createFloor).
  'POST /api/floors': {
    type: 'object',
    properties: {
      project: { type: 'object', properties: { _id: OBJECT_ID }, required: ['_id'] },
      name: { type: 'string', minLength: 1 },
      position: { type: 'number' },
      path: { type: 'string' },
      alternativePaths: { type: 'array', items: { type: 'string' } },
    },
    required: ['name', 'project'],
  },
  // UpdateFloorBody, PATCH /api/floors/{id} (client.updateFloor).
  'PATCH /api/floors/{id}': ANY_FIELDS,
  // CreateUnitBody, POST /api/units (client.createUnit): its floor is a CreateFloorBody_project,
  // {_id}; the unit's other fields are open.
  'POST /api/units': {
    type: 'object',
    properties: {
      floor: { type: 'object', properties: { _id: OBJECT_ID }, required: ['_id'] },
    },
    required: ['floor'],
  },
  // BatchUpdateUnitsBody, PATCH /api/units (client.batchUpdateUnits).
  'PATCH /api/units': {
    type: 'object',
    properties: {
      ids: { type: 'array', items: OBJECT_ID },
      patchData: ANY_FIELDS,
    },
    required: ['ids', 'patchData'],
  },
  // UpdateUnitBody, PATCH /api/units/{id} (client.updateUnit).
  'PATCH /api/units/{id}': ANY_FIELDS,
} as const satisfies Record<string, object>;

export type RequestSchemaKey = keyof typeof REQUEST_SCHEMAS;

/** Requests the client makes with a body the contract does not describe, and why. */
export const NOT_IN_CONTRACT = {
  'POST /api/projects':
    'creating a project is in the API overview only; the contract has no POST /api/projects',
} as const satisfies Record<string, string>;

/**
 * The key of a request as the schemas name it, "METHOD /path/{id}": a path segment stands for
 * `{id}` where the contract's path has one (the contract types path ids as any string).
 */
export function requestKey(method: string, url: string): string {
  const path = new URL(url, 'http://planpoint.test').pathname;
  const templates = [...Object.keys(REQUEST_SCHEMAS), ...Object.keys(NOT_IN_CONTRACT)];
  const exact = `${method} ${path}`;
  if (templates.includes(exact)) return exact;
  const matching = templates.find((key) => {
    const [keyMethod, keyPath = ''] = key.split(' ');
    const pattern = new RegExp(`^${keyPath.replace('{id}', '[^/]+')}$`);
    return keyMethod === method && keyPath.includes('{id}') && pattern.test(path);
  });
  return matching ?? exact;
}

export function isRequestSchemaKey(key: string): key is RequestSchemaKey {
  return Object.hasOwn(REQUEST_SCHEMAS, key);
}
