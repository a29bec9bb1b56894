import { t } from '../i18n';

/** A setting the agent typed that cannot work; its message is shown as is. */
export class SettingsError extends Error {}

/** Check and tidy an API base URL typed by the agent: an http(s) address, no trailing slash. */
export function parseBaseUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SettingsError(t('errors.notWebAddress', [text]));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingsError(t('errors.notHttp'));
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
