// Chromium: the address bar and the right-click menu are browser UI that neither headless
// Chromium nor the DevTools protocol can operate. What can be reached is the extension's side of
// them: the background's real listeners, called through the event objects they were added to
// (`dispatch` is a method Chromium's extension bindings put on every event object), in the
// running service worker, with the arguments the browser passes.
import type { ExtensionApi, ExtensionSession } from '../fixtures';

declare const chrome: ExtensionApi;

interface Dispatchable {
  dispatch(...args: unknown[]): void;
}

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Fire omnibox.onInputChanged for `text` (what follows "pp ") and collect what is suggested. */
export async function omniboxSuggestions(
  extension: ExtensionSession,
  text: string,
): Promise<OmniboxSuggestion[]> {
  const worker = await extension.serviceWorker();
  return worker.evaluate(
    (typed) =>
      new Promise<OmniboxSuggestion[]>((resolve, reject) => {
        const event = chrome.omnibox.onInputChanged as unknown as Dispatchable;
        if (!chrome.omnibox.onInputChanged.hasListeners()) reject(new Error('No listener'));
        setTimeout(() => reject(new Error('No suggestions within 5 s')), 5_000);
        event.dispatch(typed, (suggestions: OmniboxSuggestion[]) => resolve(suggestions));
      }),
    text,
  );
}

/** Fire omnibox.onInputEntered, as when Enter is pressed on a suggestion or on typed text. */
export async function omniboxEnter(extension: ExtensionSession, text: string): Promise<void> {
  const worker = await extension.serviceWorker();
  await worker.evaluate((entered) => {
    if (!chrome.omnibox.onInputEntered.hasListeners()) throw new Error('No listener');
    (chrome.omnibox.onInputEntered as unknown as Dispatchable).dispatch(entered, 'currentTab');
  }, text);
}

/** Whether the extension created a context menu item with this id (update() refuses others). */
export async function menuItemExists(extension: ExtensionSession, id: string): Promise<boolean> {
  const worker = await extension.serviceWorker();
  return worker.evaluate(
    (itemId) =>
      chrome.contextMenus.update(itemId, {}).then(
        () => true,
        () => false,
      ),
    id,
  );
}

/**
 * Fire contextMenus.onClicked for `menuItemId` on the active tab (the page showing `pageUrl`),
 * with the selection as Chromium reports it, as when the item is clicked in that page's menu.
 */
export async function clickMenuItem(
  extension: ExtensionSession,
  click: { menuItemId: string; selectionText: string; pageUrl: string },
): Promise<void> {
  const worker = await extension.serviceWorker();
  await worker.evaluate(async ({ menuItemId, selectionText, pageUrl }) => {
    if (!chrome.contextMenus.onClicked.hasListeners()) throw new Error('No listener');
    // The page's tab is the active one (its address is hidden without the "tabs" permission).
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('No active tab');
    const info = { menuItemId, selectionText, pageUrl, frameId: 0, editable: false };
    (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, tab);
  }, click);
}
