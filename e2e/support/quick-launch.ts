// A Chromium session from the shared fixture's own launcher, with extra command-line switches
// (e.g. --lang=fr). The fixture takes no switches, and it cannot be given one through the
// environment: Chromium picks the extension's language from --lang, not from LANGUAGE or LANG
// when the system has no locale pack for it (this one ships en-US.pak only).
import { chromium } from '@playwright/test';
import { launchExtension, type ExtensionSession } from '../fixtures';

export async function launchChromiumWith(extraArgs: readonly string[]): Promise<ExtensionSession> {
  const launch = chromium.launchPersistentContext;
  chromium.launchPersistentContext = ((userDataDir, options = {}) =>
    launch.call(chromium, userDataDir, {
      ...options,
      args: [...(options.args ?? []), ...extraArgs],
    })) as typeof launch;
  try {
    return await launchExtension('chromium');
  } finally {
    chromium.launchPersistentContext = launch;
  }
}
