import type { Project, Unit } from '@/lib/catalog/model';
import { formatArea, formatBathrooms, formatBedrooms, formatPrice } from '@/lib/format';
import { StatusPill } from './StatusPill';
import { t } from '@/lib/i18n';

interface Props {
  unit: Unit;
  project: Project | undefined;
  id: string;
  selected: boolean;
  onOpen: (unit: Unit) => void;
}

/** One search result: everything an agent needs to answer "is it available, what does it cost". */
export function UnitRow({ unit, project, id, selected, onOpen }: Props) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      class={selected ? 'row unit-row selected' : 'row unit-row'}
      onClick={() => onOpen(unit)}
    >
      <div class="row-main">
        <span class="unit-number">{unit.number}</span>
        <span class="row-sub" title={project?.name}>
          {project?.name ?? t('format.unknownProject')}
          {unit.floorName ? ` · ${unit.floorName}` : ''}
        </span>
      </div>
      <div class="row-facts">
        <span>{formatBedrooms(unit)}</span>
        <span>{formatBathrooms(unit.bathrooms)}</span>
        <span>{formatArea(unit.area, project?.areaUnit ?? 'sqft')}</span>
        <span class="price">{formatPrice(unit)}</span>
        <StatusPill unit={unit} />
      </div>
    </li>
  );
}
