/** A setting the agent typed that cannot work; its message is shown as is. */
export class SettingsError extends Error {}

/** Check and tidy an API base URL typed by the agent: an http(s) address, no trailing slash. */
export function parseBaseUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SettingsError(
      `"${text}" is not a web address. Use https://app.planpoint.io, or your Planpoint server's address.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingsError(
      'The API base URL must start with https:// (or http:// for a local server).',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
