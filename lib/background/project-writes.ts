// Creating, editing and deleting projects from the popup. The SDK contract documents only
// PATCH /api/projects/{id}; creating and deleting are in the API overview, so a server may not
// offer them: a 404 or 405 to either says so and changes nothing. The catalog follows each
// write as Planpoint answered it.
import type { Catalog, Project } from '../catalog/model';
import type { ProjectFields } from '../messages';
import { toPlanpointError } from '../planpoint/errors';
import { normalizeProject } from '../planpoint/normalize';
import { t } from '../i18n';
import { errorText } from '../error-text';
import { catalogSnapshot } from '../settings';
import { planpoint } from './planpoint';
import { SettingsError } from './settings-error';
import { runSync } from './sync-runner';
import { mayHaveBeenSaved, notAllowedToChange, UnconfirmedChangeError } from './write-failures';

export async function createProject(
  fields: ProjectFields & { areaUnit: Project['areaUnit'] },
): Promise<Project> {
  const body: Record<string, unknown> = { name: fields.name, areaUnit: fields.areaUnit };
  if (fields.namespace) body['namespace'] = fields.namespace;
  if (fields.hostName) body['hostName'] = fields.hostName;
  let project: Project;
  try {
    project = normalizeProject(await planpoint.createProject(body));
  } catch (error) {
    throw await projectWriteFailure(error, null, {
      notOffered: t('errors.createProjectNotOffered'),
      unconfirmed: t('errors.createProjectUnconfirmed', [fields.name]),
    });
  }
  await changeCatalog((catalog) => ({ ...catalog, projects: [...catalog.projects, project] }));
  return project;
}

export async function updateProject(projectId: string, fields: ProjectFields): Promise<Project> {
  const before = await projectInCatalog(projectId);
  const patch: Record<string, unknown> = {};
  if (fields.name !== before.name) patch['name'] = fields.name;
  if (fields.namespace && fields.namespace !== before.namespace)
    patch['namespace'] = fields.namespace;
  if (fields.hostName && fields.hostName !== before.hostName) patch['hostName'] = fields.hostName;
  if (Object.keys(patch).length === 0) return before;
  let project: Project;
  try {
    const answered = normalizeProject(await planpoint.updateProject(projectId, patch));
    // Groups and enterprises come from the sync, not from the project's own document.
    project = { ...answered, groupIds: before.groupIds, enterpriseIds: before.enterpriseIds };
  } catch (error) {
    throw await projectWriteFailure(error, projectId, {
      notOffered: null,
      unconfirmed: t('errors.changeProjectUnconfirmed', [before.name]),
    });
  }
  await changeCatalog((catalog) => ({
    ...catalog,
    projects: catalog.projects.map((p) => (p.id === projectId ? project : p)),
  }));
  return project;
}

/** Deletes the project, and its units leave the catalog with it. */
export async function deleteProject(projectId: string): Promise<void> {
  const project = await projectInCatalog(projectId);
  try {
    await planpoint.deleteProject(projectId);
  } catch (error) {
    throw await projectWriteFailure(error, projectId, {
      notOffered: t('errors.deleteProjectNotOffered'),
      unconfirmed: t('errors.deleteProjectUnconfirmed', [project.name]),
    });
  }
  await changeCatalog((catalog) => ({
    ...catalog,
    projects: catalog.projects.filter((p) => p.id !== projectId),
    units: catalog.units.filter((u) => u.projectId !== projectId),
  }));
}

async function projectInCatalog(projectId: string): Promise<Project> {
  const project = (await catalogSnapshot.getValue())?.projects.find((p) => p.id === projectId);
  if (!project) throw new SettingsError(t('errors.projectGone'));
  return project;
}

/** Applies `change` to the latest stored catalog (a sync may have written one meanwhile). */
async function changeCatalog(change: (catalog: Catalog) => Catalog): Promise<void> {
  const latest = await catalogSnapshot.getValue();
  if (latest) await catalogSnapshot.setValue(change(latest));
}

async function projectWriteFailure(
  error: unknown,
  projectId: string | null,
  words: { notOffered: string | null; unconfirmed: string },
): Promise<Error> {
  const failure = toPlanpointError(error);
  const notOffered = failure.kind === 'method-not-allowed' || failure.kind === 'not-found';
  if (words.notOffered && notOffered) return new SettingsError(words.notOffered);
  if (failure.kind === 'forbidden' && projectId) return notAllowedToChange(failure, projectId);
  if (mayHaveBeenSaved(failure)) {
    void runSync();
    return new UnconfirmedChangeError(`${words.unconfirmed} ${errorText(failure)}`);
  }
  return failure;
}
