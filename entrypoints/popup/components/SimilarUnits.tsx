import type { Unit } from '@/lib/catalog/model';
import { formatBedrooms, formatPrice } from '@/lib/format';
import { t } from '@/lib/i18n';

/** Under a unit an agent cannot sell: available ones like it to offer instead. */
export function SimilarUnits({ units, onOpen }: { units: Unit[]; onOpen: (unit: Unit) => void }) {
  if (units.length === 0) return null;
  return (
    <section class="similar" aria-label={t('detail.similarTitle')}>
      <h3>{t('detail.similarTitle')}</h3>
      <ul class="similar-list">
        {units.map((unit) => (
          <li key={unit.id}>
            <button type="button" class="link-button" onClick={() => onOpen(unit)}>
              {t('format.unit', [unit.number])}
            </button>{' '}
            <span class="muted">
              {[unit.floorName, formatBedrooms(unit), formatPrice(unit)]
                .filter((part) => part && part !== '—')
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
