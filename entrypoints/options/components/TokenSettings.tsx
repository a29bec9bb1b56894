import { useState } from 'preact/hooks';
import { TokenForm } from '@/components/TokenForm';
import { t } from '@/lib/i18n';
import type { MessageError, SettingsView } from '@/lib/messages';
import { DEFAULT_BASE_URL } from '@/lib/planpoint/client';
import { accountLine } from './account-line';
import { HostAccess } from './HostAccess';
import { ManagedNote } from './ManagedNote';

interface Props {
  settings: SettingsView;
  /** The address in the field, shared with sign-in (see App). */
  baseUrl: string;
  onBaseUrlInput: (baseUrl: string) => void;
  onChanged: () => Promise<void>;
  /** The last save or sign-in failed without reaching the server (host access may be why). */
  unreachable: boolean;
  onFailure: (error: MessageError) => void;
}

/** The token form of the Advanced section: a new token, the server address and viewer lookup. */
export function TokenSettings(props: Props) {
  const { settings, baseUrl, onBaseUrlInput, onChanged } = props;
  const [namespace, setNamespace] = useState(settings.namespace);
  const [hostName, setHostName] = useState(settings.hostName);
  const { managed } = settings;
  const keyLocked = Boolean(managed.namespace && managed.hostName);

  return (
    <TokenForm
      formClass="token-form"
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
      onFailure={props.onFailure}
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
      {props.unreachable ? <HostAccess baseUrl={baseUrl} /> : null}
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
