import { t } from '@/lib/i18n';
import { chipLabel } from '@/lib/search/chip-label';
import { removeFilterText, type ParsedQuery, type QueryFilter } from '@/lib/search/query';

/** One-tap filters an agent reaches for most; each adds its text to the query, and once
 * understood it shows as a removable chip instead. */
const QUICK_CHIPS: { label: () => string; text: string; matches: (f: QueryFilter) => boolean }[] = [
  {
    label: () => t('popup.quick.available'),
    text: 'available',
    matches: (f) => f.kind === 'status' && f.values.includes('available'),
  },
  {
    label: () => t('popup.quick.studio'),
    text: 'studio',
    matches: (f) => f.kind === 'bedrooms' && f.value === 0,
  },
  {
    label: () => t('popup.quick.oneBed'),
    text: '1bd',
    matches: (f) => f.kind === 'bedrooms' && f.value === 1,
  },
  {
    label: () => t('popup.quick.twoBed'),
    text: '2bd',
    matches: (f) => f.kind === 'bedrooms' && f.value === 2,
  },
  {
    label: () => t('popup.quick.threeBed'),
    text: '3bd',
    matches: (f) => f.kind === 'bedrooms' && f.value === 3,
  },
];

interface Props {
  query: ParsedQuery;
  onChange: (raw: string) => void;
}

/** The filters the search understood, as removable chips, then the quick chips. */
export function QueryChips({ query, onChange }: Props) {
  const { raw, filters } = query;
  return (
    <div class="chips" aria-label={t('popup.filters')}>
      {filters.map((filter) => (
        <button
          key={filter.text}
          type="button"
          class="chip chip-active"
          title={t('popup.removeFilter', [filter.text])}
          aria-label={t('popup.removeFilter', [chipLabel(filter)])}
          onClick={() => onChange(removeFilterText(raw, filter))}
        >
          {chipLabel(filter)} <span aria-hidden="true">×</span>
        </button>
      ))}
      {QUICK_CHIPS.filter((chip) => !filters.some(chip.matches)).map((chip) => (
        <button
          key={chip.text}
          type="button"
          class="chip"
          onClick={() => onChange(`${raw.trim()} ${chip.text}`.trim())}
        >
          {chip.label()}
        </button>
      ))}
    </div>
  );
}
