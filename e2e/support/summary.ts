// The one-line summary "Copy summary" and Ctrl+C put on the clipboard, built the way the popup
// builds it: from the sandbox's own record of a unit (the expected value), or from a result row.
import type { ResultOption } from './finder';
import type { SandboxUnitFacts } from './sandbox-units';

/** "Parkview Residences · Unit 305 · Level 3 · 2 bd · $630,000 · Available"; "—" parts left out. */
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
    facts.price,
    facts.status,
  ]);
}

/** The summary rebuilt from what a result row shows; `unitWord` in the interface language. */
export function summaryOfRow(option: ResultOption, unitWord = 'Unit'): string {
  const [project, floor] = option.sub.split(' · ');
  const [bedrooms, , , price, status] = option.facts;
  return summaryLine([project, `${unitWord} ${option.number}`, floor, bedrooms, price, status]);
}
