// @vitest-environment happy-dom
// The settings page's connection card: what opens Advanced by itself, and a token Planpoint
// rejected at the last sync said alone, never under a line claiming what it reaches.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { advancedOpenAtFirst } from '@/components/advanced-open';
import { AccountStatus } from '@/entrypoints/options/components/AccountStatus';
import { IDLE_SYNC_STATE } from '@/lib/catalog/sync-state';
import type { SettingsView } from '@/lib/messages';
import { syncState } from '@/lib/settings';

const DEFAULTS = {
  baseUrl: 'https://app.planpoint.io',
  namespace: '',
  hostName: '',
  managed: {},
};

describe('Advanced opens by itself', () => {
  it('stays closed while everything in it is the default', () => {
    expect(advancedOpenAtFirst(DEFAULTS)).toBe(false);
    expect(advancedOpenAtFirst({ ...DEFAULTS, baseUrl: 'https://app.planpoint.io/' })).toBe(false);
  });
  it('opens for another server, a viewer lookup, or an address that is not one', () => {
    expect(advancedOpenAtFirst({ ...DEFAULTS, baseUrl: 'http://127.0.0.1:8787' })).toBe(true);
    expect(advancedOpenAtFirst({ ...DEFAULTS, namespace: 'parkview', hostName: 'william' })).toBe(
      true,
    );
    expect(advancedOpenAtFirst({ ...DEFAULTS, baseUrl: 'not an address' })).toBe(true);
  });
  it('opens when the organisation set a value there or hid email sign-in', () => {
    expect(advancedOpenAtFirst({ ...DEFAULTS, managed: { apiBaseUrl: DEFAULTS.baseUrl } })).toBe(
      true,
    );
    expect(advancedOpenAtFirst({ ...DEFAULTS, managed: { hideEmailSignIn: true } })).toBe(true);
    expect(advancedOpenAtFirst({ ...DEFAULTS, managed: { badgeProjectId: 'p1' } })).toBe(false);
  });
});

describe('what is connected now', () => {
  const SETTINGS: SettingsView = {
    hasToken: true,
    account: {
      tokenHint: '…a1b2',
      projectCount: 8,
      reach: { own: 8, throughGroups: 0, throughViewerKey: 0 },
      lookupsNotOffered: [],
      email: null,
      savedAt: 0,
    },
    baseUrl: DEFAULTS.baseUrl,
    namespace: '',
    hostName: '',
    managed: {},
  };
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    // The next-step line reads the shortcut; the fake browser has no commands of its own.
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+L' },
    ]);
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('a working token: what it reaches, and Sign out', async () => {
    render(<AccountStatus settings={SETTINGS} onChanged={() => Promise.resolve()} />, root);
    await settle();
    expect(root.querySelector('[data-testid=token-status]')?.textContent).toBe(
      'Token saved, ends in …a1b2. It reaches 8 projects.',
    );
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('a token rejected at the last sync: only the rejection, asking for a token here', async () => {
    await syncState.setValue({
      ...IDLE_SYNC_STATE,
      lastError: { kind: 'unauthorized', at: Date.now() },
    });
    render(<AccountStatus settings={SETTINGS} onChanged={() => Promise.resolve()} />, root);
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Planpoint rejected the saved token (ends in …a1b2). Sign in again, or paste a new token under Advanced; the cached list stays available until then.',
    );
    expect(root.textContent).not.toContain('It reaches');
    expect(root.textContent).not.toContain('in Settings');
  });
});
