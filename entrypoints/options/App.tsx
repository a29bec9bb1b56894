import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ask, type SettingsView } from '@/lib/messages';
import { BadgeSettings } from './components/BadgeSettings';
import { ConnectionSettings } from './components/ConnectionSettings';
import { ShortcutSettings } from './components/ShortcutSettings';

/** The options page: connecting (sign-in, or a token under Advanced), the badge, the shortcut. */
export function App() {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  async function reload() {
    const answer = await ask('getSettings', {});
    if (answer.ok) setSettings(answer.settings);
    else setLoadError(answer.error.message);
  }
  useEffect(() => void reload(), []);

  if (loadError)
    return (
      <p class="error" role="alert">
        {loadError}
      </p>
    );
  if (!settings) return <p class="empty">{t('common.loading')}</p>;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <ConnectionSettings settings={settings} onChanged={reload} />
      {settings.hasToken ? (
        <BadgeSettings locked={Boolean(settings.managed.badgeProjectId)} />
      ) : null}
      <ShortcutSettings />
    </main>
  );
}
