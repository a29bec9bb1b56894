import { t } from '@/lib/i18n';
import { useStorageItem } from '@/components/use-storage-item';
import { badgeNewLeads, badgeProjectId, catalogHead } from '@/lib/settings';
import { ManagedNote } from './ManagedNote';

/** Which project's available units show on the toolbar icon, if any. */
export function BadgeSettings({ locked }: { locked: boolean }) {
  const catalog = useStorageItem(catalogHead);
  const pinned = useStorageItem(badgeProjectId);
  const showLeads = useStorageItem(badgeNewLeads);
  const projects = [...(catalog?.projects ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="card">
      <h2>{t('options.badgeHeading')}</h2>
      <label for="badge-project">{t('options.badgeLabel')}</label>
      <select
        id="badge-project"
        value={pinned ?? ''}
        onChange={(e) => void badgeProjectId.setValue(e.currentTarget.value || null)}
        disabled={locked}
        aria-describedby={locked ? 'badge-managed' : undefined}
      >
        <option value="">{t('options.badgeOff')}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      {locked ? <ManagedNote id="badge-managed" /> : null}
      <p class="muted">{t('options.badgeHelp')}</p>
      <label class="checkbox-line">
        <input
          type="checkbox"
          checked={showLeads ?? false}
          disabled={showLeads === undefined}
          onChange={(e) => void badgeNewLeads.setValue(e.currentTarget.checked)}
          aria-describedby="badge-leads-help"
        />
        {t('options.badgeLeadsLabel')}
      </label>
      <p class="muted" id="badge-leads-help">
        {t('options.badgeLeadsHelp')}
      </p>
    </section>
  );
}
