import { useEffect, useState } from 'preact/hooks';
import { NoticeLine } from '@/components/NoticeLine';
import { useFormSubmit } from '@/components/use-form-submit';
import { t } from '@/lib/i18n';
import { ask, type SettingsView } from '@/lib/messages';
import { DEFAULT_BASE_URL } from '@/lib/planpoint/client';
import { syncState, type AccountInfo } from '@/lib/settings';
import { BadgeSettings } from './components/BadgeSettings';
import { HostAccess } from './components/HostAccess';
import { ShortcutSettings } from './components/ShortcutSettings';

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
      <SignIn baseUrl={typedBaseUrl ?? settings.baseUrl} onChanged={reload} />
      {settings.hasToken ? <BadgeSettings /> : null}
      <ShortcutSettings />
    </main>
  );
}

function accountLine(account: AccountInfo): string {
  const line = t('options.account', account.projectCount, [
    String(account.projectCount),
    account.tokenHint,
  ]);
  return account.email ? `${line} ${t('options.signedInAs', [account.email])}` : line;
}

/** Whether Planpoint rejected the saved token at the last sync (the popup sends agents here). */
function useTokenRejected(): boolean {
  const [rejected, setRejected] = useState(false);
  useEffect(() => {
    const update = (state: { lastError: { kind: string } | null } | null) =>
      setRejected(state?.lastError?.kind === 'unauthorized');
    void syncState.getValue().then(update);
    return syncState.watch(update);
  }, []);
  return rejected;
}

function TokenSettings({
  settings,
  baseUrl,
  onBaseUrlInput,
  onChanged,
}: {
  settings: SettingsView;
  baseUrl: string;
  onBaseUrlInput: (baseUrl: string) => void;
  onChanged: () => Promise<void>;
}) {
  const rejected = useTokenRejected();
  const [token, setToken] = useState('');
  const [namespace, setNamespace] = useState(settings.namespace);
  const [hostName, setHostName] = useState(settings.hostName);
  const { busy, notice, setNotice, submit } = useFormSubmit(
    () => ask('saveSettings', { token, baseUrl, namespace, hostName }),
    (answer) => {
      setToken('');
      void onChanged();
      return t('options.saved', [accountLine(answer.account)]);
    },
  );

  async function signOut() {
    await ask('signOut', {});
    setNotice({ tone: 'ok', text: t('options.signedOut') });
    await onChanged();
  }

  return (
    <form class="card" onSubmit={submit}>
      <h2>{t('options.tokenHeading')}</h2>
      <p class="muted" data-testid="token-status">
        {settings.account ? accountLine(settings.account) : t('options.noToken')}
      </p>
      {rejected && settings.hasToken ? (
        <p class="error" role="alert">
          {t('options.tokenRejected')}
        </p>
      ) : null}
      <label for="token">{t('popup.tokenLabel')}</label>
      <input
        id="token"
        type="password"
        autocomplete="off"
        spellcheck={false}
        placeholder={settings.hasToken ? t('options.keepToken') : t('popup.tokenPlaceholder')}
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
      />
      <label for="base-url">{t('options.baseUrl')}</label>
      <input
        id="base-url"
        type="url"
        spellcheck={false}
        value={baseUrl}
        onInput={(e) => onBaseUrlInput(e.currentTarget.value)}
        placeholder={DEFAULT_BASE_URL}
        required
      />
      <HostAccess baseUrl={baseUrl} />
      <fieldset>
        <legend>{t('options.viewerLookup')}</legend>
        <p class="muted">{t('options.viewerLookupHelp')}</p>
        <label for="namespace">{t('options.namespace')}</label>
        <input
          id="namespace"
          value={namespace}
          onInput={(e) => setNamespace(e.currentTarget.value)}
        />
        <label for="host-name">{t('options.hostName')}</label>
        <input
          id="host-name"
          value={hostName}
          onInput={(e) => setHostName(e.currentTarget.value)}
        />
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('options.checkingWithPlanpoint') : t('common.save')}
        </button>
        {settings.hasToken ? (
          <button type="button" class="secondary" onClick={signOut}>
            {t('options.signOut')}
          </button>
        ) : null}
      </div>
      <NoticeLine notice={notice} />
    </form>
  );
}

function SignIn({ baseUrl, onChanged }: { baseUrl: string; onChanged: () => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The password is cleared once Planpoint answered, whatever the answer.
  const { busy, notice, submit } = useFormSubmit(
    () => ask('signIn', { email, password, baseUrl }).finally(() => setPassword('')),
    (answer) => {
      void onChanged();
      return t('options.signedIn', [accountLine(answer.account)]);
    },
  );

  return (
    <form class="card" onSubmit={submit}>
      <h2>{t('options.signInHeading')}</h2>
      <p class="muted">{t('options.signInHelp')}</p>
      <label for="email">{t('options.email')}</label>
      <input
        id="email"
        type="email"
        autocomplete="username"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
        required
      />
      <label for="password">{t('options.password')}</label>
      <input
        id="password"
        type="password"
        autocomplete="current-password"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        required
      />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('options.signingIn') : t('options.signIn')}
        </button>
      </div>
      <NoticeLine notice={notice} />
    </form>
  );
}
