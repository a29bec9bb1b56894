// WXT's fake browser has no i18n: answer getMessage from locales/<TEST_LOCALE or en>.yml, with
// the browser's rule of $1…$9 substitutions, so tests read the same sentences users do.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const locale = process.env.TEST_LOCALE ?? 'en';
const messages = generateChromeMessages(await parseMessagesFile(`locales/${locale}.yml`));

function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name]?.message ?? '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});
fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
