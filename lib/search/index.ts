// Builds the search index once per catalog snapshot. Everything a keystroke needs is prepared
// here: units in display order, folded words per project (most query words name a project, so
// projects are matched first and only their units are visited), canonical unit numbers, and
// typed arrays of the values filters compare.

import type { Catalog, Project, Unit } from '../catalog/model';
import { tokenize } from './fold';
import { buildNumberIndex, type NumberIndex } from './number-index';
import { summarizeProjects, type ProjectFacts } from './project-facts';
import { allocateUnitFacts, recordUnitFacts, type UnitFacts } from './unit-facts';
import { canonicalUnitNumber, compareNatural } from './unit-number';
import { VocabularyBuilder, type Vocabulary } from './vocabulary';

const RENTAL_WORDS = 'rental rent location locatif';

/** Where a project word was found: postings in projectWords are `project << 4 | field bits`. */
export const FIELD_NAME = 1;
export const FIELD_CITY = 2;
export const FIELD_GROUP = 4;
export const FIELD_ENTERPRISE = 8;
export const FIELD_BITS = 4;

export interface SearchIndex {
  /** Projects in display order: natural order of their names. */
  projects: Project[];
  /** Units in display order: by project as above, then unit number in natural order. */
  units: Unit[];
  /**
   * Units of projects[p] are units[projectStart[p] .. projectStart[p + 1]). One extra range at the
   * end holds units whose project is not in the catalog.
   */
  projectStart: Uint32Array;
  /** Project position of each unit (projects.length for the extra range). */
  unitProject: Uint32Array;
  /** Words of project names, cities, group and enterprise names. */
  projectWords: Vocabulary;
  /** Words of unit models, types and display names; postings are unit positions. */
  unitWords: Vocabulary;
  /** Canonical unit numbers; postings are unit positions. */
  numbers: NumberIndex;
  facts: UnitFacts;
  /** Per project (and the extra range): the spread of its units' facts. */
  projectFacts: ProjectFacts;
}

/** Per project id, the words its name, city, groups and enterprises give it, with their fields. */
export function projectFieldWords(catalog: Catalog): Map<string, Map<string, number>> {
  const byProject = new Map<string, Map<string, number>>();
  const add = (projectId: string, text: string | null, field: number) => {
    if (text === null) return;
    let words = byProject.get(projectId);
    if (words === undefined) byProject.set(projectId, (words = new Map()));
    for (const word of tokenize(text)) words.set(word, (words.get(word) ?? 0) | field);
  };
  for (const project of catalog.projects) {
    add(project.id, project.name, FIELD_NAME);
    add(project.id, project.city, FIELD_CITY);
  }
  const groupNames = new Map(catalog.groups.map((group) => [group.id, group.name]));
  for (const group of catalog.groups) {
    for (const projectId of group.projectIds) add(projectId, group.name, FIELD_GROUP);
  }
  for (const project of catalog.projects) {
    for (const groupId of project.groupIds)
      add(project.id, groupNames.get(groupId) ?? null, FIELD_GROUP);
  }
  const enterpriseNames = new Map(catalog.enterprises.map((e) => [e.id, e.name]));
  for (const enterprise of catalog.enterprises) {
    for (const projectId of enterprise.projectIds)
      add(projectId, enterprise.name, FIELD_ENTERPRISE);
  }
  for (const project of catalog.projects) {
    for (const id of project.enterpriseIds) {
      add(project.id, enterpriseNames.get(id) ?? null, FIELD_ENTERPRISE);
    }
  }
  return byProject;
}

