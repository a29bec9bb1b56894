// The shared extension fixture plus a sandbox of its own for each quick-lookup test.
import { test as base } from '../fixtures';
import { startQuickSandbox, type Sandbox } from './quick-connect';

export { expect } from '../fixtures';

export const test = base.extend<{ sandbox: Sandbox }>({
  sandbox: async ({}, use) => {
    const sandbox = await startQuickSandbox();
    try {
      await use(sandbox);
    } finally {
      await sandbox.close();
    }
  },
});
