// What an organisation's policy may set, read defensively: a value of the wrong type, a blank
// one, or half of the viewer key is ignored rather than half-applied.
import { describe, expect, it } from 'vitest';
import { parseManagedSettings } from '@/lib/managed-settings';

describe('parseManagedSettings', () => {
  it('keeps every setting of the right type, trimmed', () => {
    expect(
      parseManagedSettings({
        apiBaseUrl: ' https://planpoint.example.com ',
        namespace: 'azurea',
        hostName: 'william',
        badgeProjectId: '64a1f2b3c4d5e6f7a8b9c0d1',
        hideEmailSignIn: true,
      }),
    ).toEqual({
      apiBaseUrl: 'https://planpoint.example.com',
      namespace: 'azurea',
      hostName: 'william',
      badgeProjectId: '64a1f2b3c4d5e6f7a8b9c0d1',
      hideEmailSignIn: true,
    });
  });

  it('ignores wrong types, blanks, unknown keys and half a viewer key', () => {
    expect(
      parseManagedSettings({
        apiBaseUrl: 42,
        namespace: 'azurea',
        hostName: '  ',
        badgeProjectId: null,
        hideEmailSignIn: 'yes',
        token: 'pp_never_managed',
      }),
    ).toEqual({});
    expect(parseManagedSettings(null)).toEqual({});
    expect(parseManagedSettings(['apiBaseUrl'])).toEqual({});
  });
});
