import { t } from '@/lib/i18n';
import { useStorageItem } from '@/components/use-storage-item';
import { badgeProjectId, catalogHead } from '@/lib/settings';

/** Which project's available units show on the toolbar icon, if any. */
export function BadgeSettings() {
  const catalog = useStorageItem(catalogHead);
  const pinned = useStorageItem(badgeProjectId);
  const projects = [...(catalog?.projects ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="card">
      <h2>{t('options.badgeHeading')}</h2>
      <label for="badge-project">{t('options.badgeLabel')}</label>
      <select
        id="badge-project"
        value={pinned ?? ''}
        onChange={(e) => void badgeProjectId.setValue(e.currentTarget.value || null)}
      >
        <option value="">{t('options.badgeOff')}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <p class="muted">{t('options.badgeHelp')}</p>
    </section>
  );
}
