// Data sizes by name, shared by `npm run sandbox -- --preset <name>` and the tests, so "the 5k
// catalog" means the same number of projects and units everywhere.

export const SANDBOX_SIZES = {
  /** The demo account of `npm run sandbox`: 8 projects x 40 units. */
  small: { projects: 8, unitsPerProject: 40 },
  /** About 5,000 units: the size the stored format and search speed are held to. */
  '5k': { projects: 25, unitsPerProject: 200 },
  /** About 60,000 units: a very large developer. */
  '60k': { projects: 300, unitsPerProject: 200 },
  /** 150,000 units: how far the cost of growing is measured (`npm run bench -- --growth`). */
  '150k': { projects: 750, unitsPerProject: 200 },
} as const;

export type SandboxSizeName = keyof typeof SANDBOX_SIZES;
