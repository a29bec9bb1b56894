// Settings an organisation sets for every agent (storage.managed): filled by Chrome and Edge from
// enterprise policy, checked against public/managed_schema.json, and by Firefox from the
// "3rdparty" section of its policies.json. Each one set here wins over the agent's own choice,
// and the settings page shows it as set by the organisation. The token is never managed: each
// agent pastes their own.
import { browser } from 'wxt/browser';
import { isRecord } from './is-record';

export interface ManagedSettings {
  apiBaseUrl?: string;
  namespace?: string;
  hostName?: string;
  badgeProjectId?: string;
  hideEmailSignIn?: boolean;
}

const TEXT_KEYS = ['apiBaseUrl', 'namespace', 'hostName', 'badgeProjectId'] as const;

/** The managed values that have the right type and are not blank; anything else is ignored. */
export function parseManagedSettings(raw: unknown): ManagedSettings {
  if (!isRecord(raw)) return {};
  const settings: ManagedSettings = {};
  for (const key of TEXT_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') settings[key] = value.trim();
  }
  if (typeof raw['hideEmailSignIn'] === 'boolean')
    settings.hideEmailSignIn = raw['hideEmailSignIn'];
  // The viewer key is a pair: half of one means nothing.
  if (!settings.namespace || !settings.hostName) {
    delete settings.namespace;
    delete settings.hostName;
  }
  return settings;
}

/**
 * What the organisation set; {} when it set nothing. Firefox rejects the read when no policy
 * names the add-on, and a browser without managed storage has no `storage.managed`: both mean
 * "nothing managed", the normal case for an agent who installed the extension themselves.
 */
export async function readManagedSettings(): Promise<ManagedSettings> {
  const managed = (browser.storage as Partial<typeof browser.storage>).managed;
  if (!managed) return {};
  try {
    return parseManagedSettings(await managed.get());
  } catch {
    return {};
  }
}