/** Projects in display order, and the catalog's units as positions in display order. */
function displayOrder(catalog: Catalog): {
  projects: Project[];
  order: Uint32Array;
  ranges: Uint32Array;
} {
  const projects = [...catalog.projects].sort(
    (a, b) => compareNatural(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  const position = new Map(projects.map((project, p) => [project.id, p]));
  // Natural comparison is slow: rank the few distinct numbers once, then sort plain numbers.
  const distinct = [...new Set(catalog.units.map((unit) => unit.number))].sort(compareNatural);
  const rank = new Map(distinct.map((number, r) => [number, r]));
  const count = catalog.units.length;
  const keys = new Float64Array(count);
  const ranges = new Uint32Array(projects.length + 2);
  catalog.units.forEach((unit, i) => {
    const p = position.get(unit.projectId) ?? projects.length;
    ranges[p + 1] = (ranges[p + 1] as number) + 1;
    // Project, then number rank, then catalog position: exact in a double up to 2^53.
    keys[i] = (p * distinct.length + (rank.get(unit.number) ?? 0)) * count + i;
  });
  for (let p = 1; p < ranges.length; p++)
    ranges[p] = (ranges[p] as number) + (ranges[p - 1] as number);
  keys.sort();
  return { projects, order: Uint32Array.from(keys, (key) => key % count), ranges };
}

/**
 * True when the index would give both units the same words and number (the loop below reads
 * these fields): the same unit before and after a sync is then found by the same words, and only
 * its facts (unit-facts.ts) can change what a search finds. Keep it in step with that loop.
 */
export function sameUnitWords(a: Unit, b: Unit): boolean {
  return (
    a.projectId === b.projectId &&
    a.number === b.number &&
    a.model === b.model &&
    a.type === b.type &&
    a.name === b.name &&
    a.rental === b.rental &&
    (a.status === 'unknown') === (b.status === 'unknown') &&
    (a.status !== 'unknown' || a.statusLabel === b.statusLabel)
  );
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const { projects, order, ranges } = displayOrder(catalog);
  const count = catalog.units.length;
  const units: Unit[] = new Array<Unit>(count);
  const unitProject = new Uint32Array(count);
  const facts = allocateUnitFacts(count);
  const unitWords = new VocabularyBuilder();
  const numbers = new VocabularyBuilder();
  const wordsOf = new Map<string, string[]>();
  const canonicalOf = new Map<string, string>();
  const addWords = (text: string | null, at: number) => {
    if (text === null) return;
    let words = wordsOf.get(text);
    if (words === undefined) wordsOf.set(text, (words = tokenize(text)));
    for (const word of words) unitWords.add(word, at);
  };

  // The unit fields read for words here are the ones sameUnitWords compares.
  for (let p = 0; p + 1 < ranges.length; p++) {
    const project = projects[p];
    for (let at = ranges[p] as number; at < (ranges[p + 1] as number); at++) {
      const unit = catalog.units[order[at] as number] as Unit;
      units[at] = unit;
      unitProject[at] = p;
      recordUnitFacts(facts, at, unit, project);
      let canonical = canonicalOf.get(unit.number);
      if (canonical === undefined) {
        canonicalOf.set(unit.number, (canonical = canonicalUnitNumber(unit.number)));
      }
      if (canonical !== '') numbers.add(canonical, at);
      addWords(unit.model, at);
      addWords(unit.type, at);
      addWords(unit.name, at);
      // "rental", "rent" (and French "location") find the units whose price is a monthly rent.
      if (unit.rental) addWords(RENTAL_WORDS, at);
      // A status Planpoint sent in words of its own ("Model suite") is found by those words.
      if (unit.status === 'unknown') addWords(unit.statusLabel, at);
    }
  }
  const projectStart = ranges;

  const projectWords = new VocabularyBuilder();
  const fieldWords = projectFieldWords(catalog);
  projects.forEach((project, p) => {
    for (const [word, fields] of fieldWords.get(project.id) ?? []) {
      projectWords.add(word, (p << FIELD_BITS) | fields);
    }
  });

  return {
    projects,
    units,
    projectStart,
    unitProject,
    projectWords: projectWords.build(),
    unitWords: unitWords.build(),
    numbers: buildNumberIndex(numbers.build()),
    facts,
    projectFacts: summarizeProjects(facts, projectStart),
  };
}
