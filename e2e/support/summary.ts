// The one-line summary "Copy summary" and Ctrl+C put on the clipboard, built the way the popup
// builds it: from the sandbox's own record of a unit (the expected value), or from a result row.
import type { ResultOption } from './finder';
import type { SandboxUnitFacts } from './sandbox-units';

/** "Parkview Residences · Unit 305 · Level 3 · 2 bd · 2 ba · 880 sq ft · $630,000 · Available ·
 * https://app.planpoint.io/…"; "—" parts left out. */
function summaryLine(parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part) && part !== '—').join(' · ');
}

/** The summary of a unit as the sandbox holds it. */
export function expectedSummary(
  projectName: string,
  number: string,
  facts: SandboxUnitFacts,
): string {
  return summaryLine([
    projectName,
    `Unit ${number}`,
    facts.floor,
    facts.bedrooms,
    facts.bathrooms,
    facts.area,
    facts.price,
    facts.status,
    facts.viewerUrl,
  ]);
}

/**
 * The summary rebuilt from what a result row shows, and the project's page (which a row does not
 * show); `unitWord` in the interface language.
 */
export function summaryOfRow(option: ResultOption, viewerUrl: string, unitWord = 'Unit'): string {
  const [project, floor] = option.sub.split(' · ');
  const [bedrooms, bathrooms, area, price, status] = option.facts;
  return summaryLine([
    project,
    `${unitWord} ${option.number}`,
    floor,
    bedrooms,
    bathrooms,
    area,
    price,
    status,
    viewerUrl,
  ]);
}
