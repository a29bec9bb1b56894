import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ask, type SettingsView } from '@/lib/messages';
import { BadgeSettings } from './components/BadgeSettings';
import { ShortcutSettings } from './components/ShortcutSettings';
import { SignIn } from './components/SignIn';
import { TokenSettings } from './components/TokenSettings';

/** The options page: the API token, sign-in, the toolbar badge and the keyboard shortcut. */
export function App() {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The address typed in the token form, which sign-in also uses: with no token saved yet, the
  // saved address is still the default, and signing in must reach the server the agent typed.
  const [typedBaseUrl, setTypedBaseUrl] = useState<string | null>(null);

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
      <TokenSettings
        settings={settings}
        baseUrl={typedBaseUrl ?? settings.baseUrl}
        onBaseUrlInput={setTypedBaseUrl}
        onChanged={reload}
      />
      {settings.managed.hideEmailSignIn ? null : (
        <SignIn baseUrl={typedBaseUrl ?? settings.baseUrl} onChanged={reload} />
      )}
      {settings.hasToken ? (
        <BadgeSettings locked={Boolean(settings.managed.badgeProjectId)} />
      ) : null}
      <ShortcutSettings />
    </main>
  );
}
