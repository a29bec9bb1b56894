import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnPage } from '@/lib/background/guard';

describe('isOwnPage', () => {
  const own = fakeBrowser.runtime.getURL('/popup.html');

  it('accepts the extension’s own pages', () => {
    expect(isOwnPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
  });

  it('refuses web pages, other extensions and senders without a URL', () => {
    expect(isOwnPage({ id: fakeBrowser.runtime.id, url: 'https://evil.example/' })).toBe(false);
    expect(isOwnPage({ id: 'another-extension', url: own })).toBe(false);
    expect(isOwnPage({ id: fakeBrowser.runtime.id })).toBe(false);
    expect(isOwnPage({})).toBe(false);
  });
});
