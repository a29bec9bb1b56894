// The local Planpoint (sandbox/) each test talks to: started on a free port for one test and
// closed after it, so a test may change its data and faults freely. Specs get it as the `sandbox`
// fixture of ./test.ts; a spec picks other data with `test.use({ sandboxData: SMALL_SANDBOX })`.
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export type { Sandbox };

/** What the sandbox serves: its seed and how many projects of how many units. */
export type SandboxData = Pick<SandboxOptions, 'seed' | 'projects' | 'unitsPerProject'>;

/** The demo data (seed 1, 8 projects of 40 units), as `npm start` serves it. */
export const DEMO_SANDBOX: SandboxData = {};

/** 4 projects of 12 units (seed 4): quick to sync again and again; the hardening specs use it. */
export const SMALL_SANDBOX: SandboxData = { seed: 4, projects: 4, unitsPerProject: 12 };

/** The fixture's body: a sandbox for the test, closed after it. */
export async function provideSandbox(
  data: SandboxData,
  use: (sandbox: Sandbox) => Promise<void>,
): Promise<void> {
  const sandbox = await startSandbox({ ...data, port: 0, servePictures: true });
  try {
    await use(sandbox);
  } finally {
    // A test may have closed it already to take the server down.
    await sandbox.close().catch(() => {});
  }
}
