import { useState } from 'preact/hooks';
import type { Project } from '@/lib/catalog/model';
import type { Outcome, ProjectFields } from '@/lib/messages';
import { t } from '@/lib/i18n';
import { FormField, TextField } from './FormField';
import { problemText, useWriteForm } from './use-write-form';
import { WriteProgress } from './WriteProgress';

export interface ProjectWrites {
  createProject: (
    fields: ProjectFields & { areaUnit: Project['areaUnit'] },
  ) => Promise<Outcome<{ project: Project }>>;
  updateProject: (project: Project, fields: ProjectFields) => Promise<Outcome<object>>;
  deleteProject: (project: Project) => Promise<Outcome<object>>;
}

interface Props {
  /** The project to edit; null for a new one. */
  project: Project | null;
  /** How many units the catalog has in it: deleting it deletes them too. */
  unitCount: number;
  writes: ProjectWrites;
  onDone: () => void;
}

/**
 * A new project (name; namespace and host name optional; area unit), or an existing one's name
 * and viewer key, with its deletion at the foot, confirmed by typing the project's name.
 */
export function ProjectForm({ project, unitCount, writes, onDone }: Props) {
  const [values, setValues] = useState({
    name: project?.name ?? '',
    namespace: project?.namespace ?? '',
    hostName: project?.hostName ?? '',
    areaUnit: project?.areaUnit ?? 'sqft',
  });
  const [nameMissing, setNameMissing] = useState(false);
  const { form, busy, error, focusField, onKeyDown, send } = useWriteForm(onDone);
  const title = project ? t('projects.editTitle', [project.name]) : t('projects.newTitle');
  const set = (field: keyof typeof values) => (event: Event) =>
    setValues({ ...values, [field]: (event.currentTarget as HTMLInputElement).value });

  async function save(event: Event) {
    event.preventDefault();
    const fields = {
      name: values.name.trim(),
      namespace: values.namespace.trim(),
      hostName: values.hostName.trim(),
    };
    setNameMissing(fields.name === '');
    if (fields.name === '') return focusField('name');
    const areaUnit = values.areaUnit === 'm2' ? 'm2' : 'sqft';
    const done = await send(
      () =>
        project
          ? writes.updateProject(project, fields)
          : writes.createProject({ ...fields, areaUnit }),
      (reason) => t('edit.notSaved', [reason]),
    );
    if (done) onDone();
  }

  return (
    <section class="detail" aria-label={title}>
      <header class="detail-header">
        <button type="button" class="link-button" onClick={onDone}>
          {t('common.back')}
        </button>
        <h2>{title}</h2>
      </header>
      <form ref={form} class="edit-unit" onSubmit={save} onKeyDown={onKeyDown} noValidate>
        <TextField
          name="name"
          label={t('projects.name')}
          value={values.name}
          problem={nameMissing ? problemText('required', t('projects.name')) : null}
          onInput={set('name')}
        />
        <TextField
          name="namespace"
          label={t('options.namespace')}
          value={values.namespace}
          problem={null}
          onInput={set('namespace')}
        />
        <TextField
          name="hostName"
          label={t('options.hostName')}
          value={values.hostName}
          problem={null}
          onInput={set('hostName')}
        />
        {project ? null : (
          <FormField name="areaUnit" label={t('projects.areaUnit')} problem={null}>
            <select name="areaUnit" value={values.areaUnit} onChange={set('areaUnit')}>
              <option value="sqft">{t('format.sqftUnit')}</option>
              <option value="m2">{t('format.m2Unit')}</option>
            </select>
          </FormField>
        )}
        <p class="muted">{t('projects.viewerKeyHint')}</p>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {project ? t('common.save') : t('projects.create')}
          </button>
          <button type="button" class="secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
        <WriteProgress busy={busy ? t('detail.saving') : null} error={error} />
      </form>
      {project ? (
        <DeleteProject
          project={project}
          unitCount={unitCount}
          deleteProject={() => writes.deleteProject(project)}
          onDeleted={onDone}
        />
      ) : null}
    </section>
  );
}

/** "Delete project", then its confirmation. */
function DeleteProject(props: {
  project: Project;
  unitCount: number;
  deleteProject: () => Promise<Outcome<object>>;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (confirming) return <ConfirmDeleteProject {...props} onCancel={() => setConfirming(false)} />;
  return (
    <div class="delete-unit">
      <button type="button" class="secondary" onClick={() => setConfirming(true)}>
        {t('projects.delete')}
      </button>
    </div>
  );
}

/** Confirmed by typing the project's name; says how many units go with it. */
function ConfirmDeleteProject(props: {
  project: Project;
  unitCount: number;
  deleteProject: () => Promise<Outcome<object>>;
  onDeleted: () => void;
  onCancel: () => void;
}) {
  const { project, unitCount } = props;
  const [typed, setTyped] = useState('');
  const { form, busy, error, onKeyDown, send } = useWriteForm(props.onCancel);

  async function confirm(event: Event) {
    event.preventDefault();
    if (typed.trim() !== project.name) return;
    const done = await send(props.deleteProject, (reason) => t('detail.notDeleted', [reason]));
    if (done) props.onDeleted();
  }

  return (
    <form ref={form} class="delete-unit" onSubmit={confirm} onKeyDown={onKeyDown} noValidate>
      <p>{t('projects.confirmDelete', [project.name, String(unitCount)])}</p>
      <TextField
        name="confirmName"
        label={t('projects.typeName')}
        value={typed}
        problem={null}
        onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="actions">
        <button type="submit" class="danger" disabled={busy || typed.trim() !== project.name}>
          {t('detail.delete')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <WriteProgress busy={busy ? t('detail.deleting') : null} error={error} />
    </form>
  );
}
