// The agent's sentence for a failure, in the interface language: the one place that words the
// facts a PlanpointError (or a stored sync state, or a catalog failure) carries. Sentences come
// from locales/*.yml (api.*, errors.*), so agents read them in the interface's language.
import { t } from './i18n';
import type { StoredError, SyncFailure } from './catalog/model';
import type { ErrorFacts, PlanpointResource } from './planpoint/errors';

/** The sentence for an error or its stored facts. */
export function errorText(error: ErrorFacts | { facts: ErrorFacts }): string {
  const facts = 'facts' in error ? error.facts : error;
  switch (facts.cause) {
    case 'http':
      return httpText(facts);
    case 'no-token':
      return t('api.noToken');
    case 'token-unreadable':
      return t('api.tokenUnreadable');
    case 'token-has-spaces':
      return t('api.tokenHasSpaces');
    case 'token-has-odd-characters':
      return t('api.tokenHasOddCharacters');
    case 'bad-base-url':
      return t('api.baseUrlNotWebAddress', [facts.baseUrl.trim().slice(0, 100) || t('api.empty')]);
    case 'no-id':
      return t(`api.noneChosen.${facts.noun}`);
    case 'timeout':
      return facts.seconds === null
        ? t('api.noAnswerInTime')
        : t('api.noAnswerWithin', facts.seconds);
    case 'unreachable':
      return facts.origin ? t('api.unreachable', [facts.origin]) : t('api.unreachableApi');
    case 'redirected':
      return t('api.redirected');
    case 'invalid-response':
      if (facts.hint === 'html') return t('api.webPage');
      if (facts.hint === 'size') return t('api.tooLarge');
      return t('api.unreadableData');
    case 'viewer-key-refused':
      return t('errors.viewerKeyRefused', [facts.hostName, facts.namespace]);
    case 'viewer-key-not-found':
      return t('errors.viewerKeyNotFound', [facts.namespace, facts.hostName]);
    case 'viewer-key-failed':
      // Planpoint's sentence says what went wrong, not that it was the viewer lookup.
      return t('errors.viewerKeyFailed', [facts.namespace, facts.hostName, errorText(facts.inner)]);
    case 'unit-gone':
      return t('errors.unitGone');
    case 'not-allowed-to-change':
      return t('errors.notAllowedToChange');
  }
}

/**
 * The sentence for a failed check of a token the agent just typed (Save on the settings page or
 * the popup's first run): a rejection asks for another token where it was typed, not "in
 * Settings"; anything else is said as errorText says it.
 */
export function typedTokenErrorText(error: ErrorFacts | { facts: ErrorFacts }): string {
  const facts = 'facts' in error ? error.facts : error;
  if (facts.cause === 'http' && facts.kind === 'unauthorized' && facts.lookup !== 'login') {
    return t('api.typedTokenRefused', [serverDetail(facts)]);
  }
  return errorText(facts);
}

/** The sentence for a stored failure (sync state, catalog): its facts, or an older version's text. */
export function storedErrorText(stored: StoredError): string {
  if (stored.facts) return errorText(stored.facts);
  return stored.message ?? t('api.unreadableData');
}

/** One line under "Updated …" naming the part of the last sync that did not refresh. */
export function syncFailureText(failure: SyncFailure): string {
  const name = failure.projectName ?? '';
  if (failure.part === 'no-units') return t('sync.noUnits', [name]);
  if (failure.part === 'partial-list') {
    return t('sync.partialList', [name, String(failure.listed), String(failure.sent)]);
  }
  const text = storedErrorText(failure);
  if (failure.projectName) return t('sync.projectFailed', [failure.projectName, text]);
  if (failure.part === 'groups') return t('sync.groupsFailed', [text]);
  return text;
}

type HttpFacts = Extract<ErrorFacts, { cause: 'http' }>;

// Lists that are not about one project (your projects, your groups) are about the 'account'.
function httpText(f: HttpFacts): string {
  const detail = serverDetail(f);
  switch (f.kind) {
    case 'unauthorized':
      return f.lookup === 'login'
        ? t('api.loginRefused', [detail])
        : t('api.tokenRefused', [detail]);
    case 'forbidden':
      return t('api.forbidden', [t(`api.this.${f.resource}`) + detail]);
    case 'paused': {
      const why = f.pausedReason ?? f.serverMessage;
      return pausedText(f.resource, why ? ` (${why})` : '');
    }
    case 'not-found':
      if (f.lookup === 'find') {
        return t('api.findNotFound', [t(`api.none.${f.resource}`), detail]);
      }
      // Account-wide lists (your projects, your groups) always exist on Planpoint: a 404 there
      // means the base URL does not point at its API, not that something was deleted.
      if (f.resource === 'account' && f.lookup === 'id') {
        return t('api.addressUnknown', [detail]);
      }
      return t('api.notFound', [t(`api.that.${f.resource}`) + detail]);
    case 'bad-request':
      return t('api.badRequest', [detail]);
    case 'method-not-allowed':
      return t('api.methodNotAllowed', [detail]);
    case 'rate-limited':
      return t('api.rateLimited', [detail]);
    case 'timeout':
      return t('api.slowAnswer', [detail]);
    case 'server':
      if (f.html) return t('api.errorPage', [String(f.status)]);
      return f.serverMessage
        ? t('api.serverProblemSaying', [String(f.status), f.serverMessage])
        : t('api.serverProblem', [String(f.status)]);
    default:
      return t('api.unreadableStatus', [String(f.status)]);
  }
}

/** " (Planpoint's own message)" to follow a sentence's first words, or nothing. */
function serverDetail(f: HttpFacts): string {
  return f.serverMessage ? ` (${f.serverMessage})` : '';
}

/** Units and floors are paused with their project; lists with the account. */
function pausedText(resource: PlanpointResource, why: string): string {
  switch (resource) {
    case 'group':
      return t('api.paused.group', [why]);
    case 'enterprise':
      return t('api.paused.enterprise', [why]);
    case 'account':
      return t('api.paused.account', [why]);
    default:
      return t('api.paused.project', [why]);
  }
}
