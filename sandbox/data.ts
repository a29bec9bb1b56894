// The deterministic demo dataset: two accounts, their projects (floors, units, commercial spaces,
// collections, leads), groups and one enterprise. Pure: the same options give the same data,
// ids included. Each project draws from its own seeded stream, so project 3 of a small dataset
// is project 3 of a large one too (same name, city and layout; only its unit count differs).

import { generateProjectContents } from './data-units';
import { GLOBAL_SCOPE, idSequence, objectId, seedTag } from './ids';
import {
  CITIES,
  CITY_WEIGHTS,
  DEMO_SHOWCASE,
  ENGLISH_NAME_STEMS,
  ENGLISH_NAME_SUFFIXES,
  FIRST_NAMES,
  FRENCH_NAME_STEMS,
  FRENCH_NAME_SUFFIXES,
  LAST_NAMES,
  OTHER_SHOWCASE,
  type ShowcaseProject,
} from './places';
import { slugify } from './slug';
import { chance, mixSeed, mulberry32, pick, pickWeighted, randomInt, type Rng } from './random';
import type {
  AccountRecord,
  Dataset,
  EnterpriseRecord,
  GroupRecord,
  LeadRecord,
  ProjectDoc,
  ProjectRef,
  UnitDoc,
} from './types';

export type { Dataset } from './types';

export interface DatasetOptions {
  seed: number;
  /** Projects of the demo account (accounts[0]). The second account always owns two more. */
  projects: number;
  unitsPerProject: number;
}

export const DATASET_LIMITS = { projects: 2000, unitsPerProject: 2000 } as const;

const DEMO_ACCOUNT = { email: 'demo@planpoint.test', password: 'demo1234', name: 'Demo Agent' };
const OTHER_ACCOUNT = { email: 'other@planpoint.test', password: 'other1234', name: 'Jordan Lee' };
/** Owns nothing; edits the second account's projects through its Westside Holdings group. */
const AGENT_ACCOUNT = { email: 'agent@planpoint.test', password: 'agent1234', name: 'Sam Rivera' };
/** Owns nothing; may only view the second account's projects, through the same group. */
const VIEWER_ACCOUNT = {
  email: 'viewer@planpoint.test',
  password: 'viewer1234',
  name: 'Ana Costa',
};
const DAY_MS = 86_400_000;

export function generateDataset(opts: DatasetOptions): Dataset {
  const { seed, projects, unitsPerProject } = opts;
  checkCount('seed', seed, 0xffffffff);
  checkCount('projects', projects, DATASET_LIMITS.projects);
  checkCount('unitsPerProject', unitsPerProject, DATASET_LIMITS.unitsPerProject);

  const tag = seedTag(seed);
  const nextGlobalId = idSequence(tag, GLOBAL_SCOPE);
  const demo = makeAccount(DEMO_ACCOUNT, nextGlobalId(), seed);
  const other = makeAccount(OTHER_ACCOUNT, nextGlobalId(), seed);

  const dataset: Dataset = {
    seed,
    accounts: [demo, other],
    projects: [],
    floors: [],
    units: [],
    groups: [],
    enterprises: [],
    leads: [],
  };
  const names = new NameRegistry();
  const owners: { account: AccountRecord; count: number; showcase: readonly ShowcaseProject[] }[] =
    [
      { account: demo, count: projects, showcase: DEMO_SHOWCASE },
      { account: other, count: OTHER_SHOWCASE.length, showcase: OTHER_SHOWCASE },
    ];
  let index = 0;
  for (const owner of owners) {
    for (let i = 0; i < owner.count; i++, index++) {
      const rng = mulberry32(mixSeed(seed, index));
      const nextId = idSequence(tag, index, 1);
      const nextModelId = idSequence(tag, index, 0x800000);
      const plan = owner.showcase[i] ?? inventProject(rng);
      const project = makeProject(
        rng,
        plan,
        names,
        objectId(tag, index, 0),
        owner.account.id,
        index,
      );
      const contents = generateProjectContents(
        {
          rng,
          nextId,
          nextModelId,
          projectId: project._id,
          namespace: project.namespace,
          city: CITIES[plan.city],
          areaUnit: project.areaUnit,
        },
        unitsPerProject,
      );
      if (plan.rental) {
        contents.units.forEach(({ doc }) => asRental(doc));
        // Rentals are not reserved: the project has no reserved colour and no reserved unit.
        delete project['colorReserved'];
      }
      project.commercialSpaces = contents.commercialSpaces;
      project.collections = contents.collections;
      dataset.projects.push(project);
      dataset.floors.push(...contents.floors);
      dataset.units.push(...contents.units);
      dataset.leads.push(
        ...makeLeads(
          rng,
          nextId,
          project,
          contents.units.map((u) => u.doc._id),
        ),
      );
    }
  }

  dataset.groups = makeGroups(dataset.projects, demo, other, nextGlobalId);
  dataset.enterprises = [makeEnterprise(dataset, demo, other, nextGlobalId)];
  // Made last, so that every id above stays what it was before this account existed.
  const agent = makeAccount(AGENT_ACCOUNT, nextGlobalId(), seed);
  const viewer = makeAccount(VIEWER_ACCOUNT, nextGlobalId(), seed);
  dataset.accounts.push(agent, viewer);
  for (const group of dataset.groups) {
    if (group.doc.user !== other.id) continue;
    group.editors = [agent.id];
    group.viewers = [viewer.id];
  }
  return dataset;
}

