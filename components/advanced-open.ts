import type { ManagedSettings } from '@/lib/managed-settings';
import { DEFAULT_BASE_URL } from '@/lib/planpoint/client';

/**
 * Whether the Advanced section opens by itself: something in it is not the default (another
 * server, a viewer lookup), the organisation set part of it (shown locked, so the agent sees why),
 * or it hid email sign-in, which leaves the token as the way in.
 */
export function advancedOpenAtFirst(values: {
  baseUrl: string;
  namespace: string;
  hostName: string;
  managed: ManagedSettings;
}): boolean {
  const { managed } = values;
  if (managed.hideEmailSignIn || managed.apiBaseUrl || managed.namespace || managed.hostName) {
    return true;
  }
  if (values.namespace || values.hostName) return true;
  return !sameOrigin(values.baseUrl, DEFAULT_BASE_URL);
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false; // Not an address at all: the agent must see the field to fix it.
  }
}
