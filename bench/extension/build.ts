import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/**
 * Build the Chrome extension into `outDir` (a child process, so a test runner's own Vite does not
 * meet WXT's) and return the extension folder, `outDir/chrome-mv3`.
 */
export async function buildChrome(outDir: string): Promise<string> {
  try {
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'bench', 'extension', 'build-chrome.mjs'), outDir],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 5 * 60_000 },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`wxt build failed:\n${stdout}\n${stderr}`, { cause: error });
  }
  return join(outDir, 'chrome-mv3');
}
