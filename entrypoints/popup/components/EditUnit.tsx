import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { UnitEdits } from '@/lib/catalog/editable-fields';
import type { Unit } from '@/lib/catalog/model';
import { offeredStatuses } from '@/lib/catalog/settable-status';
import { statusName } from '@/lib/format';
import { UNCONFIRMED_CHANGE, type Outcome } from '@/lib/messages';
import { t } from '@/lib/i18n';
import { editsFrom, formValuesOf, type FieldProblem, type FormValues } from './edit-unit-form';
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
  onClose: (saved: boolean) => void;
}

const PROBLEM_TEXT = {
  required: () => t('edit.numberRequired'),
  'not-a-number': (label: string) => t('edit.notANumber', [label]),
  negative: (label: string) => t('edit.negative', [label]),
};

/** The unit's floors' ids and names, in building order, from the catalog's units. */
function floorsOf(units: readonly Unit[], projectId: string) {
  const floors = new Map<string, { name: string; level: number | null }>();
  for (const unit of units) {
    if (unit.projectId !== projectId || !unit.floorId || floors.has(unit.floorId)) continue;
    floors.set(unit.floorId, { name: unit.floorName ?? unit.floorId, level: unit.floorLevel });
  }
  return [...floors].sort(([, a], [, b]) => (a.level ?? 0) - (b.level ?? 0));
}

/**
 * Every field of a unit an agent may change, prefilled; Save sends only what changed. Enter
 * saves, Escape cancels; a problem or Planpoint's refusal shows at the form and keeps it open.
 */
export function EditUnit(props: Props) {
  const { unit, catalogUnits, areaUnit, usesReserved, editUnit, onPreview, onClose } = props;
  const [values, setValues] = useState<FormValues>(() => formValuesOf(unit));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const floors = useMemo(() => floorsOf(catalogUnits, unit.projectId), [catalogUnits, unit]);
  const statuses = [unit.status, ...offeredStatuses(unit, usesReserved)];

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const labels: Record<keyof FormValues, string> = {
    number: t('edit.number'),
    floorId: t('edit.floor'),
    bedrooms: t('edit.bedrooms'),
    bathrooms: t('edit.bathrooms'),
    area: t('edit.area', [areaUnit === 'm2' ? 'm²' : 'sq ft']),
    price: t('edit.price'),
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
  const problemText = problem ? PROBLEM_TEXT[problem.problem](labels[problem.field]) : null;

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const checked = editsFrom(unit, values);
    if ('problem' in checked) {
      setProblem(checked.problem);
      form.current?.querySelector<HTMLElement>(`[name="${checked.problem.field}"]`)?.focus();
      return;
    }
    setProblem(null);
    if (Object.keys(checked.edits).length === 0) return setError(t('edit.nothingChanged'));
    setBusy(true);
    onPreview(checked.edits);
    const answer = await editUnit(checked.edits);
    setBusy(false);
    if (answer.ok) return onClose(true);
    onPreview(null);
    const unconfirmed = answer.error.kind === UNCONFIRMED_CHANGE;
    setError(unconfirmed ? answer.error.message : t('edit.notSaved', [answer.error.message]));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    // The form's Escape cancels the edit; it must not also leave the unit's detail.
    event.preventDefault();
    event.stopPropagation();
    onClose(false);
  }

  const field = (name: keyof FormValues, input: preact.JSX.Element) => (
    // The problem sits outside the label, so the field's name stays its label alone.
    <div class="edit-field" key={name}>
      <label>
        <span>{labels[name]}</span>
        {input}
      </label>
      {problem?.field === name ? (
        <span class="error" role="alert" id={`${name}-problem`}>
          {problemText}
        </span>
      ) : null}
    </div>
  );
  const text = (name: Exclude<keyof FormValues, 'priceTBD'>, numeric = false) =>
    field(
      name,
      <input
        name={name}
        value={values[name]}
        inputMode={numeric ? 'decimal' : undefined}
        aria-invalid={problem?.field === name}
        aria-describedby={problem?.field === name ? `${name}-problem` : undefined}
        onInput={set(name)}
      />,
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
      {field(
        'floorId',
        <select name="floorId" value={values.floorId} onChange={set('floorId')}>
          {unit.floorId ? null : <option value="">{t('edit.noFloor')}</option>}
          {floors.map(([id, floor]) => (
            <option key={id} value={id}>
              {floor.name}
            </option>
          ))}
        </select>,
      )}
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
      {field(
        'status',
        <select name="status" value={values.status} onChange={set('status')}>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {status === unit.status ? unit.statusLabel : statusName(status)}
            </option>
          ))}
        </select>,
      )}
      {text('model')}
      {text('type')}
      {text('orientation')}
      {text('parking', true)}
      {text('deliveryDate')}
      {field(
        'description',
        <textarea
          name="description"
          rows={3}
          value={values.description}
          onInput={set('description')}
        />,
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" class="secondary" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <WriteProgress busy={busy ? t('detail.saving') : null} error={error} />
    </form>
  );
}
