// Availability arrives as the SDK enum ("OnHold"), as viewer free text ("On Hold", "on hold",
// "Available "), and in the languages Planpoint projects are sold in ("Vendu", "Réservé"). The
// words are those of lib/catalog/availability-words.ts, which the query language reads too.
import { AVAILABILITY_WORDS, spellings } from '../catalog/availability-words';
import type { Availability } from '../catalog/model';

/** Case, accents, spaces, dashes and underscores removed: "On-Hold", "on_hold" -> "onhold". */
function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

const WORDS = new Map<string, Availability>(
  AVAILABILITY_WORDS.flatMap(([status, entries]) =>
    entries.flatMap(spellings).map((word): [string, Availability] => [key(word), status]),
  ),
);

/**
 * Case, accents, spaces, dashes and underscores do not matter ("on_hold", "ON-HOLD", "réservé").
 * Unknown text is kept as the label with status 'unknown'; a missing value is unknown with ''.
 */
export function normalizeAvailability(raw: unknown): { status: Availability; label: string } {
  const label =
    typeof raw === 'string'
      ? raw.trim()
      : typeof raw === 'number' && Number.isFinite(raw)
        ? String(raw)
        : '';
  return { status: WORDS.get(key(label)) ?? 'unknown', label };
}
