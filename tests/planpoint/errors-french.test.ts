// The client's sentences in French, when the browser speaks French: every status × resource ×
// lookup the client can report, the errors built without an answer, and the real client failing
// against the sandbox over HTTP.
import { beforeEach, describe, expect, it } from 'vitest';
import { planpointClient } from '../support/client';
import { unreachableUrl } from '../support/listen';
import { useSandbox } from '../support/sandbox';
import {
  errorFromResponse,
  invalidResponseError,
  isPlanpointError,
  networkError,
  noTokenError,
  redirectError,
  timeoutError,
  toPlanpointError,
  type PlanpointError,
  type PlanpointResource,
} from '../../lib/planpoint/errors';
import { normalizeToken } from '../../lib/planpoint/token';
import { speak } from '../setup/i18n';
import { failure } from './failure';
import { errorText } from '../../lib/error-text';

const RESOURCES: PlanpointResource[] = [
  'project',
  'group',
  'enterprise',
  'floor',
  'unit',
  'account',
];
const LOOKUPS = ['id', 'find', 'login'] as const;
const STATUSES = [400, 401, 403, 404, 405, 408, 410, 418, 429, 500, 502, 503, 302];

/** Pasted tokens normalizeToken refuses: one with a space, one with a character beyond ASCII. */
const REFUSED_TOKENS = ['abc def', 'jeton-é'];

/** How many sentences everySentence builds: per resource and lookup, 3 bodies per status and a
 * pause; then 11 errors built without an answer; then one per refused token. */
const SENTENCE_COUNT =
  RESOURCES.length * LOOKUPS.length * (STATUSES.length * 3 + 1) + 11 + REFUSED_TOKENS.length;

/** Words and phrases only the English sentences have. */
const ENGLISH = /\b(the|Check|Settings|could not|was chosen|try again|Paste|answer)\b/;

/** Every sentence the client can build without a network, in the language spoken now. */
function everySentence(): string[] {
  const sentences: string[] = [];
  for (const resource of RESOURCES) {
    for (const lookup of LOOKUPS) {
      for (const status of STATUSES) {
        for (const bodyText of ['', '{"message":"Nope"}', '<!doctype html><p>Bad gateway']) {
          sentences.push(errorText(errorFromResponse({ status, bodyText, resource, lookup })));
        }
      }
      const paused = '{"paused":{"value":true,"reason":"Abonnement terminé"}}';
      sentences.push(errorText(errorFromResponse({ status: 403, bodyText: paused, resource })));
    }
  }
  sentences.push(
    errorText(noTokenError()),
    errorText(timeoutError(1000)),
    errorText(timeoutError(30_000)),
    errorText(networkError('http://localhost:1', 'ECONNREFUSED')),
    errorText(networkError(null, 'ECONNREFUSED')),
    errorText(toPlanpointError(new Error('boom'))),
    errorText(toPlanpointError(Object.assign(new Error('late'), { name: 'TimeoutError' }))),
    errorText(redirectError()),
    errorText(invalidResponseError('x', undefined, 'html')),
    errorText(invalidResponseError('x', undefined, 'data')),
    errorText(invalidResponseError('x', undefined, 'size')),
  );
  for (const pasted of REFUSED_TOKENS) sentences.push(errorText(refusal(pasted)));
  return sentences;
}

/** The error normalizeToken refuses `pasted` with; accepting it fails the test. */
function refusal(pasted: string): PlanpointError {
  try {
    normalizeToken(pasted);
  } catch (e) {
    if (isPlanpointError(e)) return e;
    throw e;
  }
  throw new Error(`normalizeToken accepted ${JSON.stringify(pasted)}; the test needs a refusal`);
}

describe('API error sentences in French', () => {
  it('every sentence the client can build is French, and differs from its English one', async () => {
    const english = everySentence();
    await speak('fr');
    const french = everySentence();
    expect(english).toHaveLength(SENTENCE_COUNT);
    expect(french).toHaveLength(english.length);
    french.forEach((sentence, i) => {
      expect(sentence, english[i]).not.toBe('');
      expect(sentence, english[i]).not.toMatch(ENGLISH);
      expect(sentence, english[i]).not.toBe(english[i]);
    });
  });

  it('names the resource with the right article, and keeps Planpoint’s own message', async () => {
    await speak('fr');
    const forbidden = errorFromResponse({ status: 403, bodyText: '', resource: 'unit' });
    expect(errorText(forbidden)).toBe(
      "Votre compte Planpoint n'a pas accès à cette unité. Demandez-en l'accès à son propriétaire, ou vérifiez que le jeton des paramètres appartient au bon compte.",
    );
    const find = errorFromResponse({
      status: 404,
      bodyText: '{"message":"No match"}',
      resource: 'enterprise',
      lookup: 'find',
    });
    expect(errorText(find)).toBe(
      "Planpoint n'a trouvé aucune entreprise pour cet espace de noms et ce nom d'hôte (No match). Vérifiez-les dans les paramètres.",
    );
    const paused = errorFromResponse({
      status: 403,
      bodyText: '{"paused":{"value":true,"reason":"Abonnement terminé"}}',
      resource: 'enterprise',
    });
    expect(errorText(paused)).toBe(
      'Cette entreprise est en pause sur Planpoint (Abonnement terminé). Elle sera de nouveau utilisable quand son propriétaire la réactivera.',
    );
    expect(errorText(timeoutError(1000))).toMatch(/^Planpoint n'a pas répondu en 1 seconde\./);
    expect(errorText(timeoutError(30_000))).toMatch(/^Planpoint n'a pas répondu en 30 secondes\./);
  });
});

describe('the real client in French, over HTTP to the sandbox', () => {
  const sb = useSandbox('tiny');
  beforeEach(async () => {
    await speak('fr');
  });

  const client = (token = sb.demoToken) => planpointClient(sb, { token, retries: 0 });

  it('a rejected token', async () => {
    const e = await failure(client('not-a-real-token').myProjects());
    expect(e.kind).toBe('unauthorized');
    expect(errorText(e)).toMatch(/^Planpoint a refusé votre jeton d'API/);
  });

  it('a 500 with Planpoint’s message', async () => {
    sb.faults.status = 500;
    const e = await failure(client().myProjects());
    expect(errorText(e)).toMatch(/^Planpoint a eu un problème de son côté \(HTTP 500/);
  });

  it('a unit that does not exist', async () => {
    const e = await failure(client().getUnit('000000000000000000000000'));
    expect(e.kind).toBe('not-found');
    expect(errorText(e)).toMatch(/^Planpoint ne trouve pas cette unité/);
  });

  it('an empty unit id is refused before anything is sent', async () => {
    const e = await failure(client().getUnit(' '));
    expect(errorText(e)).toBe("Aucune unité n'a été choisie. Choisissez-en une et réessayez.");
  });

  it('a server that is gone', async () => {
    const url = await unreachableUrl();
    const e = await failure(planpointClient(url, { token: 'x', retries: 0 }).myProjects());
    expect(errorText(e)).toBe(
      `Le serveur ${url} est injoignable. Vérifiez l'URL de base de l'API dans les paramètres et votre connexion Internet.`,
    );
  });
});
