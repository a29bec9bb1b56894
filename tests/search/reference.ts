// The search rules written the plain way: every unit checked against every word and filter, then
// sorted. Slow, and easy to read against the rules; the tests hold the real search to it.

import type { Catalog, Unit } from '@/lib/catalog/model';
import { fold, tokenize } from '@/lib/search/fold';
import { parseQuery } from '@/lib/search/query';
import { allowedSlips, nearPrefix } from '@/lib/search/typo';
import { canonicalUnitNumber, compareNatural } from '@/lib/search/unit-number';

const SQFT_PER_M2 = 10.7639;
const TIER = { available: 0, 'on-hold': 1, reserved: 1 } as Record<string, number>;

export interface ReferenceResult {
  ids: string[];
  total: number;
  projects: string[];
}

export function referenceSearch(catalog: Catalog, raw: string, limit: number): ReferenceResult {
  const query = parseQuery(raw);
  const projects = [...catalog.projects].sort(
    (a, b) => compareNatural(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  if (query.words.length === 0 && query.filters.length === 0) {
    return { ids: [], total: 0, projects: projects.map((p) => p.id) };
  }
  const rank = new Map(projects.map((p, i) => [p.id, i]));
  const units = catalog.units
    .map((unit, i) => ({ unit, i }))
    .sort(
      (a, b) =>
        (rank.get(a.unit.projectId) ?? projects.length) -
          (rank.get(b.unit.projectId) ?? projects.length) ||
        compareNatural(a.unit.number, b.unit.number) ||
        a.i - b.i,
    )
    .map(({ unit }) => unit);

  const fieldWords = new Map<string, { name: string[]; other: string[] }>();
  for (const p of projects) {
    const groups = catalog.groups.filter(
      (g) => g.projectIds.includes(p.id) || p.groupIds.includes(g.id),
    );
    const enterprises = catalog.enterprises.filter(
      (e) => e.projectIds.includes(p.id) || p.enterpriseIds.includes(e.id),
    );
    fieldWords.set(p.id, {
      name: tokenize(p.name),
      other: [
        p.city ?? '',
        ...groups.map((g) => g.name),
        ...enterprises.map((e) => e.name),
      ].flatMap(tokenize),
    });
  }
  const unitWords = (u: Unit) =>
    [u.model, u.type, u.name, u.rental ? 'rental rent location locatif' : null].flatMap((t) =>
      t === null ? [] : tokenize(t),
    );
  const words = query.words.map(canonicalUnitNumber);

  const numberMatch = (number: string, word: string): number => {
    if (number === word) return 1;
    if (number.startsWith(word)) return 2;
    return word.length >= 2 && number.includes(word) ? 3 : 0;
  };
  const unitMatch = (u: Unit, word: string): number => {
    const how = numberMatch(canonicalUnitNumber(u.number), word);
    if (how !== 0) return how;
    return unitWords(u).some((t) => t.startsWith(word)) ? 4 : 0;
  };
  // A word that matches nothing anywhere may match project words with a slip.
  const fuzzy = words.map((word) => {
    const slips = allowedSlips(word.length);
    if (slips === 0 || /\d/.test(word)) return 0;
    const anyProject = [...fieldWords.values()].some((f) =>
      [...f.name, ...f.other].some((t) => t.startsWith(word)),
    );
    return anyProject || units.some((u) => unitMatch(u, word) !== 0) ? 0 : slips;
  });
  const fieldMatch = (projectId: string, w: number, inName: boolean): boolean => {
    const fields = fieldWords.get(projectId);
    if (fields === undefined) return false;
    const tokens = inName ? fields.name : [...fields.name, ...fields.other];
    const word = words[w] as string;
    const slips = fuzzy[w] as number;
    return tokens.some((t) => (slips > 0 ? nearPrefix(word, t, slips) : t.startsWith(word)));
  };
  /** How unit u matched word w on its own or joined with a neighbour: 0 when not at all. */
  const wordMatch = (u: Unit, w: number): number => {
    const number = canonicalUnitNumber(u.number);
    let best = unitMatch(u, words[w] as string);
    for (const joined of [`${words[w - 1]}${words[w]}`, `${words[w]}${words[w + 1]}`]) {
      if (joined.includes('undefined')) continue;
      const how = number === joined ? 1 : number.startsWith(joined) ? 2 : 0;
      if (how !== 0 && (best === 0 || how < best)) best = how;
    }
    return best;
  };

  const passes = filtersOf(query.filters);
  const areaUnit = new Map(catalog.projects.map((p) => [p.id, p.areaUnit]));
  const found: { unit: Unit; key: number; position: number }[] = [];
  units.forEach((u, position) => {
    if (!passes(u, areaUnit.get(u.projectId) === 'm2')) return;
    let best = 4;
    for (let w = 0; w < words.length; w++) {
      const how = wordMatch(u, w);
      if (how === 0 && !fieldMatch(u.projectId, w, false)) return;
      if (how !== 0 && how < best) best = how;
    }
    found.push({ unit: u, key: (best - 1) * 3 + (TIER[u.status] ?? 2), position });
  });
  found.sort((a, b) => a.key - b.key || a.position - b.position);
  // Within a rank, each project's first five units come before any project's further ones.
  const seenIn = new Map<string, number>();
  const later = new Set<(typeof found)[number]>();
  for (const f of found) {
    const key = `${f.key}|${f.unit.projectId}`;
    const count = (seenIn.get(key) ?? 0) + 1;
    seenIn.set(key, count);
    if (count > 5) later.add(f);
  }
  found.sort(
    (a, b) =>
      a.key - b.key || Number(later.has(a)) - Number(later.has(b)) || a.position - b.position,
  );

  const listed = projects
    .map((p, position) => {
      let named = 0;
      let inName = 0;
      for (let w = 0; w < words.length; w++) {
        if (fieldMatch(p.id, w, false)) {
          named++;
          if (fieldMatch(p.id, w, true)) inName++;
        } else if (!units.some((u) => u.projectId === p.id && wordMatch(u, w) !== 0)) {
          return null;
        }
      }
      return named > 0 ? { id: p.id, named, inName, position } : null;
    })
    .filter((p) => p !== null)
    .sort((a, b) => b.named - a.named || b.inName - a.inName || a.position - b.position);

  return {
    ids: found.slice(0, limit).map((f) => f.unit.id),
    total: found.length,
    projects: words.length === 0 ? [] : listed.slice(0, 10).map((p) => p.id),
  };
}

function filtersOf(filters: ReturnType<typeof parseQuery>['filters']) {
  const statuses = new Set(filters.flatMap((f) => (f.kind === 'status' ? f.values : [])));
  const bedrooms = filters.flatMap((f) => (f.kind === 'bedrooms' ? [f] : []));
  const bathrooms = Math.max(...filters.map((f) => (f.kind === 'bathrooms' ? f.min : -Infinity)));
  const prices = filters.flatMap((f) => (f.kind === 'price' ? [f] : []));
  const areas = filters.flatMap((f) => (f.kind === 'area' ? [f] : []));
  const floors = filters.flatMap((f) =>
    f.kind === 'floor' && f.value !== 'PH' ? [Number(f.value)] : [],
  );
  const penthouse = filters.some((f) => f.kind === 'floor' && f.value === 'PH');
  return (u: Unit, m2: boolean): boolean => {
    if (statuses.size > 0 && !statuses.has(u.status)) return false;
    if (bedrooms.length > 0) {
      if (u.bedrooms === null) return false;
      const rooms = Math.min(30, Math.floor(u.bedrooms));
      const wanted = bedrooms.filter((f) => f.value === rooms);
      if (wanted.length === 0) return false;
      const den = u.bedroomsLabel !== null && /\+|den|bureau/i.test(u.bedroomsLabel);
      if (wanted.some((f) => f.plusDen) && !den) return false;
    }
    if (bathrooms > -Infinity && !(u.bathrooms !== null && u.bathrooms >= bathrooms)) return false;
    const price = u.priceTBD || u.rental || u.price === null || u.price === 0 ? NaN : u.price;
    for (const f of prices) {
      if (!(price >= (f.min ?? -Infinity) && price <= (f.max ?? Infinity))) return false;
    }
    const area = u.area === null ? NaN : m2 ? u.area * SQFT_PER_M2 : u.area;
    for (const f of areas) {
      const factor = f.unit === 'm2' ? SQFT_PER_M2 : 1;
      const min = f.min === null ? -Infinity : f.min * factor;
      const max = f.max === null ? Infinity : f.max * factor;
      if (!(area >= min && area <= max)) return false;
    }
    if (floors.length > 0 || penthouse) {
      const floorName = fold(u.floorName ?? '');
      const level =
        u.floorLevel ?? (/\d+/.exec(floorName) ? Number(/\d+/.exec(floorName)?.[0]) : NaN);
      const isPenthouse =
        /^(ph|penthouse)/.test(floorName) || /^(ph|penthouse)/.test(fold(u.number));
      if (!floors.includes(level) && !(penthouse && isPenthouse)) return false;
    }
    return true;
  };
}
