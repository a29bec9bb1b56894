// Running the fault matrix: one sandbox and a fault proxy in front of it for every case, and for
// each case the state it starts from, the call, and what became of the agent's view, catalog and
// token. Shared by the test (which asserts each case) and the report (which writes them down).
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { startTestSandbox, type Sandbox } from '../../support/sandbox';
import {
  catalogOutcome,
  errorsOf,
  firstSync,
  leaksOf,
  record,
  seedBaseline,
  tokenOutcome,
  withCompressedTime,
  type Baseline,
} from '../harness';
import {
  GROUPS,
  noteSandboxNames,
  prepareCall,
  runCall,
  type Call,
  type Case,
  type Env,
  type Outcome,
} from './cases';

/** The servers every case talks to, and the synced state each case starts from. */
export interface Matrix {
  sandbox: Sandbox;
  proxy: FaultProxy;
  baseline: Baseline;
}

/** One case's result: what was expected, what was observed, and anything that must never happen. */
export interface Row {
  group: string;
  call: Call;
  name: string;
  expected: Outcome;
  observed: Outcome;
  problems: string[];
  pass: boolean;
}

export async function startMatrix(): Promise<Matrix> {
  const sandbox = await startTestSandbox('faultMatrix');
  const proxy = await startFaultProxy(sandbox.url);
  const catalog = await firstSync(sandbox.demoToken, proxy.url);
  noteSandboxNames(sandbox);
  return {
    sandbox,
    proxy,
    baseline: {
      token: sandbox.demoToken,
      baseUrl: proxy.url,
      catalog: { ...catalog, syncedAt: Date.now() - 2 * 60_000 },
    },
  };
}

export async function stopMatrix(matrix: Matrix): Promise<void> {
  await matrix.proxy.close();
  await matrix.sandbox.close();
}

/** Every case, by group, in the order they run and are listed. */
export function matrixCases(): { group: string; cases: Case[] }[] {
  return GROUPS.map(([group, make]) => ({ group, cases: make() }));
}

export async function runCase(matrix: Matrix, group: string, c: Case): Promise<Row> {
  const { sandbox, proxy, baseline } = matrix;
  sandbox.reset();
  proxy.clear();
  // Two minutes old at the start of every case, so ages and clock times read the same.
  const fresh = {
    ...baseline,
    catalog: { ...baseline.catalog, syncedAt: Date.now() - 120_000 },
  };
  await seedBaseline(fresh);
  const env: Env = {
    sandbox,
    proxy,
    baseline: fresh,
    projectIds: sandbox.store.projectsOf(sandbox.accounts[0]!.id).map((p) => p._id),
    baseUrl: proxy.url,
    unit: baseline.catalog.units.find((u) => u.status === 'available')!,
    answers: [],
  };
  const rec = record();
  let observed: Outcome;
  try {
    await prepareCall(c.call, env);
    await c.arrange?.(env);
    const act = () => (c.act ? c.act(env) : runCall(c.call, env));
    const ui = c.compressTime ? await withCompressedTime(c.compressTime, act) : await act();
    observed = {
      ui,
      catalog: await catalogOutcome(env.baseline.catalog),
      token: await tokenOutcome(env.baseline.token),
    };
  } finally {
    rec.stop();
  }
  const resolve = <T>(v: T | ((e: Env) => T)): T =>
    typeof v === 'function' ? (v as (e: Env) => T)(env) : v;
  const expected: Outcome = {
    ui: resolve(c.expected.ui),
    catalog: resolve(c.expected.catalog),
    token: resolve(c.expected.token),
  };
  const secrets = [env.baseline.token, ...sandbox.accounts.map((a) => a.token)];
  const problems = [...(await leaksOf(secrets, rec, env.answers)), ...errorsOf(rec)];
  const pass =
    problems.length === 0 &&
    observed.ui === expected.ui &&
    observed.catalog === expected.catalog &&
    observed.token === expected.token;
  return { group, call: c.call, name: c.name, expected, observed, problems, pass };
}
