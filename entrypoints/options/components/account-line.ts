import { t } from '@/lib/i18n';
import type { AccountInfo } from '@/lib/settings';

/** "Token saved, ends in …a1b2. It reaches 8 projects.", with the email when signed in by one,
 * through what when not all are the account's own, and the lookups the server does not offer. */
export function accountLine(account: AccountInfo): string {
  const parts = [
    t('options.account', account.projectCount, [String(account.projectCount), account.tokenHint]),
  ];
  if (account.email) parts.push(t('options.signedInAs', [account.email]));
  const reach = account.reach;
  if (reach && reach.throughGroups + reach.throughViewerKey > 0) {
    parts.push(
      t('options.reach', [
        String(reach.own),
        String(reach.throughGroups),
        String(reach.throughViewerKey),
      ]),
    );
  }
  for (const lookup of account.lookupsNotOffered ?? []) {
    parts.push(t(`options.${lookup}LookupNotOffered`));
  }
  return parts.join(' ');
}
