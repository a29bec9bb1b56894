// Buyers' enquiries from Planpoint's public viewer (GET /api/leads?pid=), as the popup lists
// them. Leads are personal data: kept in storage.local only, removed at sign-out with the rest of
// the account, and never written to a log.
import type { PlanpointClient } from '../planpoint/client';
import { text } from '../planpoint/coerce';
import { toPlanpointError } from '../planpoint/errors';
import type { WireLead } from '../planpoint/wire';
import { mapWithConcurrency } from './concurrency';

export interface Lead {
  id: string;
  projectId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  /** The unit the buyer asked about, by id; null when the enquiry named none. */
  unitId: string | null;
  /** Epoch ms; null when Planpoint sent no readable date. */
  createdAt: number | null;
}

export interface LeadsSnapshot {
  /** Newest first. */
  leads: Lead[];
  /** Epoch ms of the read. */
  readAt: number;
  /** Projects whose leads this token may not read (403) or that have none to list (404). */
  unreadable: string[];
}

export function normalizeLead(raw: WireLead, projectId: string, index: number): Lead {
  const created = Date.parse(text(raw.createdAt) ?? '');
  return {
    // The contract does not require an id on a lead: its place in the project's list stands in.
    id: text(raw._id) ?? `${projectId}#${index}`,
    projectId,
    name: text(raw.name),
    email: text(raw.email),
    phone: text(raw.phone),
    message: text(raw.message),
    unitId: text(raw.unit),
    createdAt: Number.isNaN(created) ? null : created,
  };
}

/** Newest first; a lead without a date last. */
export function newestFirst(leads: Lead[]): Lead[] {
  return [...leads].sort((a, b) => (b.createdAt ?? -Infinity) - (a.createdAt ?? -Infinity));
}

/** Leads are read two projects at a time, after the catalog: a sync's own requests go first. */
const LEAD_READS_IN_FLIGHT = 2;

/**
 * The leads of every project. A project answering 403 or 404 is noted and skipped; any other
 * failure (the server down, a rejected token) fails the read, and the previous leads are kept.
 */
export async function readLeads(
  client: Pick<PlanpointClient, 'listLeads'>,
  projectIds: string[],
  now = Date.now(),
): Promise<LeadsSnapshot> {
  const unreadable: string[] = [];
  const perProject = await mapWithConcurrency(projectIds, LEAD_READS_IN_FLIGHT, async (id) => {
    try {
      return (await client.listLeads(id)).map((raw, i) => normalizeLead(raw, id, i));
    } catch (error) {
      const failure = toPlanpointError(error);
      if (failure.kind !== 'forbidden' && failure.kind !== 'not-found') throw failure;
      unreadable.push(id);
      return [];
    }
  });
  return { leads: newestFirst(perProject.flat()), readAt: now, unreadable };
}

/** How many leads arrived after the agent last looked at them. */
export function newLeadCount(leads: readonly Lead[], seenAt: number | null): number {
  if (seenAt === null) return leads.length;
  return leads.filter((lead) => (lead.createdAt ?? 0) > seenAt).length;
}
