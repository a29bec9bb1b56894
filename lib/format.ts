// How numbers and units read to an agent. Pure functions over the normalised model.
import type { Availability, Project, Unit } from './catalog/model';
import { t, uiLocale } from './i18n';

/** The word on a status pill; an unknown status shows what the API said. */
export function statusWord(unit: Pick<Unit, 'status' | 'statusLabel'>): string {
  if (unit.status === 'unknown') return unit.statusLabel.trim() || statusName('unknown');
  return statusName(unit.status);
}

export function statusName(status: Availability): string {
  switch (status) {
    case 'available':
      return t('status.available');
    case 'on-hold':
      return t('status.onHold');
    case 'reserved':
      return t('status.reserved');
    case 'sold':
      return t('status.sold');
    case 'leased':
      return t('status.leased');
    case 'unavailable':
      return t('status.unavailable');
    case 'unknown':
      return t('status.unknown');
  }
}

const priceFormats = new Map<string, Intl.NumberFormat>();

/** "$599,000" (en) / "599 000 $" (fr), "$2,400/mo" for a rental; no currency comes with the unit, and Planpoint's
 * markets (Canada, US) both write dollars. */
export function formatPrice(
  unit: Pick<Unit, 'price' | 'priceTBD'> & Partial<Pick<Unit, 'rental'>>,
  locale = uiLocale(),
): string {
  // One spelling for every missing price, the one Planpoint's viewer shows buyers: a price the
  // project marks TBD, none at all, or 0 (written for "on request"; "$0" would read as free).
  if (unit.priceTBD || unit.price === null || unit.price === 0) return t('format.priceTbd');
  let format = priceFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    });
    priceFormats.set(locale, format);
  }
  const amount = format.format(unit.price);
  return unit.rental ? t('format.perMonth', [amount]) : amount;
}

export function formatArea(
  area: number | null,
  areaUnit: Project['areaUnit'],
  locale = uiLocale(),
): string {
  if (area === null) return '—';
  const number = Math.round(area).toLocaleString(locale);
  return areaUnit === 'm2' ? t('format.m2', [number]) : t('format.sqft', [number]);
}

/** The project's area unit on its own, for a label: "sq ft", "m²". */
export function areaUnitLabel(areaUnit: Project['areaUnit']): string {
  return areaUnit === 'm2' ? t('format.m2Unit') : t('format.sqftUnit');
}

/** "Studio", "2 bd", "2+1 bd". */
export function formatBedrooms(unit: Pick<Unit, 'bedrooms' | 'bedroomsLabel'>): string {
  if (unit.bedrooms === 0) return t('format.studio');
  if (unit.bedroomsLabel && /\d\s*\+\s*\d/.test(unit.bedroomsLabel)) {
    return t('format.bedrooms', [unit.bedroomsLabel.replace(/\s+/g, '')]);
  }
  if (unit.bedrooms === null) return unit.bedroomsLabel ?? '—';
  return t('format.bedrooms', [String(unit.bedrooms)]);
}

export function formatBathrooms(bathrooms: number | null): string {
  return bathrooms === null ? '—' : t('format.bathrooms', [String(bathrooms)]);
}

/** "just now", "3 min ago", "2 h ago", or the date for anything older than a day. */
export function formatAge(thenMs: number, nowMs: number, locale = uiLocale()): string {
  const minutes = Math.floor((nowMs - thenMs) / 60_000);
  if (minutes < 1) return t('format.justNow');
  if (minutes < 60) return t('format.minutesAgo', [String(minutes)]);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('format.hoursAgo', [String(hours)]);
  return new Date(thenMs).toLocaleDateString(locale);
}

/** "10:32" today, else the date and time. */
export function formatClock(ms: number, nowMs: number, locale = uiLocale()): string {
  const date = new Date(ms);
  const sameDay = new Date(nowMs).toDateString() === date.toDateString();
  return sameDay
    ? date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * One line ready to send a buyer: project, unit, floor, beds, baths, area, price, availability,
 * and the project's Planpoint page when it has one.
 */
export function unitSummary(unit: Unit, project: Project | undefined, locale = uiLocale()): string {
  return [
    project?.name ?? t('format.unknownProject'),
    t('format.unit', [unit.number]),
    unit.floorName,
    formatBedrooms(unit),
    formatBathrooms(unit.bathrooms),
    formatArea(unit.area, project?.areaUnit ?? 'sqft', locale),
    formatPrice(unit, locale),
    statusWord(unit),
    project ? projectViewerUrl(project) : null,
  ]
    .filter((part): part is string => Boolean(part) && part !== '—')
    .join(' · ');
}

const HOUR_MS = 3_600_000;

/**
 * When a hold ends, as an agent plans around it: "Hold ends in 2 days (Fri 17:45)", "Hold ends
 * in 3 hours (17:45)", "Hold ended 5 hours ago (…)". The weekday is named within a week, the
 * date beyond.
 */
export function formatHoldEnd(endsAt: number, nowMs: number, locale = uiLocale()): string {
  const diff = endsAt - nowMs;
  const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
    Math.abs(diff) < HOUR_MS
      ? [Math.round(diff / 60_000), 'minute']
      : Math.abs(diff) < 48 * HOUR_MS
        ? [Math.round(diff / HOUR_MS), 'hour']
        : [Math.round(diff / (24 * HOUR_MS)), 'day'];
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(amount, unit);
  const end = new Date(endsAt);
  const sameDay = end.toDateString() === new Date(nowMs).toDateString();
  const withinWeek = Math.abs(diff) < 6 * 24 * HOUR_MS;
  const when = end.toLocaleString(locale, {
    ...(sameDay ? {} : withinWeek ? { weekday: 'short' } : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
  return t(diff >= 0 ? 'format.holdEnds' : 'format.holdEnded', [relative, when]);
}

/** The project's public Planpoint viewer page, or null without a namespace and host name. */
export function projectViewerUrl(project: Pick<Project, 'namespace' | 'hostName'>): string | null {
  if (!project.namespace || !project.hostName) return null;
  const path = [project.namespace, project.hostName].map(encodeURIComponent).join('/');
  return `https://app.planpoint.io/${path}`;
}

/** Links from API data open only when they are http(s). */
export function isWebLink(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
