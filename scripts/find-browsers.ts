// Where the browsers the real-browser tests and `npm start` drive are on this machine: the path
// in CHROMIUM_PATH / FIREFOX_PATH when set, else the usual install places on Linux, macOS and
// Windows, else (Chromium only) a build in Playwright's own browser cache. When one is missing,
// missingBrowserLine says in one line what to install.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

/** What the finding reads from the machine; tests pass their own. */
export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  exists: (path: string) => boolean;
  /** Folder names inside `path` ([] when it does not exist). */
  list: (path: string) => string[];
}

export const THIS_MACHINE: Machine = {
  env: process.env,
  platform: process.platform,
  home: homedir(),
  exists: existsSync,
  list: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
};

export type Found =
  | { found: true; path: string; from: string }
  | { found: false; looked: string[]; variableGiven: string | null };

const VARIABLE: Record<BrowserName, string> = {
  chromium: 'CHROMIUM_PATH',
  firefox: 'FIREFOX_PATH',
};

/** Where each browser is usually installed, most suitable first. Branded Chrome comes after
 * Chromium: recent releases ignore the switch that loads an unpacked extension. */
function usualPlaces(name: BrowserName, machine: Machine): string[] {
  const { platform, env, home } = machine;
  if (platform === 'darwin') {
    const apps = ['/Applications', join(home, 'Applications')];
    const bundles =
      name === 'chromium'
        ? [
            'Chromium.app/Contents/MacOS/Chromium',
            'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
            'Google Chrome.app/Contents/MacOS/Google Chrome',
            'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
          ]
        : [
            'Firefox.app/Contents/MacOS/firefox',
            'Firefox Developer Edition.app/Contents/MacOS/firefox',
            'Firefox Nightly.app/Contents/MacOS/firefox',
          ];
    return apps.flatMap((dir) => bundles.map((bundle) => join(dir, bundle)));
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (root): root is string => Boolean(root),
    );
    const programs =
      name === 'chromium'
        ? [
            'Chromium\\Application\\chrome.exe',
            'Google\\Chrome\\Application\\chrome.exe',
            'Microsoft\\Edge\\Application\\msedge.exe',
          ]
        : [
            'Mozilla Firefox\\firefox.exe',
            'Firefox Developer Edition\\firefox.exe',
            'Firefox Nightly\\firefox.exe',
          ];
    return roots.flatMap((root) => programs.map((program) => `${root}\\${program}`));
  }
  return name === 'chromium'
    ? [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
        '/usr/bin/microsoft-edge',
      ]
    : ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/snap/bin/firefox'];
}

/** Chromium builds `npx playwright install chromium` left in Playwright's cache, newest first. */
function playwrightChromium(machine: Machine): string[] {
  const { platform, env, home } = machine;
  const cache =
    env['PLAYWRIGHT_BROWSERS_PATH'] ??
    (platform === 'darwin'
      ? join(home, 'Library', 'Caches', 'ms-playwright')
      : platform === 'win32'
        ? `${env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local')}\\ms-playwright`
        : join(home, '.cache', 'ms-playwright'));
  const inside =
    platform === 'darwin'
      ? ['chrome-mac/Chromium.app/Contents/MacOS/Chromium']
      : platform === 'win32'
        ? ['chrome-win\\chrome.exe']
        : ['chrome-linux/chrome', 'chrome-linux64/chrome'];
  return machine
    .list(cache)
    .filter((folder) => /^chromium-\d+$/.test(folder))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]))
    .flatMap((folder) => inside.map((path) => join(cache, folder, path)));
}

export function findBrowser(name: BrowserName, machine: Machine = THIS_MACHINE): Found {
  const variable = VARIABLE[name];
  const given = machine.env[variable];
  // A path given on purpose is the only one tried: another browser would test something else.
  if (given) {
    return machine.exists(given)
      ? { found: true, path: given, from: variable }
      : { found: false, looked: [given], variableGiven: variable };
  }
  const candidates = [
    ...usualPlaces(name, machine),
    ...(name === 'chromium' ? playwrightChromium(machine) : []),
  ];
  const path = candidates.find((candidate) => machine.exists(candidate));
  return path
    ? { found: true, path, from: 'the usual install places' }
    : { found: false, looked: candidates, variableGiven: null };
}

/** One line: which browser is missing, where it was looked for, and how to get it. */
export function missingBrowserLine(
  name: BrowserName,
  found: Extract<Found, { found: false }>,
  platform: NodeJS.Platform = process.platform,
): string {
  const label = name === 'chromium' ? 'Chromium' : 'Firefox';
  if (found.variableGiven) {
    return `${label} not found: ${found.variableGiven} is ${found.looked[0]}, which does not exist. Point it at the browser's executable, or unset it to look in the usual places.`;
  }
  const install =
    name === 'chromium'
      ? platform === 'linux'
        ? '`apt-get install chromium` (Debian/Ubuntu), or `npx playwright install chromium`'
        : '`npx playwright install chromium`, or install Chromium from https://www.chromium.org/getting-involved/download-chromium/'
      : platform === 'linux'
        ? '`apt-get install firefox-esr` (Debian), or Firefox from https://www.mozilla.org/firefox/'
        : 'Firefox from https://www.mozilla.org/firefox/';
  return `${label} not found (looked in ${found.looked.length} usual places). Install it: ${install}; or set ${VARIABLE[name]} to its executable.`;
}

/** The executable to launch, or an Error whose message is missingBrowserLine. */
export function browserPath(name: BrowserName, machine: Machine = THIS_MACHINE): string {
  const found = findBrowser(name, machine);
  if (found.found) return found.path;
  throw new Error(missingBrowserLine(name, found, machine.platform));
}

/** One line per browser the real-browser tests need and this machine lacks ([] when both are here). */
export function missingBrowsers(machine: Machine = THIS_MACHINE): string[] {
  return (['chromium', 'firefox'] as const).flatMap((name) => {
    const found = findBrowser(name, machine);
    return found.found ? [] : [missingBrowserLine(name, found, machine.platform)];
  });
}
