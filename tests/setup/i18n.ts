// WXT's fake browser has no i18n: answer getMessage from locales/<TEST_LOCALE or en>.yml, with
// the browser's rule of $1…$9 substitutions, so tests read the same sentences users do.
// `speak('fr')` switches a single test to another language; every test starts in the default.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

type Messages = Awaited<ReturnType<typeof generateChromeMessages>>;

const loaded = new Map<string, Messages>();

/** The messages of locales/<locale>.yml, as the browser would read them from _locales. */
export async function messagesFor(locale: string): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = generateChromeMessages(await parseMessagesFile(`locales/${locale}.yml`));
    loaded.set(locale, messages);
  }
  return messages;
}

function getMessageFrom(messages: Messages) {
  return ((name: string, substitutions?: string | string[]) => {
    const message = messages[name]?.message ?? '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

/** Answer getMessage in `locale` until the next test starts. */
export async function speak(locale: string): Promise<void> {
  fakeBrowser.i18n.getMessage = getMessageFrom(await messagesFor(locale));
}

const defaultMessages = await messagesFor(process.env.TEST_LOCALE ?? 'en');

beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessageFrom(defaultMessages);
});
fakeBrowser.i18n.getMessage = getMessageFrom(defaultMessages);
