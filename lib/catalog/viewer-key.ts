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
}

export async function lookUpViewerKey(
  client: PlanpointClient,
  key: ViewerKey,
): Promise<ViewerKeyLookup> {
  const [projects, groups, enterprises] = await Promise.allSettled([
    client.findProjects(key),
    client.findGroups(key),
    client.findEnterprises(key),
  ]);
  const lookups = [projects, groups, enterprises];
  const errors = lookups.flatMap((r) =>
    r.status === 'rejected' ? [toPlanpointError(r.reason)] : [],
  );
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
  return { ...found, problem };
}
