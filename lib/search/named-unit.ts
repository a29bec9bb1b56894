// Does a search name one unit ("1204 parkview", "PH-2")? Then the popup shows that unit first and
// large, without the filter chips and project cards a broad search gets.
import type { Unit } from '../catalog/model';
import { canonicalUnitNumber } from './unit-number';
import type { SearchResult } from './search';

/**
 * The unit a search names: the first result, when one of the query's words is exactly its number
 * and no other result has that number (the same number in two projects is still a choice), and
 * no filter narrows the search (a filter makes it a broad search).
 */
export function namedUnit(result: Pick<SearchResult, 'query' | 'units'>): Unit | null {
  const [first] = result.units;
  if (!first || result.query.filters.length > 0) return null;
  const number = canonicalUnitNumber(first.number);
  if (!number || !result.query.words.some((word) => canonicalUnitNumber(word) === number)) {
    return null;
  }
  const twins = result.units.filter((unit) => canonicalUnitNumber(unit.number) === number);
  return twins.length === 1 ? first : null;
}
