// The `test` every spec that needs the sandbox imports: the shared extension fixture
// (../fixtures) plus a sandbox of its own per test and the extension's consoles.
import { test as base } from '../fixtures';
import { Consoles } from './consoles';
import { DEMO_SANDBOX, provideSandbox, type Sandbox, type SandboxData } from './sandbox';

export { expect } from '../fixtures';
export type { Sandbox };

export interface SandboxFixtures {
  /** Which data the sandbox serves: DEMO_SANDBOX unless a spec says `test.use({ sandboxData })`. */
  sandboxData: SandboxData;
  /** A sandbox on a free port, closed after the test. */
  sandbox: Sandbox;
  /** Every console line of the extension so far (see ./consoles.ts). */
  consoles: Consoles;
}

export const test = base.extend<SandboxFixtures>({
  sandboxData: [DEMO_SANDBOX, { option: true }],
  sandbox: async ({ sandboxData }, use) => provideSandbox(sandboxData, use),
  consoles: async ({ extension }, use) => use(new Consoles(extension)),
});
