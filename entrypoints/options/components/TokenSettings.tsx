import { useState } from 'preact/hooks';
import { TokenForm } from '@/components/TokenForm';
import type { Notice } from '@/components/use-form-submit';
import { t } from '@/lib/i18n';
import { ask, type SettingsView } from '@/lib/messages';
import { DEFAULT_BASE_URL } from '@/lib/planpoint/client';
import { accountLine } from './account-line';
import { HostAccess } from './HostAccess';
import { ManagedNote } from './ManagedNote';
import { useTokenRejected } from './use-token-rejected';

interface Props {
  settings: SettingsView;
  /** The address in the field, shared with sign-in (see App). */
  baseUrl: string;
  onBaseUrlInput: (baseUrl: string) => void;
  onChanged: () => Promise<void>;
}

/** The API token card: what is saved now, a new token, the server address and viewer lookup. */
export function TokenSettings({ settings, baseUrl, onBaseUrlInput, onChanged }: Props) {
  const rejected = useTokenRejected();
  const [namespace, setNamespace] = useState(settings.namespace);
  const [hostName, setHostName] = useState(settings.hostName);
  const { managed } = settings;
  const keyLocked = Boolean(managed.namespace && managed.hostName);

  async function signOut(say: (notice: Notice) => void) {
    await ask('signOut', {});
    say({ tone: 'ok', text: t('options.signedOut') });
    await onChanged();
  }

  return (
    <TokenForm
      formClass="card"
      fieldId="token"
      placeholder={settings.hasToken ? t('options.keepToken') : t('popup.tokenPlaceholder')}
      checking={t('options.checkingWithPlanpoint')}
      baseUrl={baseUrl}
      namespace={namespace}
      hostName={hostName}
      onSaved={(account) => {
        void onChanged();
        return t('options.saved', [accountLine(account)]);
      }}
      actions={(say) =>
        settings.hasToken ? (
          <button type="button" class="secondary" onClick={() => signOut(say)}>
            {t('options.signOut')}
          </button>
        ) : null
      }
      heading={
        <>
          <h2>{t('options.tokenHeading')}</h2>
          <p class="muted" data-testid="token-status">
            {settings.account ? accountLine(settings.account) : t('options.noToken')}
          </p>
          {rejected && settings.hasToken ? (
            <p class="error" role="alert">
              {t('options.tokenRejected')}
            </p>
          ) : null}
        </>
      }
    >
      <label for="base-url">{t('options.baseUrl')}</label>
      <input
        id="base-url"
        type="url"
        spellcheck={false}
        value={managed.apiBaseUrl ?? baseUrl}
        onInput={(e) => onBaseUrlInput(e.currentTarget.value)}
        placeholder={DEFAULT_BASE_URL}
        readOnly={Boolean(managed.apiBaseUrl)}
        aria-describedby={managed.apiBaseUrl ? 'base-url-managed' : undefined}
        required
      />
      {managed.apiBaseUrl ? <ManagedNote id="base-url-managed" /> : null}
      <HostAccess baseUrl={baseUrl} />
      <fieldset>
        <legend>{t('options.viewerLookup')}</legend>
        <p class="muted">{t('options.viewerLookupHelp')}</p>
        <label for="namespace">{t('options.namespace')}</label>
        <input
          id="namespace"
          value={managed.namespace ?? namespace}
          onInput={(e) => setNamespace(e.currentTarget.value)}
          readOnly={keyLocked}
          aria-describedby={keyLocked ? 'viewer-key-managed' : undefined}
        />
        <label for="host-name">{t('options.hostName')}</label>
        <input
          id="host-name"
          value={managed.hostName ?? hostName}
          onInput={(e) => setHostName(e.currentTarget.value)}
          readOnly={keyLocked}
          aria-describedby={keyLocked ? 'viewer-key-managed' : undefined}
        />
        {keyLocked ? <ManagedNote id="viewer-key-managed" /> : null}
      </fieldset>
    </TokenForm>
  );
}
