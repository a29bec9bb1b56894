// Right-click on selected text: 'Look up "…" in Planpoint' opens the results for that text.
// No content script is involved: the browser hands the selection to the background.

export const LOOKUP_MENU_ID = 'planpoint-lookup';
/** Long selections are cut: a lookup is a unit number or a few words. */
const MAX_LOOKUP_LENGTH = 100;

export function lookupQuery(selection: string | undefined): string | null {
  const text = (selection ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_LENGTH);
  return text || null;
}
