// Catalog builders for the search tests: hand-made units and projects with defaults, and a small
// seeded generator shaped like Planpoint data (floor-numbered units, PH/TH, French names, m²),
// drawing from the sandbox's own seeded random numbers.

import type { Availability, Catalog, Enterprise, Group, Project, Unit } from '@/lib/catalog/model';
import { mulberry32, pick as pickWith } from '../../sandbox/random';

export function project(id: string, name: string, extra: Partial<Project> = {}): Project {
  return {
    id,
    name,
    namespace: null,
    hostName: null,
    city: null,
    areaUnit: 'sqft',
    paused: false,
    groupIds: [],
    enterpriseIds: [],
    ...extra,
  };
}

export function unit(
  id: string,
  projectId: string,
  number: string,
  extra: Partial<Unit> = {},
): Unit {
  return {
    id,
    projectId,
    floorId: null,
    number,
    name: null,
    floorName: null,
    floorLevel: null,
    bedrooms: null,
    bedroomsLabel: null,
    bathrooms: null,
    area: null,
    price: null,
    priceTBD: false,
    rental: false,
    commercialSpace: false,
    status: 'available',
    statusLabel: 'Available',
    statusField: 'status',
    model: null,
    type: null,
    orientation: null,
    parking: null,
    deliveryDate: null,
    holdExpiresAt: null,
    description: null,
    images: [],
    layoutUrl: null,
    brochureUrl: null,
    additionalInfo: [],
    ...extra,
  };
}

export function catalog(
  projects: Project[],
  units: Unit[],
  groups: Group[] = [],
  enterprises: Enterprise[] = [],
): Catalog {
  return { projects, units, groups, enterprises, syncedAt: 0, failures: [] };
}

const STEMS = [
  'Parkview',
  'Harbour',
  'Élégance',
  'Rosemont',
  'Maple',
  'Le Carré',
  'Summit',
  'Les Jardins',
];
const SUFFIXES = ['Residences', 'Lofts', 'Tower', 'Gardens', 'sur le Parc', 'Phase 2', 'Condos'];
const CITIES = ['Toronto', 'Montréal', 'Québec City', 'Vancouver', 'Laval'];
const STATUSES: Availability[] = [
  'available',
  'available',
  'available',
  'on-hold',
  'reserved',
  'sold',
  'leased',
  'unavailable',
];

/** A deterministic catalog of `projects` x about `unitsPerProject` units. */
export function generateCatalog(seed: number, projects: number, unitsPerProject: number): Catalog {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => pickWith(random, items);
  const group: Group = {
    id: 'g1',
    name: 'Collection Québec',
    namespace: null,
    hostName: null,
    projectIds: [],
  };
  const enterprise: Enterprise = {
    id: 'e1',
    name: 'Groupe Horizon',
    namespace: null,
    hostName: null,
    groupIds: ['g1'],
    projectIds: [],
  };
  const allProjects: Project[] = [];
  const units: Unit[] = [];
  for (let p = 0; p < projects; p++) {
    const city = pick(CITIES);
    const id = `p${p}`;
    const french = city !== 'Toronto' && city !== 'Vancouver';
    if (french) group.projectIds.push(id);
    if (p % 5 === 0) enterprise.projectIds.push(id);
    allProjects.push(
      project(id, `${pick(STEMS)} ${pick(SUFFIXES)}`, {
        city,
        areaUnit: french && random() < 0.5 ? 'm2' : 'sqft',
      }),
    );
    const perFloor = 4 + Math.floor(random() * 6);
    const penthouses = random() < 0.6 ? 2 + Math.floor(random() * 3) : 0;
    const townhouses = random() < 0.3 ? 2 + Math.floor(random() * 3) : 0;
    const numbers: { number: string; level: number; floorName: string; name: string | null }[] = [];
    for (let n = 1; n <= townhouses; n++) {
      numbers.push({
        number: `TH-${n}`,
        level: 0,
        floorName: 'Townhouses',
        name: `Townhouse ${n}`,
      });
    }
    for (let k = 0; numbers.length < unitsPerProject - penthouses; k++) {
      const level = 1 + Math.floor(k / perFloor);
      const number = String(level * 100 + (k % perFloor) + 1);
      numbers.push({ number, level, floorName: `Level ${level}`, name: null });
    }
    const top = 2 + Math.floor(numbers.length / perFloor);
    const dash = random() < 0.5 ? 'PH-' : 'PH';
    for (let n = 1; n <= penthouses; n++) {
      numbers.push({ number: `${dash}${n}`, level: top, floorName: 'PH', name: `Penthouse ${n}` });
    }
    numbers.forEach((spot, i) => {
      const bedrooms = Math.floor(random() * 5);
      const den = bedrooms > 0 && random() < 0.2;
      const sqft = 450 + bedrooms * 300 + Math.floor(random() * 300);
      const areaUnit = allProjects[p]?.areaUnit;
      units.push(
        unit(`${id}u${i}`, id, spot.number, {
          name: spot.name,
          floorName: random() < 0.1 ? null : spot.floorName,
          floorLevel: random() < 0.1 ? null : spot.level,
          bedrooms: random() < 0.05 ? null : bedrooms,
          bedroomsLabel: bedrooms === 0 ? 'Studio' : den ? `${bedrooms}+1` : null,
          bathrooms: 1 + Math.floor(bedrooms / 2) + (random() < 0.3 ? 0.5 : 0),
          area: areaUnit === 'm2' ? Math.round(sqft / 10.7639) : sqft,
          price: random() < 0.05 ? null : 300_000 + Math.round(random() * 1500) * 1000,
          priceTBD: random() < 0.05,
          status: pick(STATUSES),
          model: `${'SABCDE'[bedrooms] ?? 'A'}${1 + Math.floor(random() * 3)}`,
          type: spot.name?.startsWith('Penthouse') ? 'Penthouse' : random() < 0.5 ? 'Condo' : null,
          // A few rentals (their price a monthly rent), drawn without moving the random sequence.
          rental: i % 37 === 5,
          commercialSpace: i % 41 === 7,
        }),
      );
    });
  }
  return catalog(allProjects, units, [group], [enterprise]);
}
