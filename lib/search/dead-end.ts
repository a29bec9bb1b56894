// No dead ends: when a search finds nothing, what the agent most likely meant. "1204 parkview"
// with no such unit names the project and offers its nearest unit numbers; anything else gets
// example searches to start from.
import type { Project, Unit } from '../catalog/model';
import type { SearchIndex } from './index';
import { searchCatalog, type SearchResult } from './search';

export interface MissingUnit {
  kind: 'missing-unit';
  /** The number as typed: "1204". */
  number: string;
  project: Project;
  /** The project's units nearest that number, nearest first (at most three). */
  nearest: Unit[];
  /** The query without the number, to pair with a nearest unit's number. */
  rest: string;
}

export interface NothingFound {
  kind: 'nothing';
}

const HAS_DIGIT = /\d/;
const NEAREST = 3;

/** What to offer for a search that found nothing (null when it found something). */
export function deadEndOf(
  index: SearchIndex,
  result: SearchResult,
): MissingUnit | NothingFound | null {
  if (result.totalUnits > 0) return null;
  const words = result.query.raw.trim().split(/\s+/);
  const number = words.find((word) => HAS_DIGIT.test(word));
  const rest = words.filter((word) => word !== number).join(' ');
  if (!number || !rest) return { kind: 'nothing' };
  // The rest of the query names a project when a search for it alone finds one.
  const [project] = searchCatalog(index, rest).projects;
  if (!project) return { kind: 'nothing' };
  return {
    kind: 'missing-unit',
    number,
    project,
    nearest: nearestUnits(index, project, number),
    rest,
  };
}

/** A unit number as a number to measure distance by: its digits, "PH-12" → 12. */
function numeric(text: string): number | null {
  const digits = text.replace(/\D/g, '');
  return digits ? Number(digits) : null;
}

function nearestUnits(index: SearchIndex, project: Project, number: string): Unit[] {
  const target = numeric(number);
  const p = index.projects.indexOf(project);
  const units = index.units.slice(index.projectStart[p], index.projectStart[p + 1]);
  if (target === null) return units.slice(0, NEAREST);
  return units
    .map((unit) => ({ unit, distance: Math.abs((numeric(unit.number) ?? Infinity) - target) }))
    .filter((entry) => Number.isFinite(entry.distance))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, NEAREST)
    .map((entry) => entry.unit);
}

/**
 * For a unit an agent cannot sell (sold, on hold, reserved…): up to three available units of the
 * same project with the same bedrooms, nearest in price first.
 */
export function similarAvailable(units: readonly Unit[], unit: Unit, count = NEAREST): Unit[] {
  if (unit.status === 'available') return [];
  // Units without a price come last, in catalog order.
  const priceGap = (other: Unit) =>
    unit.price === null || other.price === null
      ? Number.MAX_VALUE
      : Math.abs(other.price - unit.price);
  return units
    .filter(
      (other) =>
        other.id !== unit.id &&
        other.projectId === unit.projectId &&
        other.status === 'available' &&
        other.bedrooms === unit.bedrooms &&
        !other.commercialSpace,
    )
    .sort((a, b) => priceGap(a) - priceGap(b))
    .slice(0, count);
}
