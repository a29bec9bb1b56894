import { browser } from 'wxt/browser';

interface Sender {
  id?: string;
  url?: string;
}

/**
 * True only for the extension's own pages (popup, options). Web pages cannot message the
 * extension (no externally_connectable) and it has no content scripts, but the check stays so
 * that adding either later cannot open the token-holding background to them.
 */
export function isOwnPage(sender: Sender): boolean {
  const ownOrigin = browser.runtime.getURL('/');
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(ownOrigin)
  );
}
