import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { ask, type MessageError } from '@/lib/messages';
import type { AccountInfo } from '@/lib/settings';
import { NoticeLine } from './NoticeLine';
import { useFormSubmit } from './use-form-submit';

interface Props {
  /** The form's class and the fields' id prefix, as each page's stylesheet and labels need. */
  formClass: string;
  idPrefix: string;
  /** The server to sign in with (the options page's typed address, else the saved one). */
  baseUrl: string;
  /** What the page does once signed in; returns the confirmation to show (null: none). */
  onSignedIn: (account: AccountInfo) => string | null;
  /** Told of a failure, besides the notice the form shows (the options page offers host access). */
  onFailure?: (error: MessageError) => void;
}

/** Sign-in with a Planpoint email and password, which saves the token Planpoint returns: the way
 * an agent connects, on the settings page and the popup's first run. */
export function SignIn({ formClass, idPrefix, baseUrl, onSignedIn, onFailure }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The password is cleared once Planpoint answered, whatever the answer.
  const { busy, notice, submit } = useFormSubmit(
    () => ask('signIn', { email, password, baseUrl }).finally(() => setPassword('')),
    (answer) => onSignedIn(answer.account),
    onFailure,
  );

  return (
    <form class={formClass} onSubmit={submit}>
      <label for={`${idPrefix}email`}>{t('options.email')}</label>
      <input
        id={`${idPrefix}email`}
        type="email"
        autocomplete="username"
        value={email}
        onInput={(e) => setEmail(e.currentTarget.value)}
        required
      />
      <label for={`${idPrefix}password`}>{t('options.password')}</label>
      <input
        id={`${idPrefix}password`}
        type="password"
        autocomplete="current-password"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        required
      />
      <p class="muted">{t('options.signInHelp')}</p>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('options.signingIn') : t('options.signIn')}
        </button>
      </div>
      <NoticeLine notice={notice} />
    </form>
  );
}
