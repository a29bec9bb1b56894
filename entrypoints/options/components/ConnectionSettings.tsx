import { useState } from 'preact/hooks';
import { AdvancedSection } from '@/components/AdvancedSection';
import { advancedOpenAtFirst } from '@/components/advanced-open';
import { SignIn } from '@/components/SignIn';
import { t } from '@/lib/i18n';
import type { MessageError, SettingsView } from '@/lib/messages';
import { AccountStatus } from './AccountStatus';
import { accountLine } from './account-line';
import { TokenSettings } from './TokenSettings';

/**
 * Connecting to Planpoint: what is connected now, then Sign in (how most agents connect), and
 * under Advanced the API token, the server address and the viewer lookup.
 */
export function ConnectionSettings({
  settings,
  onChanged,
}: {
  settings: SettingsView;
  onChanged: () => Promise<void>;
}) {
  // The address typed in the token form, which sign-in also uses: with no token saved yet, the
  // saved address is still the default, and signing in must reach the server the agent typed.
  const [typedBaseUrl, setTypedBaseUrl] = useState<string | null>(null);
  const baseUrl = typedBaseUrl ?? settings.baseUrl;
  // A request that got no answer at all: the server may be down, or may refuse extensions (CORS).
  const [unreachable, setUnreachable] = useState(false);
  const onFailure = (error: MessageError) => setUnreachable(error.kind === 'network');
  // Saved or signed in: the server answered, so no permission is missing.
  const onConnected = () => {
    setUnreachable(false);
    return onChanged();
  };
  const signInShown = !settings.managed.hideEmailSignIn;

  return (
    <section class="card" aria-labelledby="connect-heading">
      <h2 id="connect-heading">{t('options.connectHeading')}</h2>
      <AccountStatus settings={settings} onChanged={onChanged} />
      {signInShown ? (
        <SignIn
          formClass="sign-in"
          idPrefix=""
          baseUrl={baseUrl}
          onSignedIn={(account) => {
            void onConnected();
            return t('options.signedIn', [accountLine(account)]);
          }}
          onFailure={onFailure}
        />
      ) : null}
      <p class="muted">{signInShown ? t('connect.tokenSource') : t('connect.tokenOnly')}</p>
      <AdvancedSection openAtFirst={advancedOpenAtFirst(settings)}>
        <TokenSettings
          settings={settings}
          baseUrl={baseUrl}
          onBaseUrlInput={setTypedBaseUrl}
          onChanged={onConnected}
          unreachable={unreachable}
          onFailure={onFailure}
        />
      </AdvancedSection>
    </section>
  );
}