/**
 * A unit of a rental building, in the two ways accounts write one (the contract has no rent
 * field): a `rent` field instead of a price (SDK-vocabulary units), or the price per month with
 * the type "Rental" (viewer-docs units). The rent follows from the price the unit was made with; a
 * unit that would have been reserved is leased instead.
 */
function asRental(doc: UnitDoc): void {
  if (doc['status'] === 'Reserved') doc['status'] = 'Leased';
  if (doc['availability'] === 'Reserved') doc['availability'] = 'Leased';
  const price = typeof doc.price === 'number' && doc.price > 0 ? doc.price : null;
  const rent = price === null ? null : Math.round((price * 0.0045) / 25) * 25;
  if ('unitNumber' in doc) {
    delete doc['price'];
    if (rent !== null) doc['rent'] = rent;
  } else {
    doc['type'] = 'Rental';
    if (rent !== null) doc['price'] = rent;
  }
}

function checkCount(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be an integer from 0 to ${max}, got ${value}`);
  }
}

function makeAccount(
  base: { email: string; password: string; name: string },
  id: string,
  seed: number,
): AccountRecord {
  const rng = mulberry32(mixSeed(seed, Number.parseInt(id.slice(-6), 16), 0x70c3));
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signature = Buffer.from(Array.from({ length: 32 }, () => Math.floor(rng() * 256))).toString(
    'base64url',
  );
  const token = [
    encode({ alg: 'HS256', typ: 'JWT' }),
    encode({ sub: id, email: base.email, iat: 1_767_225_600 }),
    signature,
  ].join('.');
  return { id, ...base, token };
}

/** Keeps project names and namespace/hostName pairs unique; repeats become later phases. */
class NameRegistry {
  private readonly phases = new Map<string, number>();
  private readonly pairs = new Set<string>();

  claim(name: string, hostName: string): { name: string; namespace: string; hostName: string } {
    const phase = (this.phases.get(name) ?? 0) + 1;
    this.phases.set(name, phase);
    const namespace = slugify(name);
    let result =
      phase === 1
        ? { name, namespace, hostName }
        : { name: `${name} Phase ${phase}`, namespace, hostName: `phase-${phase}` };
    for (let n = 2; this.pairs.has(`${result.namespace}/${result.hostName}`); n++) {
      result = { ...result, hostName: `${hostName}-${n}` };
    }
    this.pairs.add(`${result.namespace}/${result.hostName}`);
    return result;
  }
}

function inventProject(rng: Rng): ShowcaseProject {
  const city = pickWeighted(rng, CITY_WEIGHTS);
  const french = CITIES[city].french;
  const name = french
    ? `${pick(rng, FRENCH_NAME_STEMS)}${chance(rng, 0.6) ? ` ${pick(rng, FRENCH_NAME_SUFFIXES)}` : ''}`
    : `${pick(rng, ENGLISH_NAME_STEMS)} ${pick(rng, ENGLISH_NAME_SUFFIXES)}`;
  const slug = slugify(name).replace(/-/g, '');
  const hostName = pickWeighted(rng, [
    [pick(rng, ['live', 'condos', 'vip', 'presale', 'sales', 'william', 'olivia', 'phase-1']), 4],
    [`${slug}.${CITIES[city].country === 'Canada' ? 'ca' : 'com'}`, 4],
    [pick(rng, ['horizon', 'northline', 'cresta', 'maison-prestige']), 2],
  ]);
  const areaUnit = french && chance(rng, 0.4) ? 'm2' : 'sqft';
  return { name, city, hostName, areaUnit };
}

function makeProject(
  rng: Rng,
  plan: ShowcaseProject,
  names: NameRegistry,
  id: string,
  owner: string,
  index: number,
): ProjectDoc {
  const city = CITIES[plan.city];
  const { name, namespace, hostName } = names.claim(plan.name, plan.hostName);
  const assets = `https://cdn.planpoint.example/${namespace}`;
  const accent = pick(rng, ['#0F766E', '#1D4ED8', '#B45309', '#7C3AED', '#BE123C', '#334155']);
  return {
    _id: id,
    name,
    namespace,
    hostName,
    user: owner,
    city: city.name,
    address: `${randomInt(rng, 10, 4999)} ${pick(rng, city.streets)}, ${city.name}, ${city.region}`,
    region: city.region,
    country: city.country,
    areaUnit: plan.areaUnit,
    projectType: 'Residential',
    status: pick(rng, ['Active', 'Active', 'Pre-construction', 'Under construction']),
    statusOverride: '',
    paused: false,
    createdAt: new Date(Date.UTC(2024, 2, 1) + index * 3 * DAY_MS).toISOString(),
    projectLang: city.french ? 'French' : 'English',
    styleNavigation: 'Style 1',
    showPrices: true,
    showAvailability: true,
    showBathrooms: true,
    showParking: chance(rng, 0.7),
    showOrientation: true,
    hideSold: chance(rng, 0.2),
    initialView: pick(rng, ['List', 'Floors']),
    logo: `${assets}/logo.png`,
    coverImage: `${assets}/cover.jpg`,
    colorBase: '#111827',
    colorAccent: accent,
    colorButton: accent,
    colorAvailable: '#16A34A',
    colorSold: '#DC2626',
    colorReserved: '#D97706',
    customButtonTxt: { en: 'Book a visit', fr: 'Réserver une visite' },
    internalURLs: {
      en: `https://${namespace}.example.com/en`,
      fr: `https://${namespace}.example.com/fr`,
    },
    websiteURL: `https://${namespace}.example.com`,
    customDomain: '',
    sharePageEnabled: true,
  };
}

