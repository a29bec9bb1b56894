// The background's answers to the pages' requests (lib/messages.ts). Only this code and the
// sync runner read the token; nothing here returns it.
import {
  UNCONFIRMED_CHANGE,
  type MessageError,
  type Requests,
  type SettingsView,
} from '../messages';
import { groupProjectIds, readGroups } from '../catalog/groups';
import { lookUpViewerKey } from '../catalog/viewer-key';
import type { ViewerKey } from '../planpoint/client';
import { toPlanpointError, type ErrorFacts } from '../planpoint/errors';
import { normalizeToken, tokenHint } from '../planpoint/token';
import {
  accountInfo,
  catalogHead,
  clearAccountValues,
  saveConnection,
  savedConnection,
  viewerKey,
  viewOnlyProjects,
  type AccountInfo,
} from '../settings';
import { checkBaseUrl } from './base-url';
import { applyManagedSettings } from './managed';
import { readManagedSettings } from '../managed-settings';
import { planpointAt } from './planpoint';
import { SettingsError } from './settings-error';
import { runSync } from './sync-runner';
import { deleteUnit } from './unit-delete';
import { editUnit } from './unit-edit';
import { createUnit } from './unit-create';
import { bulkUpdate } from './bulk-update';
import { createProject, deleteProject, updateProject } from './project-writes';
import { setUnitStatus } from './unit-status';
import { rememberStatusChange } from './my-holds';
import { UnconfirmedChangeError } from './write-failures';
import { t } from '../i18n';
import { errorText, typedTokenErrorText } from '../error-text';

/** Groups read by id at once while a token is checked (a sync reads them the same way). */
const GROUP_READS_IN_FLIGHT = 4;

type Handlers = {
  [K in keyof Requests]: (payload: Requests[K]['request']) => Promise<Requests[K]['response']>;
};

export const handlers: Handlers = {
  async saveSettings(request) {
    try {
      // What the organisation set wins over what the page sent.
      const managed = await readManagedSettings();
      const { token } = request;
      const base = checkBaseUrl(managed.apiBaseUrl ?? request.baseUrl);
      const key = parseViewerKey(
        managed.namespace ?? request.namespace,
        managed.hostName ?? request.hostName,
      );
      const pasted = normalizeToken(token);
      const { token: saved, baseUrl: savedBase } = await savedConnection();
      // A saved token goes only to the origin it was saved for: a new address needs it pasted
      // again, so a mistyped or unfamiliar server never receives it unasked.
      if (!pasted && saved && new URL(savedBase).origin !== new URL(base).origin) {
        throw new SettingsError(t('errors.pasteTokenForNewAddress', [new URL(base).origin]));
      }
      const candidate = pasted || saved;
      if (!candidate) {
        throw new SettingsError(t('errors.pasteToken'));
      }
      const account = await verifyAndStore(candidate, base, key, null);
      return { ok: true, account };
    } catch (error) {
      return failure(error, typedTokenErrorText);
    }
  },

  async signIn({ email, password, baseUrl }) {
    try {
      const managed = await readManagedSettings();
      if (managed.hideEmailSignIn) throw new SettingsError(t('errors.signInNotOffered'));
      const base = checkBaseUrl(managed.apiBaseUrl ?? baseUrl);
      if (!email.trim() || !password) {
        throw new SettingsError(t('errors.enterCredentials'));
      }
      let token: string;
      try {
        token = (await planpointAt(base).login(email.trim(), password)).token;
      } catch (error) {
        const planpointError = toPlanpointError(error);
        // On the login endpoint a 401 means the credentials, not a token.
        if (planpointError.kind === 'unauthorized' || planpointError.kind === 'not-found') {
          throw new SettingsError(t('errors.badCredentials'));
        }
        throw planpointError;
      }
      const key = await viewerKey.getValue();
      const account = await verifyAndStore(token, base, key, email.trim());
      return { ok: true, account };
    } catch (error) {
      return failure(error);
    }
  },

  async signOut() {
    await clearAccountValues();
    return { ok: true };
  },

  async getSettings() {
    // Applied first, so the page shows the values in force.
    const managed = await applyManagedSettings();
    const [{ token, baseUrl }, account, key] = await Promise.all([
      savedConnection(),
      accountInfo.getValue(),
      viewerKey.getValue(),
    ]);
    const settings: SettingsView = {
      hasToken: Boolean(token),
      account,
      baseUrl,
      namespace: key?.namespace ?? '',
      hostName: key?.hostName ?? '',
      managed,
    };
    return { ok: true, settings };
  },

  async refresh({ ifOlderThanMs }) {
    if (!(await savedConnection()).token) {
      return failure(new SettingsError(t('errors.saveTokenFirst')));
    }
    if (ifOlderThanMs !== undefined) {
      const catalog = await catalogHead.getValue();
      if (catalog && Date.now() - catalog.syncedAt < ifOlderThanMs)
        return { ok: true, started: false };
    }
    void runSync();
    return { ok: true, started: true };
  },

  setUnitStatus: ({ unitId, status }) =>
    attempt(async () => {
      const unit = await setUnitStatus(unitId, status);
      await rememberStatusChange([unitId], status);
      return { unit };
    }),
  createUnit: ({ projectId, floor, fields }) =>
    attempt(async () => {
      const unit = await createUnit(projectId, floor, fields);
      if (fields.status === 'on-hold') await rememberStatusChange([unit.id], fields.status);
      return { unit };
    }),
  bulkUpdate: ({ unitIds, change }) =>
    attempt(async () => {
      const result = await bulkUpdate(unitIds, change);
      if ('status' in change) {
        const failed = new Set(result.failed.map((f) => f.unitId));
        await rememberStatusChange(
          unitIds.filter((id) => !failed.has(id)),
          change.status,
        );
      }
      return result;
    }),
  editUnit: ({ unitId, edits }) =>
    attempt(async () => {
      const unit = await editUnit(unitId, edits);
      if (edits.status) await rememberStatusChange([unitId], edits.status);
      return { unit };
    }),
  deleteUnit: ({ unitId }) =>
    attempt(async () => {
      await deleteUnit(unitId);
      return {};
    }),
  createProject: ({ fields }) => attempt(async () => ({ project: await createProject(fields) })),
  updateProject: ({ projectId, fields }) =>
    attempt(async () => ({ project: await updateProject(projectId, fields) })),
  deleteProject: ({ projectId }) =>
    attempt(async () => {
      await deleteProject(projectId);
      return {};
    }),
};

