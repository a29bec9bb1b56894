// Store readiness, checked end to end the way a store reviewer would:
//   1. export the committed tree (git archive HEAD) and run `npm run zip` there: the Chrome zip,
//      the Firefox zip and the Firefox sources zip must all appear;
//   2. `web-ext lint` on the Firefox zip's contents: 0 errors;
//   3. the manifest asks for exactly the permissions the README justifies, and nothing that would
//      let a web page or remote code in (content scripts, externally_connectable, web-accessible
//      resources, a CSP override);
//   4. unpack the sources zip into an empty folder, `npm ci` and `npm run zip` there, and compare
//      both rebuilt extensions with the shipped zips, file by file, byte for byte.
// `--reuse-modules` links the repository's node_modules instead of running `npm ci` (offline).
// Prints a report; the exit code is non-zero when any check fails.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reuseModules = process.argv.includes('--reuse-modules');
const keep = process.argv.includes('--keep');

/** The manifest's permissions and the one-line reason for each (also in the README). */
export const JUSTIFIED_PERMISSIONS: Record<string, string> = {
  storage: 'keeps the token, the settings and the cached catalog on this device (storage.local)',
  alarms: 'refreshes the catalog every 30 minutes while the browser runs',
  unlimitedStorage: "a large developer's catalog (60,000 units) exceeds storage.local's 10 MB",
  contextMenus: 'the "Look up … in Planpoint" item on selected text',
};
export const JUSTIFIED_HOSTS: Record<string, string> = {
  'https://app.planpoint.io/*': 'the Planpoint API, the only server the extension talks to',
};
export const JUSTIFIED_OPTIONAL_HOSTS: Record<string, string> = {
  'http://*/*': 'a custom API address (staging, a local server), asked for one origin at a time',
  'https://*/*': 'a custom API address (staging, a local server), asked for one origin at a time',
};

export const JUSTIFIED_OPTIONAL_PERMISSIONS: Record<string, string> = {
  notifications:
    'a notification when a watched unit or search changes, asked for by the click that first stars one',
};

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}
const checks: Check[] = [];

