import { useOpenShortcut } from '@/components/use-open-shortcut';
import { useStorageItem } from '@/components/use-storage-item';
import { t } from '@/lib/i18n';
import { catalogHead } from '@/lib/settings';

/** Once connected and synced, what to do next: "8 projects synced — press Alt+Shift+L to search."
 * The count is the stored catalog's (said only once a sync stored it), the shortcut the browser's. */
export function NextStep() {
  const head = useStorageItem(catalogHead);
  const shortcut = useOpenShortcut();
  if (!head || shortcut === null) return null;
  const count = head.projects.length;
  return (
    <p class="notice" data-testid="next-step">
      {shortcut
        ? t('options.nextStep', count, [String(count), shortcut])
        : t('options.nextStepNoShortcut', count, [String(count)])}
    </p>
  );
}