/**
 * Check a token against the API before keeping it: a rejected token is never stored, and a
 * failure (network, server) leaves the previously saved token and catalog as they were.
 */
async function verifyAndStore(
  token: string,
  baseUrl: string,
  key: ViewerKey | null,
  email: string | null,
): Promise<AccountInfo> {
  const client = planpointAt(baseUrl, token);
  const own = new Set((await client.myProjects()).map((p) => p._id));
  const groups = await readGroups(client, GROUP_READS_IN_FLIGHT).catch((error: unknown) => {
    // The groups only add projects: a refused token fails the save, anything else does not.
    if (toPlanpointError(error).kind === 'unauthorized') throw error;
    return [];
  });
  const throughGroups = groupProjectIds(groups).filter((id) => !own.has(id));
  const lookup = key ? await lookUpViewerKey(client, key) : null;
  if (lookup?.problem) throw lookup.problem;
  const reached = new Set([...own, ...throughGroups]);
  const throughViewerKey = (lookup?.projects ?? []).filter((p) => !reached.has(p._id)).length;

  const previous = await savedConnection();
  const account: AccountInfo = {
    tokenHint: tokenHint(token),
    projectCount: reached.size + throughViewerKey,
    reach: { own: own.size, throughGroups: throughGroups.length, throughViewerKey },
    lookupsNotOffered: lookup?.notOffered ?? [],
    email,
    savedAt: Date.now(),
  };
  // Another token or server may mean another account: its catalog must not show for this one.
  if (previous.token !== token || previous.baseUrl !== baseUrl) await clearAccountValues();
  await Promise.all([
    saveConnection(baseUrl, token),
    viewerKey.setValue(key),
    accountInfo.setValue(account),
    // A new sign-in may come with new rights: every project is offered for editing again.
    viewOnlyProjects.removeValue(),
  ]);
  void runSync();
  return account;
}

function parseViewerKey(namespace: string, hostName: string): ViewerKey | null {
  const ns = namespace.trim();
  const host = hostName.trim();
  if (!ns && !host) return null;
  if (!ns || !host) {
    throw new SettingsError(t('errors.bothViewerFields'));
  }
  return { namespace: ns, hostName: host };
}

/** A write's answer: what it returned, or its failure in the agent's words. */
async function attempt<T extends object>(
  work: () => Promise<T>,
): Promise<({ ok: true } & T) | { ok: false; error: MessageError }> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    return failure(error);
  }
}

/** A failure as the page shows it; `word` words a Planpoint error (errorText unless the request
 * needs its own sentence, as a typed token does). */
function failure(
  error: unknown,
  word: (error: { facts: ErrorFacts }) => string = errorText,
): { ok: false; error: MessageError } {
  if (error instanceof SettingsError) {
    return { ok: false, error: { kind: 'settings', message: error.message } };
  }
  if (error instanceof UnconfirmedChangeError) {
    return { ok: false, error: { kind: UNCONFIRMED_CHANGE, message: error.message } };
  }
  const planpointError = toPlanpointError(error);
  return { ok: false, error: { kind: planpointError.kind, message: word(planpointError) } };
}
