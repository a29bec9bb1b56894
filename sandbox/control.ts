// The control API under /__sandbox: lets another process (browser tests, the demo launcher) flip
// fault switches, reset the data, read the demo accounts and change units directly. Not part of
// Planpoint: no auth, never faulted.

import { applyChangeSwitch } from './change-switch';
import { faultsError, noFaults, type FaultSwitches } from './faults';
import { ApiError } from './errors';
import type { ParsedBody, Reply } from './http';
import { route, type Route } from './router';
import { contractShape, type ShapeSwitches } from './shape';
import type { SandboxStore } from './store';
import type { Json, JsonObject } from './types';

export const CONTROL_PREFIX = '/__sandbox';

export interface ControlContext {
  store: SandboxStore;
  faults: FaultSwitches;
  shape: ShapeSwitches;
  reset: () => void;
  query: URLSearchParams;
  body: ParsedBody;
}

function jsonObject(body: ParsedBody): JsonObject {
  const value: Json | undefined = body.kind === 'json' ? body.value : undefined;
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError(400, 'Request body must be a JSON object');
  }
  return value;
}

function toJson(value: object): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function faultsBody(switches: FaultSwitches | ShapeSwitches): Json {
  return JSON.parse(JSON.stringify(switches)) as Json;
}

export const CONTROL_ROUTES: Route<ControlContext>[] = [
  route(`${CONTROL_PREFIX}/faults`, {
    GET: ({ faults }) => ({ status: 200, body: faultsBody(faults) }),
    /** Partial merge: only the switches sent change. */
    PUT: ({ faults, body }) => {
      const patch = jsonObject(body);
      const problem = faultsError(patch);
      if (problem) throw new ApiError(400, problem);
      Object.assign(faults, patch);
      return { status: 200, body: faultsBody(faults) };
    },
    /** Clears every fault but keeps the data. */
    DELETE: ({ faults }) => {
      Object.assign(faults, noFaults());
      return { status: 200, body: faultsBody(faults) };
    },
  }),
  route(`${CONTROL_PREFIX}/shape`, {
    GET: ({ shape }) => ({ status: 200, body: faultsBody(shape) }),
    /** Partial merge, as for faults: only the switches sent change. */
    PUT: ({ shape, body }) => {
      const patch = jsonObject(body);
      const known = contractShape();
      for (const [key, value] of Object.entries(patch)) {
        const expected =
          key === 'retryAfterSeconds'
            ? ['number', 'object']
            : [typeof known[key as keyof ShapeSwitches]];
        if (!(key in known) || !expected.includes(value === null ? 'object' : typeof value)) {
          throw new ApiError(400, `Unknown shape switch or wrong type: ${key}`);
        }
      }
      Object.assign(shape, patch);
      return { status: 200, body: faultsBody(shape) };
    },
  }),
  route(`${CONTROL_PREFIX}/reset`, {
    POST: ({ reset }) => {
      reset();
      return {
        status: 200,
        body: { message: 'Sandbox reset: data regenerated from the seed, faults cleared' },
      };
    },
  }),
  route(`${CONTROL_PREFIX}/changes`, {
    /** The change switch (change-switch.ts): ?account= an account id, else the demo account. */
    POST: ({ store, query }) => {
      const accountId = query.get('account') ?? store.accounts[0]?.id;
      if (!accountId || !store.accounts.some((a) => a.id === accountId)) {
        throw new ApiError(404, 'Account not found');
      }
      return { status: 200, body: toJson(applyChangeSwitch(store, accountId)) };
    },
  }),
  route(`${CONTROL_PREFIX}/accounts`, {
    GET: ({ store }) => ({ status: 200, body: store.accounts.map((a) => ({ ...a })) }),
  }),
  route(`${CONTROL_PREFIX}/projects`, {
    /** Every project of every account; ?name= narrows to one (accent- and case-blind). */
    GET: ({ store, query }) => {
      const name = query.get('name');
      const found =
        name === null
          ? store.listProjects()
          : [store.findProjectByName(name)].flatMap((p) => p ?? []);
      return {
        status: 200,
        body: found.map((p) => ({
          _id: p._id,
          name: p.name,
          namespace: p.namespace,
          hostName: p.hostName,
          user: p.user,
          city: p.city ?? null,
          areaUnit: p.areaUnit,
          unitCount: store.unitsOf(p._id).length,
        })),
      };
    },
  }),
  route(`${CONTROL_PREFIX}/units/:id`, {
    GET: ({ store }, { id = '' }) => {
      const doc = store.getUnit(id);
      if (!doc) throw new ApiError(404, 'Unit not found');
      return {
        status: 200,
        body: {
          vocabulary: store.unitVocabulary(id) ?? null,
          project: store.projectOfUnit(id) ?? null,
          unit: doc,
        },
      };
    },
    /** Changes a unit as the developer's dashboard would; either vocabulary is accepted. */
    PATCH: ({ store, body }, { id = '' }) => ({
      status: 200,
      body: store.patchUnit(id, jsonObject(body)),
    }),
  }),
];
