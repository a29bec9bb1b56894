// The address bar: "pp 1204 parkview" suggests units from the cached catalog, never a network
// call per keystroke. Picking a suggestion opens that unit; Enter on the text opens the results.
import type { Project, Unit } from '../catalog/model';
import { formatBedrooms, formatPrice, statusWord } from '../format';
import { searchCatalog } from '../search/search';
import { cachedCatalog } from './catalog-cache';
import { t } from '../i18n';

/** Firefox shows at most 6 suggestions; Chrome more, but a glance wants few. */
export const MAX_SUGGESTIONS = 6;
const UNIT_PREFIX = 'unit:';

export interface Suggestion {
  content: string;
  description: string;
}

/**
 * Chrome reads descriptions as XML (markup such as <match> allowed, so text must be escaped);
 * Firefox shows them as plain text, where escapes would show literally.
 */
export async function suggestUnits(text: string, xmlDescriptions: boolean): Promise<Suggestion[]> {
  const cache = await cachedCatalog();
  if (!cache || !text.trim()) return [];
  const projects = new Map(cache.catalog.projects.map((p) => [p.id, p]));
  const { units } = searchCatalog(cache.index, text, { limit: MAX_SUGGESTIONS });
  return units.map((unit) => ({
    content: `${UNIT_PREFIX}${unit.id}`,
    description: describeUnit(unit, projects.get(unit.projectId), xmlDescriptions),
  }));
}

export function describeUnit(unit: Unit, project: Project | undefined, xml: boolean): string {
  const text = [
    `${unit.number} · ${project?.name ?? t('format.unknownProject')}`,
    unit.floorName,
    formatBedrooms(unit),
    formatPrice(unit),
    statusWord(unit),
  ]
    .filter((part): part is string => Boolean(part) && part !== '—')
    .join(' · ');
  return xml ? escapeXml(text) : text;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The popup page to open for what was entered: one unit's detail, or the results for text. */
export function pageForEntry(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith(UNIT_PREFIX)) {
    return `popup.html?unit=${encodeURIComponent(trimmed.slice(UNIT_PREFIX.length))}`;
  }
  return `popup.html?q=${encodeURIComponent(trimmed)}`;
}
