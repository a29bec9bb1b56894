// The organisation's settings (lib/managed-settings.ts) made the extension's own: written over the
// agent's choices when the background starts and whenever the policy changes, so every reader of
// the settings (the sync, the badge, the pages) sees them without asking where they came from.
import { readManagedSettings, type ManagedSettings } from '../managed-settings';
import { parseBaseUrl } from '../planpoint/base-url';
import {
  badgeProjectId,
  clearAccountValues,
  saveConnection,
  savedConnection,
  apiBaseUrl,
  viewerKey,
} from '../settings';

export async function applyManagedSettings(): Promise<ManagedSettings> {
  const managed = await readManagedSettings();
  if (managed.apiBaseUrl) await useManagedBaseUrl(managed.apiBaseUrl);
  if (managed.namespace && managed.hostName) {
    await viewerKey.setValue({ namespace: managed.namespace, hostName: managed.hostName });
  }
  if (managed.badgeProjectId) await badgeProjectId.setValue(managed.badgeProjectId);
  return managed;
}

/** The organisation's server. A token saved for another origin is signed out, never sent there. */
async function useManagedBaseUrl(input: string): Promise<void> {
  const parsed = parseBaseUrl(input);
  if (!parsed.ok) {
    console.warn(`Planpoint Agent: the managed apiBaseUrl is not a web address, ignored: ${input}`);
    return;
  }
  const { token, baseUrl } = await savedConnection();
  if (baseUrl === parsed.prefix) return;
  const saved = parseBaseUrl(baseUrl);
  if (token && (!saved.ok || saved.origin !== parsed.origin)) {
    await clearAccountValues();
    await apiBaseUrl.setValue(parsed.prefix);
  } else if (token) {
    await saveConnection(parsed.prefix, token);
  } else {
    await apiBaseUrl.setValue(parsed.prefix);
  }
}
