import { useState } from 'preact/hooks';
import { NoticeLine } from '@/components/NoticeLine';
import type { Notice } from '@/components/use-form-submit';
import { t } from '@/lib/i18n';
import { ask, type SettingsView } from '@/lib/messages';
import { accountLine } from './account-line';
import { NextStep } from './NextStep';
import { useTokenRejected } from './use-token-rejected';

/**
 * What is connected now: the saved token (by its last characters) and what it reaches, then the
 * next step, and Sign out. A token Planpoint rejected at the last sync is said instead of what it
 * reached, so the page never claims a working connection above the rejection.
 */
export function AccountStatus({
  settings,
  onChanged,
}: {
  settings: SettingsView;
  onChanged: () => Promise<void>;
}) {
  const rejected = useTokenRejected() && settings.hasToken;
  const [notice, setNotice] = useState<Notice>(null);
  const { account } = settings;

  async function signOut() {
    const answer = await ask('signOut', {});
    setNotice(
      answer.ok
        ? { tone: 'ok', text: t('options.signedOut') }
        : { tone: 'error', text: answer.error.message },
    );
    await onChanged();
  }

  return (
    <div class="account-status">
      {rejected ? (
        <p class="error" role="alert" data-testid="token-status">
          {t('options.tokenRejected', [account?.tokenHint ?? '…'])}
        </p>
      ) : (
        <p class="muted" data-testid="token-status">
          {account ? accountLine(account) : t('options.noToken')}
        </p>
      )}
      {account && !rejected ? <NextStep /> : null}
      {settings.hasToken ? (
        <div class="actions">
          <button type="button" class="secondary" onClick={() => void signOut()}>
            {t('options.signOut')}
          </button>
        </div>
      ) : null}
      <NoticeLine notice={notice} />
    </div>
  );
}
