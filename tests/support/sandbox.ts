// The sandbox as tests start it: on a free port, from a named preset, so the data a test's
// assertions count on (4 projects of 20 units, seed 3…) is named once and read in one place.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SANDBOX_SIZES } from '../../sandbox/presets';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export type { Sandbox } from '../../sandbox/server';

/** Seed and size of each sandbox the tests use; a different seed gives other names and tokens. */
export const SANDBOX_PRESETS = {
  /** What `npm run sandbox` serves: seed 1, 8 projects x 40 units. */
  demo: { seed: 1, ...SANDBOX_SIZES.small },
  /** About 5,000 units (seed 1): the stored format's size budget. */
  fiveThousandUnits: { seed: 1, ...SANDBOX_SIZES['5k'] },
  /** 2 projects x 5 units: enough for a request to succeed or fail. */
  tiny: { seed: 1, projects: 2, unitsPerProject: 5 },
  /** The catalog sync: 6 projects x 30 units. */
  sync: { seed: 7, projects: 6, unitsPerProject: 30 },
  /** The background's handlers: 4 projects x 20 units (80 units). */
  background: { seed: 3, projects: 4, unitsPerProject: 20 },
  /** Address bar, context menu and badge over a synced catalog: 5 projects x 40 units. */
  quickLookup: { seed: 5, projects: 5, unitsPerProject: 40 },
  /** Token safety: 3 projects x 8 units. */
  tokenSafety: { seed: 9, projects: 3, unitsPerProject: 8 },
  /** The fault matrix: 4 projects x 12 units. */
  faultMatrix: { seed: 5, projects: 4, unitsPerProject: 12 },
  /** The fault matrix's sandbox that goes down mid-sync: 4 projects x 10 units. */
  outage: { seed: 11, projects: 4, unitsPerProject: 10 },
} as const satisfies Record<string, Pick<SandboxOptions, 'seed' | 'projects' | 'unitsPerProject'>>;

export type SandboxPreset = keyof typeof SANDBOX_PRESETS;

/** Options other than the data: a request log, most often. */
export type SandboxExtras = Pick<SandboxOptions, 'log'>;

/** Starts a sandbox from a preset on a free port; the caller closes it. */
export function startTestSandbox(
  preset: SandboxPreset = 'demo',
  extras: SandboxExtras = {},
): Promise<Sandbox> {
  return startSandbox({ ...SANDBOX_PRESETS[preset], ...extras, port: 0 });
}

/**
 * One sandbox for the test file: started before its first test, its data and faults reset before
 * each test, closed after the last. The handle reads through to the running sandbox, so it can be
 * declared at the top of the file and used in any test or hook that runs after the start.
 */
export function useSandbox(preset: SandboxPreset = 'demo', extras: SandboxExtras = {}): Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(preset, extras);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox?.reset();
  });
  const running = (): Sandbox => {
    if (!sandbox) throw new Error('sandbox not started: use it inside a test or a hook');
    return sandbox;
  };
  return new Proxy({} as Sandbox, {
    get: (_handle, key) => Reflect.get(running(), key),
    set: (_handle, key, value) => Reflect.set(running(), key, value),
  });
}

/** How many units and commercial spaces the account's own projects list: what a sync of its
 * token stores (accounts[0] is the demo account). */
export function ownListingCount(sandbox: Sandbox, account = 0): number {
  const owner = sandbox.accounts[account];
  if (!owner) throw new Error(`The sandbox has no account ${account}`);
  return sandbox.store
    .projectsOf(owner.id)
    .reduce((n, project) => n + sandbox.store.listingCount(project._id), 0);
}