function check(name: string, ok: boolean, detail = ''): void {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function run(command: string, args: string[], cwd: string): { code: number; output: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { code: result.status ?? 1, output };
}

function mustRun(command: string, args: string[], cwd: string): string {
  const { code, output } = run(command, args, cwd);
  if (code !== 0) {
    console.error(output);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${code})`);
  }
  return output;
}

async function files(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  )) {
    const path = join(entry.parentPath, entry.name);
    const hash = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    out.set(relative(dir, path), hash);
  }
  return out;
}

function unzip(zip: string, into: string): void {
  mustRun('unzip', ['-q', '-o', zip, '-d', into], ROOT);
}

function compare(name: string, shipped: Map<string, string>, rebuilt: Map<string, string>): void {
  const all = [...new Set([...shipped.keys(), ...rebuilt.keys()])].sort();
  const differ = all.filter((f) => shipped.get(f) !== rebuilt.get(f));
  check(
    name,
    differ.length === 0 && all.length > 0,
    differ.length === 0 ? `${all.length} files identical` : `differ: ${differ.join(', ')}`,
  );
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'planpoint-store-'));
  try {
    // 1. The committed tree, zipped exactly as `npm run zip` does it.
    const tree = join(work, 'tree');
    mustRun('mkdir', ['-p', tree], ROOT);
    mustRun('sh', ['-c', `git archive HEAD | tar -x -C "${tree}"`], ROOT);
    await symlink(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    mustRun('npm', ['run', 'zip'], tree);
    const output = join(tree, '.output');
    const zips = (await readdir(output)).filter((f) => f.endsWith('.zip')).sort();
    const chromeZip = zips.find((z) => z.endsWith('-chrome.zip'));
    const firefoxZip = zips.find((z) => z.endsWith('-firefox.zip'));
    const sourcesZip = zips.find((z) => z.endsWith('-sources.zip'));
    check('npm run zip: Chrome zip', !!chromeZip, chromeZip ?? 'missing');
    check('npm run zip: Firefox zip', !!firefoxZip, firefoxZip ?? 'missing');
    check('npm run zip: Firefox sources zip', !!sourcesZip, sourcesZip ?? 'missing');
    if (!chromeZip || !firefoxZip || !sourcesZip) return;

    const shippedChrome = join(work, 'shipped-chrome');
    const shippedFirefox = join(work, 'shipped-firefox');
    unzip(join(output, chromeZip), shippedChrome);
    unzip(join(output, firefoxZip), shippedFirefox);

    // 2. web-ext lint on what ships to Firefox.
    const lint = run(
      join(ROOT, 'node_modules', '.bin', 'web-ext'),
      ['lint', '--source-dir', shippedFirefox, '--output', 'json', '--no-config-discovery'],
      ROOT,
    );
    const report = JSON.parse(lint.output.slice(lint.output.indexOf('{'))) as {
      count: number;
      summary: { errors: number; notices: number; warnings: number };
      warnings: { code: string; message: string; file?: string }[];
    };
    check(
      'web-ext lint: 0 errors',
      report.summary.errors === 0,
      `${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
    );
    for (const w of report.warnings)
      console.log(`     warning ${w.code}: ${w.message} (${w.file ?? ''})`);

    // 3. The permissions, each justified, and nothing that opens the extension up.
    for (const [browser, dir] of [
      ['Chrome', shippedChrome],
      ['Firefox', shippedFirefox],
    ] as const) {
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const same = (a: unknown, b: string[]) =>
        JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...b].sort());
      check(
        `${browser} manifest: permissions are exactly the justified ones`,
        same(manifest['permissions'], Object.keys(JUSTIFIED_PERMISSIONS)),
        JSON.stringify(manifest['permissions']),
      );
      check(
        `${browser} manifest: host permissions are the Planpoint API only`,
        same(manifest['host_permissions'], Object.keys(JUSTIFIED_HOSTS)),
        JSON.stringify(manifest['host_permissions']),
      );
      check(
        `${browser} manifest: optional hosts only, asked for at run time`,
        same(manifest['optional_host_permissions'], Object.keys(JUSTIFIED_OPTIONAL_HOSTS)),
        JSON.stringify(manifest['optional_host_permissions']),
      );
      check(
        `${browser} manifest: optional permissions are the justified ones, asked for at run time`,
        same(manifest['optional_permissions'], Object.keys(JUSTIFIED_OPTIONAL_PERMISSIONS)),
        JSON.stringify(manifest['optional_permissions']),
      );
      const forbidden = [
        'content_scripts',
        'externally_connectable',
        'web_accessible_resources',
        'content_security_policy',
      ].filter((key) => key in manifest);
      check(
        `${browser} manifest: no content scripts, external connections, web-accessible resources or CSP override`,
        forbidden.length === 0,
        forbidden.join(', '),
      );
    }

    // 4. A reviewer's build from the sources zip alone.
    const sources = join(work, 'from-sources');
    unzip(join(output, sourcesZip), sources);
    check(
      'sources zip: has package.json and package-lock.json',
      existsSync(join(sources, 'package.json')) && existsSync(join(sources, 'package-lock.json')),
    );
    if (reuseModules) {
      await symlink(join(ROOT, 'node_modules'), join(sources, 'node_modules'));
    } else {
      mustRun('npm', ['ci', '--no-audit', '--no-fund'], sources);
    }
    mustRun('npm', ['run', 'zip'], sources);
    const rebuilt = join(sources, '.output');
    compare(
      'rebuilt from sources: Chrome extension identical to the shipped zip',
      await files(shippedChrome),
      await files(join(rebuilt, 'chrome-mv3')),
    );
    compare(
      'rebuilt from sources: Firefox extension identical to the shipped zip',
      await files(shippedFirefox),
      await files(join(rebuilt, 'firefox-mv3')),
    );
  } finally {
    if (keep) console.log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  check('store check ran to the end', false, String(error));
});
const failed = checks.filter((c) => !c.ok);
console.log(`\n${checks.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
