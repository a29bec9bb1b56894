// The account's groups: what reaches projects that `/api/projects/mine` may not list (those of
// another owner the account works on as a group's editor).
import type { PlanpointClient } from '../planpoint/client';
import { idOf } from '../planpoint/coerce';
import { toPlanpointError } from '../planpoint/errors';
import type { WireGroup } from '../planpoint/wire';
import { mapWithConcurrency } from './concurrency';

/** The account's groups, each read by id for its full list of projects (the list may be short);
 * a group that cannot be read by id keeps what the list said. A refused token fails it all. */
export async function readGroups(
  client: PlanpointClient,
  concurrency: number,
): Promise<WireGroup[]> {
  const { records } = await client.listGroups();
  return mapWithConcurrency(records, concurrency, (group) =>
    client.getGroup(group._id).catch((error: unknown) => {
      if (toPlanpointError(error).kind === 'unauthorized') throw error;
      return group;
    }),
  );
}

/** The ids of every project the groups list, once each. */
export function groupProjectIds(groups: readonly WireGroup[]): string[] {
  const ids = groups.flatMap((group) => (group.projects ?? []).map(idOf));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
