// The change switch: what a developer's team does between two syncs, in one step, so a test or
// the demo can watch the extension notice it over HTTP. In the account's first two projects
// (each unit change reported with its before and after):
// - units change availability: an available one goes on hold, one on hold is sold (else another
//   available one), and in the second project one is reserved and one sold;
// - one price goes down 5% and one up 3% (rounded to the thousand);
// - a unit is added on the first project's first floor, and its last unit is removed;
// - each project gets a new lead, dated now.
// The same data gives the same changes; switching again changes other units.
import type { SandboxStore } from './store';
import type { LeadDoc, UnitDoc, UnitStatus } from './types';

export interface ChangeSwitchReport {
  statusChanges: { unitId: string; number: string; from: UnitStatus; to: UnitStatus }[];
  priceChanges: { unitId: string; number: string; from: number; to: number }[];
  added: { unitId: string; number: string }[];
  removed: { unitId: string; number: string }[];
  leads: LeadDoc[];
}

function numberOf(doc: UnitDoc): string {
  return String(doc['unitNumber'] ?? doc['name'] ?? doc._id);
}

function salePrice(doc: UnitDoc): number | null {
  const price = doc['price'];
  const tbd = doc['unitPriceTBD'] === true;
  return typeof price === 'number' && price > 0 && !tbd && doc['rent'] === undefined ? price : null;
}

export function applyChangeSwitch(
  store: SandboxStore,
  accountId: string,
  now = Date.now(),
): ChangeSwitchReport {
  const report: ChangeSwitchReport = {
    statusChanges: [],
    priceChanges: [],
    added: [],
    removed: [],
    leads: [],
  };
  const projects = store.projectsOf(accountId).slice(0, 2);
  const touched = new Set<string>();
  const take = (units: UnitDoc[], status: UnitStatus, priced = false): UnitDoc | undefined =>
    units.find(
      (u) =>
        !touched.has(u._id) &&
        store.unitStatus(u._id) === status &&
        (!priced || salePrice(u) !== null),
    );
  const setStatus = (doc: UnitDoc | undefined, to: UnitStatus) => {
    if (!doc) return;
    const from = store.unitStatus(doc._id) as UnitStatus;
    touched.add(doc._id);
    store.setUnitStatus(doc._id, to);
    report.statusChanges.push({ unitId: doc._id, number: numberOf(doc), from, to });
  };
  const setPrice = (doc: UnitDoc | undefined, factor: number) => {
    const from = doc ? salePrice(doc) : null;
    if (!doc || from === null) return;
    const to = Math.round((from * factor) / 1000) * 1000;
    touched.add(doc._id);
    store.patchUnit(doc._id, { price: to });
    report.priceChanges.push({ unitId: doc._id, number: numberOf(doc), from, to });
  };

  projects.forEach((project, i) => {
    const units = store.unitsOf(project._id);
    if (i === 0) {
      const held = take(units, 'OnHold');
      setStatus(take(units, 'Available'), 'OnHold');
      setStatus(held ?? take(units, 'Available'), 'Sold');
      setPrice(take(units, 'Available', true), 0.95);
      setPrice(take(units, 'Available', true), 1.03);
      const last = units.filter((u) => !touched.has(u._id)).at(-1);
      if (last) {
        report.removed.push({ unitId: last._id, number: numberOf(last) });
        store.deleteUnit(last._id);
      }
      const floor = store.floorsOf(project._id)[0];
      if (floor) {
        const number = `N${store.unitsOf(project._id).length + 1}`;
        const doc = store.createUnit(floor._id, {
          unitNumber: number,
          status: 'Available',
          bed: 2,
          bath: 2,
          sqft: 900,
          price: 575_000,
        });
        report.added.push({ unitId: doc._id, number });
      }
    } else {
      setStatus(take(units, 'Available'), 'Reserved');
      setStatus(take(units, 'Available'), 'Sold');
    }
    report.leads.push(
      store.addLead(project._id, {
        name: `Switch Buyer ${i + 1}`,
        email: `switch.buyer${i + 1}@example.com`,
        phone: '+1 555 010 0000',
        message: 'Is this unit still available?',
        unit: units[0]?._id ?? '',
        createdAt: new Date(now).toISOString(),
      }),
    );
  });
  return report;
}
