// Interface text in the browser's language (English or French), from locales/*.yml through the
// extension i18n system. `t('popup.count', n)` picks the plural form for n.
import { i18n } from '#i18n';

export const t = i18n.t;

/** The locale numbers and dates are formatted for: the browser's own. */
export function uiLocale(): string {
  return typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
}

/**
 * Mark the page with the language its text is in (the messages the browser chose, not its own
 * language: a German browser reads the English messages), so screen readers pronounce it right.
 */
export function markDocumentLanguage(): void {
  document.documentElement.lang = t('uiLanguage');
}
