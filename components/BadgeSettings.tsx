import { useStorageItem } from './use-storage-item';
import { badgeProjectId, catalogSnapshot } from '@/lib/settings';

/** Which project's available units show on the toolbar icon, if any. */
export function BadgeSettings() {
  const catalog = useStorageItem(catalogSnapshot);
  const pinned = useStorageItem(badgeProjectId);
  const projects = [...(catalog?.projects ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="card">
      <h2>Toolbar badge</h2>
      <label for="badge-project">Show available units of</label>
      <select
        id="badge-project"
        value={pinned ?? ''}
        onChange={(e) => void badgeProjectId.setValue(e.currentTarget.value || null)}
      >
        <option value="">No project (badge off)</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <p class="muted">The badge shows “!” when Planpoint rejects your token.</p>
    </section>
  );
}
