// Writes to "My holds" from the popup, one after another: a note is saved at each keystroke, and
// two read-then-write steps running at once could store an older note last.
import { withEntry, type HoldEntry } from '@/lib/catalog/my-holds';
import { myHolds } from '@/lib/settings';

let queue: Promise<void> = Promise.resolve();

export function editHold(unitId: string, change: Partial<HoldEntry>): Promise<void> {
  queue = queue
    .then(async () => myHolds.setValue(withEntry(await myHolds.getValue(), unitId, change)))
    .catch((error) => console.warn('Planpoint Agent: hold note not saved', String(error)));
  return queue;
}
