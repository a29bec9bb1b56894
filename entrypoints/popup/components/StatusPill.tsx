import type { Unit } from '@/lib/catalog/model';
import { statusWord } from '@/lib/format';

/** Availability as a coloured pill that also carries the word, so colour is never the only cue. */
export function StatusPill({ unit }: { unit: Pick<Unit, 'status' | 'statusLabel'> }) {
  return <span class={`pill pill-${unit.status}`}>{statusWord(unit)}</span>;
}
