// An organisation's settings for the extension, written where each browser reads enterprise
// policy on Linux, and removed (or put back as they were) afterwards:
// - Chromium: a JSON file in /etc/chromium/policies/managed/, the extension's values under
//   "3rdparty" > "extensions" > its id;
// - Firefox: policies.json in the "distribution" folder beside its executable, the values under
//   "policies" > "3rdparty" > "Extensions" > the add-on's id.
// Both folders belong to root: the caller checks canWritePolicies() first.
import { createHash } from 'node:crypto';
import { access, constants, mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { browserPath } from '../../scripts/find-browsers';
import { EXTENSION_DIRS, type BrowserName } from '../fixtures/session';
import { GECKO_ID } from '../fixtures/firefox';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const CHROMIUM_POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'planpoint-agent-e2e.json');

/** Chromium's id for an extension loaded unpacked: from the SHA-256 of its folder's path, the
 * first 32 hex digits written with the letters a to p. */
export async function unpackedExtensionId(dir: string): Promise<string> {
  const hex = createHash('sha256')
    .update(await realpath(resolve(dir)))
    .digest('hex')
    .slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

async function firefoxPolicyFile(): Promise<string> {
  return join(dirname(await realpath(browserPath('firefox'))), 'distribution', 'policies.json');
}

/** The folder the policy goes in, or its nearest existing parent, is writable by this process. */
export async function canWritePolicies(browserName: BrowserName): Promise<boolean> {
  let dir = browserName === 'chromium' ? CHROMIUM_POLICY_DIR : dirname(await firefoxPolicyFile());
  for (;;) {
    try {
      await access(dir, constants.W_OK);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) return false;
      dir = dirname(dir);
    }
  }
}

export interface WrittenPolicy {
  /** Where it was written. */
  file: string;
  /** Removes what was written, putting back a file that was there before. */
  restore(): Promise<void>;
}

export async function writeExtensionPolicy(
  browserName: BrowserName,
  values: Record<string, unknown>,
): Promise<WrittenPolicy> {
  if (browserName === 'chromium') {
    const id = await unpackedExtensionId(EXTENSION_DIRS.chromium);
    // The first folder of the path this creates, if any: removed again afterwards.
    const created = await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
    const policy = { '3rdparty': { extensions: { [id]: values } } };
    await writeFile(CHROMIUM_POLICY_FILE, JSON.stringify(policy, null, 2));
    return {
      file: CHROMIUM_POLICY_FILE,
      restore: async () => {
        await rm(CHROMIUM_POLICY_FILE, { force: true });
        if (created) await rm(created, { recursive: true, force: true });
      },
    };
  }
  const file = await firefoxPolicyFile();
  const before = await readFile(file, 'utf8').catch(() => null);
  const created = await mkdir(dirname(file), { recursive: true });
  const policy = { policies: { '3rdparty': { Extensions: { [GECKO_ID]: values } } } };
  await writeFile(file, JSON.stringify(policy, null, 2));
  return {
    file,
    restore: async () => {
      if (before !== null) await writeFile(file, before);
      else await rm(created ?? file, { recursive: true, force: true });
    },
  };
}
