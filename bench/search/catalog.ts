// The sandbox's demo dataset turned into a Catalog the way the extension would see it: every
// document goes through the same normalisation as API responses.

import type { Catalog, Unit } from '../../lib/catalog/model';
import {
  normalizeEnterprise,
  normalizeGroup,
  normalizeProject,
  normalizeProjectUnits,
} from '../../lib/planpoint/normalize';
import type { WireRef } from '../../lib/planpoint/wire';
import { generateDataset, type Dataset } from '../../sandbox/data';

function wireRefs(refs: { id: string; embedded: boolean }[]): WireRef[] {
  return refs.map((ref) => (ref.embedded ? { _id: ref.id } : ref.id));
}

/** Map.groupBy is Node 21+; the toolchain is Node 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

export function catalogFromDataset(dataset: Dataset): Catalog {
  const groups = dataset.groups.map((g) =>
    normalizeGroup({ ...g.doc, projects: wireRefs(g.projects) }),
  );
  const enterprises = dataset.enterprises.map((e) =>
    normalizeEnterprise({ ...e.doc, groups: e.groupIds, projects: wireRefs(e.projects) }),
  );
  const floorsOf = groupBy(dataset.floors, (floor) => floor.project);
  const floorProject = new Map(dataset.floors.map((floor) => [floor._id, floor.project]));
  const unitsOf = groupBy(dataset.units, (unit) => floorProject.get(unit.doc.floor) ?? '');
  const projects = dataset.projects.map((doc) =>
    normalizeProject(doc, {
      groupIds: groups.filter((g) => g.projectIds.includes(doc._id)).map((g) => g.id),
      enterpriseIds: enterprises.filter((e) => e.projectIds.includes(doc._id)).map((e) => e.id),
    }),
  );
  const units: Unit[] = dataset.projects.flatMap((doc) =>
    normalizeProjectUnits(
      doc._id,
      floorsOf.get(doc._id) ?? [],
      (unitsOf.get(doc._id) ?? []).map((unit) => unit.doc),
    ),
  );
  return { projects, groups, enterprises, units, syncedAt: 0, failures: [] };
}

export function demoCatalog(projects: number, unitsPerProject: number): Catalog {
  return catalogFromDataset(generateDataset({ seed: 1, projects, unitsPerProject }));
}
