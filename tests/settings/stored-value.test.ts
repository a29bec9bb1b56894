// The storage layer every setting goes through, on WXT's fake browser (its storage.local and
// storage.session behave as the browsers' do, change events included).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { readTogether, removeTogether, storedValue, writeTogether } from '@/lib/stored-value';

beforeEach(() => {
  fakeBrowser.reset();
});

const token = () => storedValue<string | null>('local', 'apiToken', null);
const forms = () => storedValue<Record<string, string>>('local', 'authForms', {});

describe('storedValue', () => {
  it('reads the fallback until a value is written, then the value', async () => {
    const value = forms();
    expect(await value.getValue()).toEqual({});
    await value.setValue({ 'https://a.test': 'raw' });
    expect(await value.getValue()).toEqual({ 'https://a.test': 'raw' });
  });

  it('keeps what an earlier version wrote under the same key', async () => {
    await browser.storage.local.set({ apiToken: 'tok-from-before' });
    expect(await token().getValue()).toBe('tok-from-before');
  });

  it('removes the value when null is written, and on removeValue', async () => {
    const value = token();
    await value.setValue('secret');
    await value.setValue(null);
    expect(await browser.storage.local.get('apiToken')).toEqual({});
    await value.setValue('secret');
    await value.removeValue();
    expect(await value.getValue()).toBeNull();
  });

  it('keeps session values out of storage.local', async () => {
    const query = storedValue<string | null>('session', 'lastQuery', null);
    await query.setValue('1204 parkview');
    expect(await browser.storage.local.get('lastQuery')).toEqual({});
    expect(await browser.storage.session.get('lastQuery')).toEqual({ lastQuery: '1204 parkview' });
  });

  it('tells a watcher each new value and the one before, with the fallback for none', async () => {
    const value = token();
    const seen: [string | null, string | null][] = [];
    const unwatch = value.watch((next, previous) => seen.push([next, previous]));
    await value.setValue('a');
    await value.setValue('a');
    await value.setValue('b');
    await value.removeValue();
    await storedValue('local', 'other', 0).setValue(1);
    unwatch();
    await value.setValue('c');
    expect(seen).toEqual([
      ['a', null],
      ['b', 'a'],
      [null, 'b'],
    ]);
  });
});

describe('values together', () => {
  it('reads several in one call, each with its fallback', async () => {
    await token().setValue('secret');
    const [read, known] = await readTogether([token(), forms()]);
    expect(read).toBe('secret');
    expect(known).toEqual({});
  });

  it('writes and removes several in one call', async () => {
    const address = storedValue('local', 'apiBaseUrl', 'https://app.planpoint.io');
    await writeTogether([token().entry('secret'), address.entry('http://127.0.0.1:4010')]);
    expect(await browser.storage.local.get(['apiToken', 'apiBaseUrl'])).toEqual({
      apiToken: 'secret',
      apiBaseUrl: 'http://127.0.0.1:4010',
    });
    await removeTogether([token(), address]);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('refuses values of different storage areas in one call', async () => {
    const query = storedValue<string | null>('session', 'lastQuery', null);
    await expect(readTogether([token(), query])).rejects.toThrow(/one storage area/);
  });
});