function makeLeads(
  rng: Rng,
  nextId: () => string,
  project: ProjectDoc,
  unitIds: string[],
): LeadRecord[] {
  return Array.from({ length: randomInt(rng, 0, 4) }, () => {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const email = `${slugify(first)}.${slugify(last)}@example.com`;
    return {
      project: project._id,
      doc: {
        _id: nextId(),
        name: `${first} ${last}`,
        email,
        phone: `+1 555 ${String(randomInt(rng, 100, 999))} ${String(randomInt(rng, 1000, 9999))}`,
        message: pick(rng, [
          'Is this unit still available?',
          'Could I book a visit this weekend?',
          'What are the condo fees?',
          'Interested in a 2-bedroom with parking.',
        ]),
        unit: unitIds.length > 0 && chance(rng, 0.8) ? pick(rng, unitIds) : '',
        createdAt: new Date(
          Date.UTC(2026, 8, 1) + randomInt(rng, 0, 80) * DAY_MS + randomInt(rng, 8, 20) * 3_600_000,
        ).toISOString(),
      },
    };
  });
}

/** Alternates embedded and bare-id references, as groups serve both forms. */
function refs(projects: ProjectDoc[]): ProjectRef[] {
  return projects.map((p, i) => ({ id: p._id, embedded: i % 2 === 0 }));
}

function makeGroups(
  projects: ProjectDoc[],
  demo: AccountRecord,
  other: AccountRecord,
  nextId: () => string,
): GroupRecord[] {
  const own = (account: AccountRecord) => projects.filter((p) => p.user === account.id);
  const demoProjects = own(demo);
  const plans = [
    {
      name: 'Downtown Portfolio',
      user: demo,
      projects: demoProjects.filter((p) => p.region !== 'QC'),
    },
    {
      name: 'Collection Québec',
      user: demo,
      projects: demoProjects.filter((p) => p.region === 'QC'),
    },
    { name: 'Westside Holdings', user: other, projects: own(other) },
  ];
  return plans
    .filter((plan) => plan.projects.length > 0)
    .map((plan) => ({
      doc: {
        _id: nextId(),
        name: plan.name,
        namespace: slugify(plan.name),
        hostName: plan.user === demo ? 'horizon' : 'westside',
        type: 'group',
        propertyType: 'Residential',
        user: plan.user.id,
      },
      projects: refs(plan.projects),
    }));
}

function makeEnterprise(
  dataset: Dataset,
  demo: AccountRecord,
  other: AccountRecord,
  nextId: () => string,
): EnterpriseRecord {
  const demoProjects = dataset.projects.filter((p) => p.user === demo.id).slice(0, 4);
  const partner = dataset.projects.find((p) => p.user === other.id);
  return {
    doc: {
      _id: nextId(),
      name: 'Groupe Horizon',
      namespace: 'groupe-horizon',
      hostName: 'horizon',
      user: demo.id,
      enterpriseImageUrl: 'https://cdn.planpoint.example/groupe-horizon/logo.png',
    },
    groupIds: dataset.groups.filter((g) => g.doc.user === demo.id).map((g) => g.doc._id),
    // An enterprise also gathers projects of other accounts.
    projects: [...refs(demoProjects), ...(partner ? [{ id: partner._id, embedded: true }] : [])],
  };
}
