// JSON Schemas of the request bodies in Planpoint's SDK contract, written by hand from its
// components (the contract's names in each comment), keyed by the method and path they are sent
// to. tests/planpoint/request-bodies.test.ts checks every body the client sends against them.
// Creating and deleting a project are not in the contract (only in the API overview): no schema.
const OBJECT_ID = { type: 'string', pattern: '^[0-9a-fA-F]{24}$' } as const;
/** UpdateProjectBody, UpdateGroupBody, UpdateFloorBody, UpdateUnitBody: any fields, any values. */
const ANY_FIELDS = { type: 'object', additionalProperties: {} } as const;

export const REQUEST_SCHEMAS: Record<string, object> = {
  // LoginBody
  'POST /api/users/login': {
    type: 'object',
    properties: {
      username: { type: 'string', format: 'email' },
      password: { type: 'string' },
      impersonate: { type: 'boolean' },
    },
    required: ['username'],
  },
  // FindProjectBody (the group and enterprise lookups take the same key)
  'POST /api/projects/find': {
    type: 'object',
    properties: {
      namespace: { type: 'string', minLength: 1 },
      hostName: { type: 'string', minLength: 1 },
    },
    required: ['namespace', 'hostName'],
  },
  'PATCH /api/projects/{id}': ANY_FIELDS,
  // CreateGroupBody
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
  'PATCH /api/groups/{id}': ANY_FIELDS,
  // CreateFloorBody, its project as CreateFloorBody_project
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
  'PATCH /api/floors/{id}': ANY_FIELDS,
  // CreateUnitBody: the floor embedded as {_id}
  'POST /api/units': {
    type: 'object',
    properties: {
      floor: { type: 'object', properties: { _id: OBJECT_ID }, required: ['_id'] },
    },
    required: ['floor'],
  },
  // BatchUpdateUnitsBody
  'PATCH /api/units': {
    type: 'object',
    properties: {
      ids: { type: 'array', items: OBJECT_ID },
      patchData: { type: 'object', additionalProperties: {} },
    },
    required: ['ids', 'patchData'],
  },
  'PATCH /api/units/{id}': ANY_FIELDS,
};

/** The schema's key for a request: its method and path, ids replaced by {id}. */
export function schemaKey(method: string, url: string): string {
  const path = new URL(url, 'http://x').pathname.replace(/\/[0-9a-fA-F]{24}$/, '/{id}');
  return `${method} ${path}`;
}
