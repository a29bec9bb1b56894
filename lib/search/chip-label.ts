// How an understood filter reads on its chip ("≤ $600k", "2+1 bd", "Available or On hold").
import { statusName } from '../format';
import type { QueryFilter } from './query';
import { t, uiLocale } from '../i18n';

function money(value: number): string {
  if (value >= 1_000_000) return `$${+(value / 1_000_000).toFixed(2)}M`;
  if (value >= 1_000) return `$${Math.round(value / 1_000)}k`;
  return `$${value}`;
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
