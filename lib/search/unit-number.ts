// Unit numbers as agents write them: "1204", "12-04", "PH2", "PH-2", "ph 2", "TH-3" all compare on
// one canonical form (folded, separators dropped).

import { fold } from './fold';

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** "PH-2" → "ph2", "12-04" → "1204", "#1204" → "1204", "Th 3" → "th3". */
export function canonicalUnitNumber(text: string): string {
  return fold(text).replace(NOT_ALPHANUMERIC, '');
}

const CHUNKS = /\d+|\D+/g;

/**
 * Natural order for unit numbers and project names: "2" < "10" < "PH-1", "Tower 9" < "Tower 10".
 * Compares folded text so accents and case do not change the order.
 */
export function compareNatural(a: string, b: string): number {
  const left = fold(a).match(CHUNKS) ?? [];
  const right = fold(b).match(CHUNKS) ?? [];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const xDigits = x.charCodeAt(0) <= 57 && x.charCodeAt(0) >= 48;
    const yDigits = y.charCodeAt(0) <= 57 && y.charCodeAt(0) >= 48;
    if (xDigits && yDigits) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return difference;
      return x.length - y.length;
    }
    if (xDigits !== yDigits) return xDigits ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
