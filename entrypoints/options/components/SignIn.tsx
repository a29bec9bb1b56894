import { useState } from 'preact/hooks';
import { NoticeLine } from '@/components/NoticeLine';
import { useFormSubmit } from '@/components/use-form-submit';
import { t } from '@/lib/i18n';
import { ask } from '@/lib/messages';
import { accountLine } from './account-line';

/** Sign-in with a Planpoint email and password, which saves the token Planpoint returns. */
export function SignIn({
  baseUrl,
  onChanged,
}: {
  baseUrl: string;
  onChanged: () => Promise<void>;
}) {
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
