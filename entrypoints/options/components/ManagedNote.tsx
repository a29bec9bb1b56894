import { t } from '@/lib/i18n';

/** Under a field the organisation set (storage.managed): why it cannot be changed here. */
export function ManagedNote({ id }: { id: string }) {
  return (
    <p class="muted managed-note" id={id}>
      {t('options.setByOrganisation')}
    </p>
  );
}
