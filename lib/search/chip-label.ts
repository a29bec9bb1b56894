// How an understood filter reads on its chip ("≤ $600K", "2+1 bd", "Available or On hold").
import { statusName } from '../format';
import type { QueryFilter } from './query';
import { t, uiLocale } from '../i18n';

/** "$600K", "$1.2M" in English, "600 k $", "1,2 M $" in French: short, in the UI's locale. */
function money(value: number): string {
  return new Intl.NumberFormat(uiLocale(), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(value);
}

function range(min: number | null, max: number | null, show: (n: number) => string): string {
  if (min !== null && max !== null) return `${show(min)}–${show(max)}`;
  if (max !== null) return `≤ ${show(max)}`;
  return `≥ ${show(min ?? 0)}`;
}

export function chipLabel(filter: QueryFilter): string {
  switch (filter.kind) {
    case 'bedrooms':
      if (filter.value === 0) return t('format.studio');
      return t('format.bedrooms', [`${filter.value}${filter.plusDen ? '+1' : ''}`]);
    case 'bathrooms':
      return t('format.bathrooms', [`${filter.min}+`]);
    case 'floor':
      return t('format.floor', [filter.value]);
    case 'price':
      return range(filter.min, filter.max, money);
    case 'area': {
      const bounds = range(filter.min, filter.max, (n) => n.toLocaleString(uiLocale()));
      return filter.unit === 'm2' ? t('format.m2', [bounds]) : t('format.sqft', [bounds]);
    }
    case 'status':
      return filter.values.map(statusName).join(` ${t('popup.filterOr')} `);
  }
}
