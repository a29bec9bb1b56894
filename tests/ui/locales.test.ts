// English and French carry the same messages with the same substitutions, and the interface
// really switches: the same formatting functions read French from the French file.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { formatBedrooms, formatPrice, statusWord } from '@/lib/format';

async function load(locale: string) {
  return generateChromeMessages(await parseMessagesFile(`locales/${locale}.yml`));
}
const substitutions = (message: string) => [...message.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('French has every English message, with the same substitutions and plural forms', async () => {
    const [en, fr] = await Promise.all([load('en'), load('fr')]);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const french = fr[key]!.message;
      expect(french.trim(), key).not.toBe('');
      expect(substitutions(french), key).toEqual(substitutions(message));
      expect(french.split(' | ').length, key).toBe(message.split(' | ').length);
    }
  });

  it('formats in French when the browser speaks French', async () => {
    const fr = await load('fr');
    fakeBrowser.i18n.getMessage = ((name: string, subs?: string[]) =>
      (fr[name]?.message ?? '').replace(/\$(\d)/g, (_, n) => subs?.[Number(n) - 1] ?? '')) as never;
    expect(statusWord({ status: 'sold', statusLabel: 'Sold' })).toBe('Vendue');
    expect(formatBedrooms({ bedrooms: 0, bedroomsLabel: null })).toBe('Studio');
    expect(formatBedrooms({ bedrooms: 2, bedroomsLabel: null })).toBe('2 ch.');
    expect(formatPrice({ price: null, priceTBD: true })).toBe('Prix à venir');
  });
});
