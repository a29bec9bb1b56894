import { chipLabel } from '@/lib/search/chip-label';
import { removeFilterText, type ParsedQuery, type QueryFilter } from '@/lib/search/query';

/** One-tap filters an agent reaches for most; each adds its text to the query, and once
 * understood it shows as a removable chip instead. */
const QUICK_CHIPS: { label: string; text: string; matches: (f: QueryFilter) => boolean }[] = [
  {
    label: 'Available',
    text: 'available',
    matches: (f) => f.kind === 'status' && f.values.includes('available'),
  },
  { label: 'Studio', text: 'studio', matches: (f) => f.kind === 'bedrooms' && f.value === 0 },
  { label: '1 bd', text: '1bd', matches: (f) => f.kind === 'bedrooms' && f.value === 1 },
  { label: '2 bd', text: '2bd', matches: (f) => f.kind === 'bedrooms' && f.value === 2 },
  { label: '3 bd', text: '3bd', matches: (f) => f.kind === 'bedrooms' && f.value === 3 },
];

interface Props {
  query: ParsedQuery;
  onChange: (raw: string) => void;
}

/** The filters the search understood, as removable chips, then the quick chips. */
export function QueryChips({ query, onChange }: Props) {
  const { raw, filters } = query;
  return (
    <div class="chips" aria-label="Filters">
      {filters.map((filter) => (
        <button
          key={filter.text}
          type="button"
          class="chip chip-active"
          title={`Remove "${filter.text}"`}
          aria-label={`Remove filter ${chipLabel(filter)}`}
          onClick={() => onChange(removeFilterText(raw, filter))}
        >
          {chipLabel(filter)} <span aria-hidden="true">×</span>
        </button>
      ))}
      {QUICK_CHIPS.filter((chip) => !filters.some(chip.matches)).map((chip) => (
        <button
          key={chip.label}
          type="button"
          class="chip"
          onClick={() => onChange(`${raw.trim()} ${chip.text}`.trim())}
        >
          {chip.label}
        </button>
      ))}
    </div>
  );
}
