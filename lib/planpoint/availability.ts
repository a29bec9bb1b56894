// Availability arrives as the SDK enum ("OnHold"), as viewer free text ("On Hold", "on hold",
// "Available "), and in the languages Planpoint projects are sold in ("Vendu", "Réservé").
import type { Availability } from '../catalog/model';

const WORDS = new Map<string, Availability>(
  Object.entries({
    available: 'available',
    avail: 'available',
    disponible: 'available',
    onhold: 'on-hold',
    hold: 'on-hold',
    held: 'on-hold',
    reserved: 'reserved',
    reserve: 'reserved',
    reservee: 'reserved',
    sold: 'sold',
    vendu: 'sold',
    vendue: 'sold',
    leased: 'leased',
    rented: 'leased',
    loue: 'leased',
    louee: 'leased',
    unavailable: 'unavailable',
    notavailable: 'unavailable',
  } satisfies Record<string, Availability>),
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
  const key = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return { status: WORDS.get(key) ?? 'unknown', label };
}
