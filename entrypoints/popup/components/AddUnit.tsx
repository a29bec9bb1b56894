import { useMemo, useState } from 'preact/hooks';
import type { Project, Unit } from '@/lib/catalog/model';
import { offeredStatuses, type SettableStatus } from '@/lib/catalog/settable-status';
import { areaUnitLabel, statusName } from '@/lib/format';
import type { NewUnitFloor, Outcome } from '@/lib/messages';
import type { UnitEdits } from '@/lib/catalog/editable-fields';
import { t } from '@/lib/i18n';
import { FormField, TextField } from './FormField';
import { floorsOf, NEW_FLOOR, newUnitFrom, newUnitValues, type NewUnitValues } from './unit-form';
import { problemText, useWriteForm } from './use-write-form';
import { WriteProgress } from './WriteProgress';

interface Props {
  project: Project;
  /** Every unit of the catalog: the floors to choose from are those of the project. */
  catalogUnits: readonly Unit[];
  createUnit: (
    floor: NewUnitFloor,
    fields: UnitEdits & { number: string },
  ) => Promise<Outcome<{ unit: Unit }>>;
  /** Planpoint created the unit: its detail opens. */
  onCreated: (unit: Unit) => void;
  onCancel: () => void;
}

type Problem = { field: keyof NewUnitValues; problem: 'required' | 'not-a-number' | 'negative' };

/** A new unit for a project: its number, floor (or a new floor by name) and first facts. */
export function AddUnit({ project, catalogUnits, createUnit, onCreated, onCancel }: Props) {
  const floors = useMemo(() => floorsOf(catalogUnits, project.id), [catalogUnits, project]);
  const [values, setValues] = useState(() => newUnitValues(floors[0]?.[0] ?? null));
  const [problem, setProblem] = useState<Problem | null>(null);
  const { form, busy, error, focusField, onKeyDown, send } = useWriteForm(onCancel);
  // Every status an agent may set, "Reserved" only where the project marks units reserved.
  const statuses = offeredStatuses({ status: 'unknown' }, project.usesReserved);

  const labels: Record<keyof NewUnitValues, string> = {
    number: t('edit.number'),
    floorId: t('edit.floor'),
    newFloorName: t('edit.newFloorName'),
    bedrooms: t('edit.bedrooms'),
    bathrooms: t('edit.bathrooms'),
    area: t('edit.area', [areaUnitLabel(project.areaUnit)]),
    price: t('edit.price'),
    status: t('edit.status'),
  };
  const set = (field: keyof NewUnitValues) => (event: Event) =>
    setValues({ ...values, [field]: (event.currentTarget as HTMLInputElement).value });
  const problemOf = (name: keyof NewUnitValues) =>
    problem?.field === name ? problemText(problem.problem, labels[name]) : null;

  async function save(event: Event) {
    event.preventDefault();
    const checked = newUnitFrom(values);
    if ('problem' in checked) {
      setProblem(checked.problem);
      return focusField(checked.problem.field);
    }
    setProblem(null);
    let created: Unit | null = null;
    const done = await send(
      async () => {
        const answer = await createUnit(checked.floor, checked.fields);
        if (answer.ok) created = answer.unit;
        return answer;
      },
      (reason) => t('edit.notCreated', [reason]),
    );
    if (done && created) onCreated(created);
  }

  const text = (name: keyof NewUnitValues, numeric = false) => (
    <TextField
      key={name}
      name={name}
      label={labels[name]}
      value={values[name]}
      problem={problemOf(name)}
      numeric={numeric}
      onInput={set(name)}
    />
  );

  return (
    <section class="detail" aria-label={t('edit.addTitle', [project.name])}>
      <header class="detail-header">
        <button type="button" class="link-button" onClick={onCancel}>
          {t('common.back')}
        </button>
        <h2>{t('edit.addTitle', [project.name])}</h2>
      </header>
      <form ref={form} class="edit-unit" onSubmit={save} onKeyDown={onKeyDown} noValidate>
        {text('number')}
        <FormField name="floorId" label={labels.floorId} problem={null}>
          <select name="floorId" value={values.floorId} onChange={set('floorId')}>
            {floors.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
            <option value={NEW_FLOOR}>{t('edit.newFloor')}</option>
          </select>
        </FormField>
        {values.floorId === NEW_FLOOR ? text('newFloorName') : null}
        {text('bedrooms', true)}
        {text('bathrooms', true)}
        {text('area', true)}
        {text('price', true)}
        <FormField name="status" label={labels.status} problem={null}>
          <select name="status" value={values.status} onChange={set('status')}>
            {statuses.map((status: SettableStatus) => (
              <option key={status} value={status}>
                {statusName(status)}
              </option>
            ))}
          </select>
        </FormField>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('edit.addUnit')}
          </button>
          <button type="button" class="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
        <WriteProgress busy={busy ? t('detail.saving') : null} error={error} />
      </form>
    </section>
  );
}
