// Finding the browsers on any machine: the variables, the usual install places per system,
// Playwright's cache, and one clear line per browser that is missing. Machines are described,
// not installed: nothing here depends on what this machine has.
import { describe, expect, it } from 'vitest';
import {
  browserPath,
  findBrowser,
  missingBrowsers,
  THIS_MACHINE,
  type Machine,
} from '../../scripts/find-browsers';

function machine(
  platform: NodeJS.Platform,
  files: string[],
  env: Record<string, string> = {},
  folders: Record<string, string[]> = {},
): Machine {
  return {
    platform,
    env,
    home:
      platform === 'win32'
        ? 'C:\\Users\\agent'
        : platform === 'darwin'
          ? '/Users/agent'
          : '/home/agent',
    exists: (path) => files.includes(path),
    list: (path) => folders[path] ?? [],
  };
}

describe('finding the browsers', () => {
  it.each([
    ['linux', '/usr/bin/chromium', 'chromium'],
    ['linux', '/usr/bin/chromium-browser', 'chromium'],
    ['linux', '/usr/bin/firefox-esr', 'firefox'],
    ['linux', '/usr/bin/firefox', 'firefox'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'chromium'],
    ['darwin', '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox', 'firefox'],
    ['win32', 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe', 'chromium'],
    ['win32', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', 'firefox'],
  ] as const)('%s: %s', (platform, path, name) => {
    const env: Record<string, string> =
      platform === 'win32' ? { PROGRAMFILES: 'C:\\Program Files' } : {};
    expect(findBrowser(name, machine(platform, [path], env))).toMatchObject({ found: true, path });
  });

  it('prefers Chromium to branded Chrome, which ignores the switch that loads an extension', () => {
    const both = ['/usr/bin/google-chrome', '/usr/bin/chromium'];
    expect(findBrowser('chromium', machine('linux', both))).toMatchObject({
      path: '/usr/bin/chromium',
    });
  });

  it("falls back to the newest Chromium in Playwright's cache", () => {
    const cache = '/home/agent/.cache/ms-playwright';
    const newest = `${cache}/chromium-1200/chrome-linux/chrome`;
    const found = findBrowser(
      'chromium',
      machine(
        'linux',
        [`${cache}/chromium-1100/chrome-linux/chrome`, newest],
        {},
        {
          [cache]: ['firefox-1400', 'chromium-1100', 'chromium-1200'],
        },
      ),
    );
    expect(found).toMatchObject({ found: true, path: newest });
  });

  it('takes the variable when set, and only it', () => {
    const files = ['/opt/chromium/chrome', '/usr/bin/chromium'];
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome' };
    expect(findBrowser('chromium', machine('linux', files, env))).toMatchObject({
      path: '/opt/chromium/chrome',
      from: 'CHROMIUM_PATH',
    });
    const wrong = { CHROMIUM_PATH: '/opt/nothing/chrome' };
    expect(findBrowser('chromium', machine('linux', files, wrong))).toMatchObject({ found: false });
  });
});

describe('a missing browser', () => {
  it('gives one line per browser, saying what to install', () => {
    const lines = missingBrowsers(machine('linux', []));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Chromium not found .*apt-get install chromium.*npx playwright install chromium/,
    );
    expect(lines[1]).toMatch(/^Firefox not found .*apt-get install firefox-esr/);
    expect(missingBrowsers(machine('darwin', []))[0]).toMatch(/npx playwright install chromium/);
  });

  it('on this machine, with both variables pointed at nothing, stops with those two lines', () => {
    const nowhere = {
      ...THIS_MACHINE,
      env: { CHROMIUM_PATH: '/nowhere/chromium', FIREFOX_PATH: '/nowhere/firefox' },
    };
    expect(missingBrowsers(nowhere)).toEqual([
      expect.stringMatching(
        /^Chromium not found: CHROMIUM_PATH is \/nowhere\/chromium, which does not exist\./,
      ),
      expect.stringMatching(
        /^Firefox not found: FIREFOX_PATH is \/nowhere\/firefox, which does not exist\./,
      ),
    ]);
    expect(() => browserPath('firefox', nowhere)).toThrow(/FIREFOX_PATH is \/nowhere\/firefox/);
  });
});
