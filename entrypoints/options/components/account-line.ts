import { t } from '@/lib/i18n';
import type { AccountInfo } from '@/lib/settings';

/** "Token saved, ends in …a1b2. It reaches 8 projects.", with the email when signed in by one. */
export function accountLine(account: AccountInfo): string {
  const line = t('options.account', account.projectCount, [
    String(account.projectCount),
    account.tokenHint,
  ]);
  return account.email ? `${line} ${t('options.signedInAs', [account.email])}` : line;
}
