import { describe, expect, it } from 'vitest';
import { isPlanpointError, type PlanpointError } from '../../lib/planpoint/errors';
import {
  asEnterprise,
  asGroup,
  asLead,
  asLogin,
  asProject,
  asProjectSummary,
  asUnit,
  listOf,
  oneOrMany,
  recordsOf,
  validateResponse,
  type Guard,
} from '../../lib/planpoint/validate';
import { errorText } from '../../lib/error-text';

function rejection<T>(value: unknown, guard: Guard<T>): PlanpointError {
  try {
    validateResponse(value, guard, 'GET /api/test');
  } catch (e) {
    if (isPlanpointError(e)) return e;
    throw e;
  }
  throw new Error('expected the value to be rejected');
}

describe('documents', () => {
  it('accepts a document with an _id and keeps unknown fields', () => {
    const unit = validateResponse({ _id: 'u1', floor: 'f1', extra: { deep: 1 } }, asUnit);
    expect(unit).toEqual({ _id: 'u1', floor: 'f1', extra: { deep: 1 } });
  });

  it.each([
    [null, 'response: expected an object'],
    ['u1', 'response: expected an object'],
    [[{ _id: 'u1' }], 'response: expected an object'],
    [{}, 'response._id: expected a non-empty string'],
    [{ _id: 12 }, 'response._id: expected a non-empty string'],
    [{ _id: '  ' }, 'response._id: expected a non-empty string'],
  ])('rejects %j as invalid-response', (value, detail) => {
    const e = rejection(value, asUnit);
    expect(e.kind).toBe('invalid-response');
    expect(e.message).toBe(`GET /api/test: invalid response: ${detail}`);
    expect(errorText(e)).toMatch(/could not read/);
  });

  it('tolerates numbers given as strings (normalisation reads them)', () => {
    expect(validateResponse({ _id: 'u', price: '$599,000', bed: '2' }, asUnit).price).toBe(
      '$599,000',
    );
  });

  it('accepts a project summary with only an _id', () => {
    expect(validateResponse({ _id: 'p' }, asProjectSummary)._id).toBe('p');
  });
});

describe('full projects', () => {
  it('checks embedded floors and their units', () => {
    const ok = { _id: 'p', floors: [{ _id: 'f', units: [{ _id: 'u' }] }, { _id: 'g' }] };
    expect(validateResponse(ok, asProject)).toBe(ok);
    expect(validateResponse({ _id: 'p', floors: null }, asProject)._id).toBe('p');
    expect(rejection({ _id: 'p', floors: {} }, asProject).message).toContain(
      'response.floors: expected an array',
    );
    expect(
      rejection({ _id: 'p', floors: [{ _id: 'f', units: [{ _id: 'u' }, {}] }] }, asProject).message,
    ).toContain('response.floors[0].units[1]._id: expected a non-empty string');
  });
});

describe('groups and enterprises', () => {
  it('accepts project references as ids or embedded documents', () => {
    const g = { _id: 'g', projects: ['p1', { _id: 'p2', name: 'Two' }] };
    expect(validateResponse(g, asGroup)).toBe(g);
  });

  it('rejects a reference that is neither', () => {
    expect(rejection({ _id: 'g', projects: [42] }, asGroup).message).toContain(
      'response.projects[0]',
    );
    expect(rejection({ _id: 'e', groups: [{ name: 'x' }] }, asEnterprise).message).toContain(
      'response.groups[0]._id',
    );
    expect(rejection({ _id: 'e', projects: 'p1' }, asEnterprise).message).toContain(
      'response.projects: expected an array',
    );
  });
});

describe('lists', () => {
  it('listOf requires an array of valid items', () => {
    expect(validateResponse([{ _id: 'a' }, { _id: 'b' }], listOf(asUnit))).toHaveLength(2);
    expect(validateResponse([], listOf(asUnit))).toEqual([]);
    expect(rejection({ _id: 'a' }, listOf(asUnit)).message).toContain('expected an array');
    expect(rejection([{ _id: 'a' }, { id: 'b' }], listOf(asUnit)).message).toContain(
      'response[1]._id',
    );
  });

  it('recordsOf reads {records, count} and falls back to records.length', () => {
    const units = recordsOf(asUnit);
    expect(validateResponse({ records: [{ _id: 'a' }], count: 7 }, units).count).toBe(7);
    expect(validateResponse({ records: [{ _id: 'a' }] }, units).count).toBe(1);
    expect(validateResponse({ records: [{ _id: 'a' }], count: '3' }, units).count).toBe(3);
    expect(validateResponse({ records: [{ _id: 'a' }], count: -2 }, units).count).toBe(1);
    expect(validateResponse({ records: [], count: 'many' }, units).count).toBe(0);
    expect(rejection([{ _id: 'a' }], units).message).toContain('expected an object with records');
    expect(rejection({ count: 1 }, units).message).toContain('response.records: expected an array');
  });

  it('oneOrMany accepts one document, an array, or null', () => {
    const projects = oneOrMany(asProject);
    expect(validateResponse({ _id: 'p' }, projects)).toEqual([{ _id: 'p' }]);
    expect(validateResponse([{ _id: 'p' }, { _id: 'q' }], projects)).toHaveLength(2);
    expect(validateResponse(null, projects)).toEqual([]);
    expect(rejection('p', projects).kind).toBe('invalid-response');
    expect(rejection([{ _id: 'p' }, 'q'], projects).message).toContain('response[1]');
  });

  it('leads need no _id, but must be objects', () => {
    expect(validateResponse([{ name: 'Jane' }], listOf(asLead))).toEqual([{ name: 'Jane' }]);
    expect(rejection(['Jane'], listOf(asLead)).kind).toBe('invalid-response');
    expect(rejection([{ _id: 5 }], listOf(asLead)).message).toContain('response[0]._id');
  });
});

describe('login', () => {
  it('reads access_token and message', () => {
    expect(
      validateResponse({ access_token: ' jwt ', message: 'Login successful' }, asLogin),
    ).toEqual({ token: 'jwt', message: 'Login successful' });
    expect(validateResponse({ access_token: 'jwt' }, asLogin)).toEqual({
      token: 'jwt',
      message: '',
    });
  });

  it('rejects an answer without a token', () => {
    expect(rejection({ message: 'ok' }, asLogin).message).toContain('response.access_token');
    expect(rejection({ access_token: 42 }, asLogin).kind).toBe('invalid-response');
  });
});
