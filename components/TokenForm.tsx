import { useState } from 'preact/hooks';
import { ask } from '@/lib/messages';
import type { AccountInfo } from '@/lib/settings';
import { t } from '@/lib/i18n';
import { NoticeLine } from './NoticeLine';
import { useFormSubmit } from './use-form-submit';

interface Props {
  baseUrl: string;
  namespace: string;
  hostName: string;
  onSaved?: (account: AccountInfo) => void;
}

/** The token field and its Save button, as the popup shows it on first run. */
export function TokenForm({ baseUrl, namespace, hostName, onSaved }: Props) {
  const [token, setToken] = useState('');
  // Saved: the popup moves on to the catalog, so there is nothing to confirm here.
  const { busy, notice, submit } = useFormSubmit(
    () => ask('saveSettings', { token, baseUrl, namespace, hostName }),
    (answer) => {
      setToken('');
      onSaved?.(answer.account);
      return null;
    },
  );

  return (
    <form class="token-form" onSubmit={submit}>
      <label for="token-field">{t('popup.tokenLabel')}</label>
      <input
        id="token-field"
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
        placeholder={t('popup.tokenPlaceholder')}
        required
      />
      <button type="submit" disabled={busy}>
        {busy ? t('popup.checking') : t('common.save')}
      </button>
      <NoticeLine notice={notice} />
    </form>
  );
}
