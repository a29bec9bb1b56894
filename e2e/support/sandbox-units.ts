// Units as the sandbox holds them right now, picked and worded the way the popup words them:
// expected values come from here, not from the interface under test.
import type { UnitStatus } from '../../sandbox/types';
import type { Sandbox } from './sandbox';

/** A sandbox unit the way a test picks one: its id, number and project. */
export interface PickedUnit {
  id: string;
  number: string;
  projectName: string;
}

/** Units of a demo project whose status (as the sandbox serves it) is `status`. */
export function unitsWithStatus(
  sandbox: Sandbox,
  projectName: string,
  status: 'Available' | 'OnHold' | 'Sold',
): PickedUnit[] {
  const project = sandbox.store.findProjectByName(projectName);
  if (!project) throw new Error(`No sandbox project named ${projectName}`);
  return sandbox.store
    .unitsOf(project._id)
    .filter((unit) => sandbox.store.unitStatus(unit._id) === status)
    .map((unit) => ({
      id: unit._id,
      number: String(unit.unitNumber ?? unit.name),
      projectName: project.name,
    }));
}

/** How many units and commercial spaces of a demo project are available: the badge's count. */
export function availableListings(sandbox: Sandbox, projectName: string): number {
  const project = sandbox.store.findProjectByName(projectName);
  if (!project) throw new Error(`No sandbox project named ${projectName}`);
  const spaces = sandbox.store
    .commercialSpacesOf(project._id)
    .filter((space) => space['status'] === 'Available');
  return unitsWithStatus(sandbox, projectName, 'Available').length + spaces.length;
}

const STATUS_WORDS: Record<UnitStatus, string> = {
  Available: 'Available',
  OnHold: 'On hold',
  Sold: 'Sold',
  Leased: 'Leased',
  Unavailable: 'Unavailable',
  Reserved: 'Reserved',
};

export interface SandboxUnitFacts {
  id: string;
  projectId: string;
  /** "Level 3" */
  floor: string;
  /** "$630,000", or "Price TBD" */
  price: string;
  /** As the popup words it: "Available", "On hold"… */
  status: string;
  /** "Studio", "2 bd" */
  bedrooms: string;
  /** "2 ba", "2.5 ba" */
  bathrooms: string;
  /** "880 sq ft", "82 m²", in the project's unit */
  area: string;
  /** https://app.planpoint.io/{namespace}/{hostName} */
  viewerUrl: string;
}

/**
 * A unit of `projectName` by its number, in the words the popup uses, whichever vocabulary
 * (SDK or viewer docs) the sandbox serves it in.
 */
export function sandboxUnit(
  sandbox: Sandbox,
  projectName: string,
  number: string,
): SandboxUnitFacts {
  const project = sandbox.store.findProjectByName(projectName);
  if (!project) throw new Error(`No sandbox project named ${projectName}`);
  const doc = sandbox.store
    .unitsOf(project._id)
    .find((u) => String(u.unitNumber ?? u.name) === number);
  if (!doc) throw new Error(`No unit ${number} in ${projectName}`);
  const status = sandbox.store.unitStatus(doc._id);
  if (!status) throw new Error(`Unit ${number} of ${projectName} has no status`);
  // The popup writes Price TBD for a price of 0 too ("on request").
  const tbd = doc.unitPriceTBD === true || typeof doc.price !== 'number' || doc.price === 0;
  return {
    id: doc._id,
    projectId: project._id,
    floor: sandbox.store.getFloor(doc.floor)?.name ?? '',
    price: tbd ? 'Price TBD' : `$${(doc.price as number).toLocaleString('en-US')}`,
    status: STATUS_WORDS[status],
    bedrooms: bedroomsWord(doc.bed ?? doc.bedrooms),
    bathrooms: `${String(doc.bath ?? doc.bathrooms)} ba`,
    area: `${Math.round(Number(doc.sqft ?? doc.squareFeet)).toLocaleString('en-US')} ${
      project.areaUnit === 'm2' ? 'm²' : 'sq ft'
    }`,
    viewerUrl: `https://app.planpoint.io/${project.namespace}/${project.hostName}`,
  };
}

/** Bedrooms as the popup writes them: SDK units count them, viewer units write "Studio", "2+1". */
function bedroomsWord(raw: unknown): string {
  const text = String(raw).replace(/\s+/g, '');
  if (text === '0' || /^studio$/i.test(text)) return 'Studio';
  if (/^\d+(\+\d+)?$/.test(text)) return `${text} bd`;
  throw new Error(`Unexpected bedrooms in the sandbox: ${String(raw)}`);
}

/**
 * The first available unit of the demo account served in `vocabulary`: a hold put on a viewer
 * docs unit gets an end from Planpoint, one on a contract (SDK) unit does not.
 */
export function availableUnitServedIn(
  sandbox: Sandbox,
  vocabulary: 'viewer' | 'sdk',
): { id: string; number: string; project: string } {
  for (const project of sandbox.store.projectsOf(sandbox.accounts[0]!.id)) {
    const doc = sandbox.store
      .unitsOf(project._id)
      .find(
        (u) =>
          sandbox.store.unitStatus(u._id) === 'Available' &&
          sandbox.store.unitVocabulary(u._id) === vocabulary,
      );
    if (doc) {
      return { id: doc._id, number: String(doc.unitNumber ?? doc.name), project: project.name };
    }
  }
  throw new Error(`No available ${vocabulary} unit in the sandbox`);
}
