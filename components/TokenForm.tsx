import { useState } from 'preact/hooks';
import { ask } from '@/lib/messages';
import type { AccountInfo } from '@/lib/settings';
import { t } from '@/lib/i18n';

interface Props {
  baseUrl: string;
  namespace: string;
  hostName: string;
  onSaved?: (account: AccountInfo) => void;
}

/** The token field and its Save button, as the popup shows it on first run. */
export function TokenForm({ baseUrl, namespace, hostName, onSaved }: Props) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await ask('saveSettings', { token, baseUrl, namespace, hostName });
    setBusy(false);
    if (answer.ok) {
      setToken('');
      onSaved?.(answer.account);
    } else {
      setError(answer.error.message);
    }
  }

  return (
    <form class="token-form" onSubmit={save}>
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
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
