// npm run sandbox [-- --port N --seed N --projects N --units N --preset small|5k|60k|150k
//   --shape references,raw-auth,… --log]
// Starts the local Planpoint on 127.0.0.1:8787 and stays up until Ctrl-C. Prints the demo token
// once, on purpose, so it can be pasted into the extension's options page.

import { parseArgs } from 'node:util';
import { SANDBOX_SIZES as PRESETS } from './presets';
import { startSandbox } from './server';
import { SHAPE_NAMES, shapeFromNames } from './shape';

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`--${flag} must be a whole number, got "${value}"`);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      projects: { type: 'string' },
      units: { type: 'string' },
      preset: { type: 'string' },
      shape: { type: 'string' },
      log: { type: 'boolean' },
    },
  });
  const presetName = values.preset ?? 'small';
  if (!(presetName in PRESETS)) {
    throw new Error(
      `--preset must be one of ${Object.keys(PRESETS).join(', ')}, got "${presetName}"`,
    );
  }
  const preset = PRESETS[presetName as keyof typeof PRESETS];
  const projects = integer(values.projects, 'projects') ?? preset.projects;
  const unitsPerProject = integer(values.units, 'units') ?? preset.unitsPerProject;
  const seed = integer(values.seed, 'seed') ?? 1;

  const started = performance.now();
  const sandbox = await startSandbox({
    port: integer(values.port, 'port') ?? 8787,
    host: values.host ?? '127.0.0.1',
    seed,
    projects,
    unitsPerProject,
    shape: shapeFromNames(values.shape ?? 'contract'),
    servePictures: true,
    log: values.log ? (line) => console.log(line) : undefined,
  });
  const demo = sandbox.accounts[0];
  const other = sandbox.accounts[1];
  const unitCount = sandbox.store
    .listProjects()
    .reduce((n, p) => n + sandbox.store.unitsOf(p._id).length, 0);
  console.log(`Planpoint sandbox listening on ${sandbox.url}`);
  console.log(
    `Data: ${projects} demo projects x ${unitsPerProject} units (seed ${seed}), ${unitCount} units in all, ready in ${Math.round(performance.now() - started)} ms`,
  );
  if (demo) {
    console.log(`Demo login: ${demo.email} / ${demo.password}`);
    console.log(`Demo token: ${demo.token}`);
  }
  if (other) console.log(`Second account (for 403s): ${other.email} / ${other.password}`);
  console.log(
    `Faults: GET/PUT ${sandbox.url}/__sandbox/faults, reset: POST ${sandbox.url}/__sandbox/reset`,
  );
  console.log(
    `Shape: ${values.shape ?? 'contract'} (of ${Object.keys(SHAPE_NAMES).join(', ')}); GET/PUT ${sandbox.url}/__sandbox/shape`,
  );
  console.log('Press Ctrl-C to stop.');

  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
