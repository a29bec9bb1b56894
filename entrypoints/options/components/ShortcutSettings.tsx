import { browser } from 'wxt/browser';
import { useOpenShortcut } from '@/components/use-open-shortcut';
import { t } from '@/lib/i18n';

/** Shows the keyboard shortcut that opens the popup, and where the browser lets it change. */
export function ShortcutSettings() {
  const shortcut = useOpenShortcut();

  function openShortcutSettings() {
    // Firefox offers an API for its shortcut page; Chrome and Edge have a page of their own.
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
    if (import.meta.env.FIREFOX && commands.openShortcutSettings) {
      void commands.openShortcutSettings();
    } else {
      void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
  }

  return (
    <section class="card">
      <h2>{t('options.shortcutHeading')}</h2>
      <p data-testid="shortcut">
        {shortcut === null
          ? t('options.shortcutReading')
          : shortcut
            ? t('options.shortcutIs', [shortcut])
            : t('options.shortcutNone')}
      </p>
      <p class="muted">{t('options.omniboxHelp')}</p>
      <div>
        <button type="button" class="secondary" onClick={openShortcutSettings}>
          {t('options.changeShortcut')}
        </button>
      </div>
    </section>
  );
}
