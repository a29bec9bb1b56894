// How an understood filter reads on its chip ("≤ $600k", "2+1 bd", "Available or On hold").
import { statusName } from '../format';
import type { QueryFilter } from './query';

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
      if (filter.value === 0) return 'Studio';
      return `${filter.value}${filter.plusDen ? '+1' : ''} bd`;
    case 'bathrooms':
      return `${filter.min}+ ba`;
    case 'floor':
      return `Floor ${filter.value}`;
    case 'price':
      return range(filter.min, filter.max, money);
    case 'area': {
      const unit = filter.unit === 'm2' ? 'm²' : 'sq ft';
      return `${range(filter.min, filter.max, (n) => n.toLocaleString('en-US'))} ${unit}`;
    }
    case 'status':
      return filter.values.map(statusName).join(' or ');
  }
}
