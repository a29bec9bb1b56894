// The count of new leads the popup's Leads button shows, kept in the catalog head: the popup
// reads the head at open anyway, so the button costs it no read of the leads themselves.
// Counted again whenever leads are read (after a sync) or the agent opens the Leads view (the
// popup then writes leadsSeenAt, and storage tells the background).
import { newLeadCount } from '../catalog/leads';
import { catalogHead, leadsSeenAt, leadsSnapshot } from '../settings';
import { readTogether } from '../stored-value';

export async function storeNewLeadCount(): Promise<void> {
  const [snapshot, seenAt] = await readTogether([leadsSnapshot, leadsSeenAt]);
  // Before any leads were read there is nothing to count: the button shows none as it is.
  if (snapshot) await catalogHead.setNewLeads(newLeadCount(snapshot.leads, seenAt));
}

/** Call once at start-up: counts now (a head stored by an earlier version has no count yet),
 * and again whenever the agent marks the leads seen. */
export function watchLeadCount(): void {
  const recount = () =>
    void storeNewLeadCount().catch((error) =>
      console.warn('Planpoint Agent: new lead count not stored', error),
    );
  leadsSeenAt.watch(recount);
  recount();
}
