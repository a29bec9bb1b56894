import type { Project, Unit } from '@/lib/catalog/model';
import { formatArea, formatBathrooms, formatBedrooms, formatPrice } from '@/lib/format';
import { StatusPill } from './StatusPill';
import { t } from '@/lib/i18n';

interface Props {
  unit: Unit;
  project: Project | undefined;
  id: string;
  selected: boolean;
  /** Picked for a change to many units at once (aria-checked on the option). */
  checked: boolean;
  /** Toggles `checked`; `range` when Shift was held. */
  onCheck: (unit: Unit, range: boolean) => void;
  onOpen: (unit: Unit) => void;
  /** The unit the search named: drawn first and large, the answer at a glance. */
  prominent?: boolean;
  /** A short notice about this row ("Copied unit 204."), shown beside its number. */
  notice?: string | null;
}

/** One search result: everything an agent needs to answer "is it available, what does it cost". */
export function UnitRow(props: Props) {
  const { unit, project, id, selected, checked, onCheck, onOpen } = props;
  const classes = ['row', 'unit-row', selected && 'selected', props.prominent && 'prominent'];
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-checked={checked}
      class={classes.filter(Boolean).join(' ')}
      onClick={() => onOpen(unit)}
    >
      {/* The box is drawn here but the option itself carries the state: a checkbox inside an
          option would be a control within a control. */}
      <span
        class={checked ? 'row-check checked' : 'row-check'}
        aria-hidden="true"
        title={t('bulk.select', [unit.number])}
        onClick={(event) => {
          event.stopPropagation();
          onCheck(unit, event.shiftKey);
        }}
      />
      <div class="row-main">
        <span class="unit-number">{unit.number}</span>
        <span class="row-sub" title={project?.name}>
          {project?.name ?? t('format.unknownProject')}
          {unit.floorName ? ` · ${unit.floorName}` : ''}
        </span>
        {props.notice ? (
          <span class="row-notice" role="status">
            {props.notice}
          </span>
        ) : null}
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
