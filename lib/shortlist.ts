// A shortlist an agent sends a buyer: the selected units as a small table for an email (HTML,
// which Gmail and Outlook paste as a table) and the same as plain text, in the interface language
// and each project's area unit. Everything from Planpoint is escaped: a name is text, never markup.
import type { Project, Unit } from './catalog/model';
import {
  formatArea,
  formatBathrooms,
  formatBedrooms,
  formatPrice,
  projectViewerUrl,
  statusWord,
} from './format';
import { t, uiLocale } from './i18n';

export interface Shortlist {
  html: string;
  text: string;
}

interface Row {
  cells: string[];
  link: string | null;
}

export function buildShortlist(
  units: readonly Unit[],
  projectsById: ReadonlyMap<string, Project>,
  locale = uiLocale(),
): Shortlist {
  const headings = [
    t('shortlist.unit'),
    t('shortlist.project'),
    t('shortlist.floor'),
    t('shortlist.bedrooms'),
    t('shortlist.bathrooms'),
    t('shortlist.area'),
    t('shortlist.price'),
    t('shortlist.availability'),
  ];
  const rows: Row[] = units.map((unit) => {
    const project = projectsById.get(unit.projectId);
    return {
      cells: [
        unit.number,
        project?.name ?? t('format.unknownProject'),
        unit.floorName ?? '—',
        formatBedrooms(unit),
        formatBathrooms(unit.bathrooms),
        formatArea(unit.area, project?.areaUnit ?? 'sqft', locale),
        formatPrice(unit, locale),
        statusWord(unit),
      ],
      link: project ? projectViewerUrl(project) : null,
    };
  });
  return { html: tableHtml(headings, rows), text: plainText(rows) };
}

const CELL = 'border:1px solid #d0d7de;padding:4px 8px;text-align:left';

/** Inline styles only: mail clients drop <style> blocks. */
function tableHtml(headings: string[], rows: Row[]): string {
  const head = [...headings, t('shortlist.link')]
    .map((heading) => `<th style="${CELL}">${escapeHtml(heading)}</th>`)
    .join('');
  const body = rows
    .map(({ cells, link }) => {
      const tds = cells.map((cell) => `<td style="${CELL}">${escapeHtml(cell)}</td>`);
      const anchor = link
        ? `<a href="${escapeHtml(link)}">${escapeHtml(t('shortlist.view'))}</a>`
        : '';
      return `<tr>${tds.join('')}<td style="${CELL}">${anchor}</td></tr>`;
    })
    .join('');
  return `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** One line per unit, the link last: what a plain-text email shows. */
function plainText(rows: Row[]): string {
  return rows
    .map(({ cells, link }) => {
      const [number = '', ...rest] = cells;
      const parts = [t('format.unit', [number]), ...rest.filter((cell) => cell !== '—')];
      return [...parts, ...(link ? [link] : [])].join(' · ');
    })
    .join('\n');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
