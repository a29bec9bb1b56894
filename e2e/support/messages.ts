// The background's typed messages (lib/messages.ts), sent from an extension page as the popup
// sends them: to check an answer directly, e.g. that no answer carries the token.
import type { ExtensionApi, PageHandle } from '../fixtures';

declare const chrome: ExtensionApi;

/** Ask the background as the popup does and return its answer. */
export async function ask(page: PageHandle, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }) as Promise<unknown>,
    [type, payload] as const,
  );
}
