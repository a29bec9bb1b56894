import { parseBaseUrl } from '../planpoint/base-url';
import { t } from '../i18n';
import { SettingsError } from './settings-error';

/** Check and tidy an API base URL typed by the agent: an http(s) address, no trailing slash. */
export function checkBaseUrl(input: string): string {
  const parsed = parseBaseUrl(input);
  if (parsed.ok) return parsed.prefix;
  throw new SettingsError(
    parsed.problem === 'not-http' ? t('errors.notHttp') : t('errors.notWebAddress', [input.trim()]),
  );
}
