// A change as an agent reads it: "On hold → Sold", "Price $599,000 → $579,000", and a project's
// day in one line ("3 sold, 2 prices changed"). Shared by the Changes view, the project list
// and the background's notifications.
import { TALLY_ORDER, type ChangeTally, type TallyKey, type UnitChange } from './catalog/changes';
import { formatPrice, statusName } from './format';
import { t } from './i18n';

export function changeLine(change: UnitChange): string {
  switch (change.kind) {
    case 'status':
      return `${statusName(change.from)} → ${statusName(change.to)}`;
    case 'price': {
      const price = (value: number | null) =>
        formatPrice({ price: value, priceTBD: value === null, rental: change.rental });
      return t('changes.price', [price(change.from), price(change.to)]);
    }
    case 'added':
      return t('changes.added');
    case 'removed':
      return t('changes.removed');
  }
}

/** "1204 · Parkview Residences". */
export function unitTitle(number: string, projectName: string | undefined): string {
  return `${number} · ${projectName ?? t('format.unknownProject')}`;
}

function tallyPart(key: TallyKey, count: number): string {
  switch (key) {
    case 'added':
      return t('changes.tallyAdded', count);
    case 'price':
      return t('changes.tallyPrice', count);
    case 'removed':
      return t('changes.tallyRemoved', count);
    default:
      return t('changes.tallyStatus', [String(count), statusName(key).toLowerCase()]);
  }
}

/** "2 new, 3 sold, 2 prices changed"; empty when nothing changed. */
export function tallyLine(tally: ChangeTally | undefined): string {
  if (!tally) return '';
  return TALLY_ORDER.filter((key) => tally[key])
    .map((key) => tallyPart(key, tally[key] as number))
    .join(', ');
}
