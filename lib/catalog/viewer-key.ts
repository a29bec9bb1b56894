// The optional viewer key (namespace + host name): its three public lookups, read together.
import type { PlanpointClient, ViewerKey } from '../planpoint/client';
import { PlanpointError, toPlanpointError } from '../planpoint/errors';
import type { WireEnterprise, WireGroup, WireProject } from '../planpoint/wire';

export interface ViewerKeyLookup {
  projects: WireProject[];
  groups: WireGroup[];
  enterprises: WireEnterprise[];
  /** Why the key gave nothing usable (refused, unreachable, matches nothing); null when it did. */
  problem: PlanpointError | null;
  /** Lookups this server does not have (only the API overview lists them): not a problem. */
  notOffered: LookupName[];
}

export type LookupName = 'groups' | 'enterprises';

/** A 405, a 501 or a web page where a lookup should be: the server has no such lookup. */
function meansNotOffered(error: PlanpointError): boolean {
  const facts = error.facts;
  if (error.kind === 'method-not-allowed' || error.status === 501) return true;
  if (facts.cause === 'invalid-response') return facts.hint === 'html';
  if (facts.cause !== 'http') return false;
  // A 404 that names what was not found ("Group not found") found nothing; one without a word,
  // or one that names the route ("Cannot POST /api/groups/find"), has no such lookup.
  const routeMissing =
    facts.status === 404 &&
    (facts.serverMessage === null || ROUTE_MISSING.test(facts.serverMessage));
  return facts.html || routeMissing;
}

const ROUTE_MISSING =
  /cannot (?:get|post)\b|\/api\/|no (?:such )?route|unknown (?:path|route|endpoint)/i;

export async function lookUpViewerKey(
  client: PlanpointClient,
  key: ViewerKey,
): Promise<ViewerKeyLookup> {
  const [projects, groups, enterprises] = await Promise.allSettled([
    client.findProjects(key),
    client.findGroups(key),
    client.findEnterprises(key),
  ]);
  const notOffered: LookupName[] = [];
  const errors: PlanpointError[] = [];
  for (const [name, result] of [
    ['projects', projects],
    ['groups', groups],
    ['enterprises', enterprises],
  ] as const) {
    if (result.status === 'fulfilled') continue;
    const error = toPlanpointError(result.reason);
    if (name !== 'projects' && meansNotOffered(error)) notOffered.push(name);
    else errors.push(error);
  }
  const found = {
    projects: projects.status === 'fulfilled' ? projects.value : [],
    groups: groups.status === 'fulfilled' ? groups.value : [],
    enterprises: enterprises.status === 'fulfilled' ? enterprises.value : [],
  };
  const foundAnything = found.projects.length + found.groups.length + found.enterprises.length > 0;
  const refused = errors.find((e) => e.kind === 'forbidden' || e.kind === 'unauthorized');
  const other = errors.find((e) => e.kind !== 'not-found');
  let problem: PlanpointError | null = null;
  if (refused) {
    problem = new PlanpointError({
      kind: refused.kind,
      status: refused.status,
      message: `viewer key refused (${refused.status ?? 'no status'})`,
      cause: { cause: 'viewer-key-refused', namespace: key.namespace, hostName: key.hostName },
    });
  } else if (other) {
    problem = new PlanpointError({
      kind: other.kind,
      status: other.status,
      message: other.message,
      cause: {
        cause: 'viewer-key-failed',
        namespace: key.namespace,
        hostName: key.hostName,
        inner: other.facts,
      },
    });
  } else if (!foundAnything) {
    problem = new PlanpointError({
      kind: 'not-found',
      status: 404,
      message: 'viewer key matched nothing',
      cause: { cause: 'viewer-key-not-found', namespace: key.namespace, hostName: key.hostName },
    });
  }
  return { ...found, problem, notOffered };
}
