import { useEffect, useState } from 'preact/hooks';
import { AdvancedSection } from '@/components/AdvancedSection';
import { advancedOpenAtFirst } from '@/components/advanced-open';
import { SignIn } from '@/components/SignIn';
import { TokenForm } from '@/components/TokenForm';
import { t } from '@/lib/i18n';
import { readManagedSettings, type ManagedSettings } from '@/lib/managed-settings';
import type { ViewerKeySetting } from '@/lib/settings';

interface Props {
  baseUrl: string;
  viewerKey: ViewerKeySetting | null;
  onOpenSettings: () => void;
}

/**
 * The popup before any account is connected: Sign in first, the API token under Advanced. Once
 * either succeeds the popup moves on to the catalog by itself (it watches the stored account), so
 * neither form confirms anything here.
 */
export function FirstRun({ baseUrl, viewerKey, onOpenSettings }: Props) {
  // What the organisation set decides whether sign-in is offered; read before the forms show.
  const [managed, setManaged] = useState<ManagedSettings | null>(null);
  useEffect(() => void readManagedSettings().then(setManaged), []);
  if (!managed) return <p class="empty">{t('common.loading')}</p>;

  const signInShown = !managed.hideEmailSignIn;
  return (
    <section class="first-run">
      <h1>{t('extName')}</h1>
      <p>{signInShown ? t('popup.firstRunIntro') : t('popup.firstRunTokenIntro')}</p>
      {signInShown ? (
        <SignIn
          formClass="token-form"
          idPrefix="first-run-"
          baseUrl={baseUrl}
          onSignedIn={() => null}
        />
      ) : null}
      <p class="muted">{signInShown ? t('connect.tokenSource') : t('connect.tokenOnly')}</p>
      <AdvancedSection
        openAtFirst={advancedOpenAtFirst({
          baseUrl,
          namespace: viewerKey?.namespace ?? '',
          hostName: viewerKey?.hostName ?? '',
          managed,
        })}
      >
        <TokenForm
          formClass="token-form"
          fieldId="token-field"
          placeholder={t('popup.tokenPlaceholder')}
          required
          checking={t('popup.checking')}
          baseUrl={baseUrl}
          namespace={viewerKey?.namespace ?? ''}
          hostName={viewerKey?.hostName ?? ''}
          onSaved={() => null}
        />
      </AdvancedSection>
      <p class="muted">
        {t('popup.firstRunMore')}{' '}
        <button type="button" class="link-button" onClick={onOpenSettings}>
          {t('popup.openSettings')}
        </button>
      </p>
    </section>
  );
}
