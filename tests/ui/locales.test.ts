// English and French carry the same messages with the same substitutions, and the interface
// really switches: the same formatting functions read French from the French file.
import { describe, expect, it } from 'vitest';
import { formatBedrooms, formatPrice, statusWord } from '@/lib/format';
import { messagesFor as load, speak } from '../setup/i18n';

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

  it('has no "$name$" placeholders, which the browsers would need declared (and "$1$2" reads as one)', async () => {
    for (const locale of ['en', 'fr']) {
      for (const [key, { message }] of Object.entries(await load(locale))) {
        expect(message, `${locale} ${key}`).not.toMatch(/\$[a-zA-Z0-9_@]+\$/);
      }
    }
  });

  it('formats in French when the browser speaks French', async () => {
    await speak('fr');
    expect(statusWord({ status: 'sold', statusLabel: 'Sold' })).toBe('Vendue');
    expect(formatBedrooms({ bedrooms: 0, bedroomsLabel: null })).toBe('Studio');
    expect(formatBedrooms({ bedrooms: 2, bedroomsLabel: null })).toBe('2 ch.');
    expect(formatPrice({ price: null, priceTBD: true })).toBe('Prix à venir');
  });
});
