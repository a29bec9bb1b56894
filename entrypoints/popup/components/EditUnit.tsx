import { useMemo, useState } from 'preact/hooks';
import type { UnitEdits } from '@/lib/catalog/editable-fields';
import type { Unit } from '@/lib/catalog/model';
import { offeredStatuses } from '@/lib/catalog/settable-status';
import { areaUnitLabel, statusName } from '@/lib/format';
import type { Outcome } from '@/lib/messages';
import { t } from '@/lib/i18n';
import { FormField, TextField } from './FormField';
import { editsFrom, floorsOf, formValuesOf, type FieldProblem, type FormValues } from './unit-form';
import { problemText, useWriteForm } from './use-write-form';
import { WriteProgress } from './WriteProgress';

interface Props {
  unit: Unit;
  /** Every unit of the catalog: the floors to choose from are those of the unit's project. */
  catalogUnits: readonly Unit[];
  areaUnit: 'sqft' | 'm2';
  usesReserved: boolean | undefined;
  editUnit: (edits: UnitEdits) => Promise<Outcome<object>>;
  /** Shows the edited unit at once while it is sent, or (null) goes back to the saved one. */
  onPreview: (edits: UnitEdits | null) => void;
  /** The form closes: saved, or cancelled. */
  onClose: () => void;
}

/**
 * Every field of a unit an agent may change, prefilled; Save sends only what changed. Enter
 * saves, Escape cancels; a problem or Planpoint's refusal shows at the form and keeps it open.
 */
export function EditUnit(props: Props) {
  const { unit, catalogUnits, areaUnit, usesReserved, editUnit, onPreview, onClose } = props;
  const [values, setValues] = useState<FormValues>(() => formValuesOf(unit));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const { form, busy, error, setError, focusField, onKeyDown, send } = useWriteForm(onClose);
  const floors = useMemo(() => floorsOf(catalogUnits, unit.projectId), [catalogUnits, unit]);
  const statuses = [unit.status, ...offeredStatuses(unit, usesReserved)];

  const labels: Record<keyof FormValues, string> = {
    number: t('edit.number'),
    floorId: t('edit.floor'),
    bedrooms: t('edit.bedrooms'),
    bathrooms: t('edit.bathrooms'),
    area: t('edit.area', [areaUnitLabel(areaUnit)]),
    price: unit.rental ? t('detail.rent') : t('edit.price'),
    priceTBD: t('edit.priceTBD'),
    status: t('edit.status'),
    model: t('edit.model'),
    type: t('edit.type'),
    orientation: t('edit.orientation'),
    parking: t('edit.parking'),
    deliveryDate: t('edit.delivery'),
    description: t('edit.description'),
  };
  const set = (field: keyof FormValues) => (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    setValues({ ...values, [field]: target.type === 'checkbox' ? target.checked : target.value });
  };
  const problemOf = (name: keyof FormValues) =>
    problem?.field === name ? problemText(problem.problem, labels[name]) : null;

  async function save(event: Event) {
    event.preventDefault();
    const checked = editsFrom(unit, values);
    if ('problem' in checked) {
      setProblem(checked.problem);
      return focusField(checked.problem.field);
    }
    setProblem(null);
    if (Object.keys(checked.edits).length === 0) return setError(t('edit.nothingChanged'));
    onPreview(checked.edits);
    const saved = await send(
      () => editUnit(checked.edits),
      (reason) => t('edit.notSaved', [reason]),
    );
    if (saved) onClose();
    else onPreview(null);
  }

  const text = (name: Exclude<keyof FormValues, 'priceTBD'>, numeric = false) => (
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
    <form
      ref={form}
      class="edit-unit"
      aria-label={t('edit.form', [unit.number])}
      onSubmit={save}
      onKeyDown={onKeyDown}
      noValidate
    >
      {text('number')}
      <FormField name="floorId" label={labels.floorId} problem={null}>
        <select name="floorId" value={values.floorId} onChange={set('floorId')}>
          {unit.floorId ? null : <option value="">{t('edit.noFloor')}</option>}
          {floors.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </FormField>
      {text('bedrooms', true)}
      {text('bathrooms', true)}
      {text('area', true)}
      {text('price', true)}
      <label class="edit-check">
        <input
          type="checkbox"
          name="priceTBD"
          checked={values.priceTBD}
          onChange={set('priceTBD')}
        />
        <span>{labels.priceTBD}</span>
      </label>
      <FormField name="status" label={labels.status} problem={null}>
        <select name="status" value={values.status} onChange={set('status')}>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {status === unit.status ? unit.statusLabel : statusName(status)}
            </option>
          ))}
        </select>
      </FormField>
      {text('model')}
      {text('type')}
      {text('orientation')}
      {text('parking', true)}
      {text('deliveryDate')}
      <FormField name="description" label={labels.description} problem={null}>
        <textarea
          name="description"
          rows={3}
          value={values.description}
          onInput={set('description')}
        />
      </FormField>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      <WriteProgress busy={busy ? t('detail.saving') : null} error={error} />
    </form>
  );
}
