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

function projectFieldWords(catalog: Catalog): Map<string, Map<string, number>> {
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

/** Units grouped by project, projects and units each in display order. */
function orderUnits(catalog: Catalog): { projects: Project[]; groups: Unit[][] } {
  const projects = [...catalog.projects].sort(
    (a, b) => compareNatural(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  const position = new Map(projects.map((project, p) => [project.id, p]));
  const groups: Unit[][] = Array.from({ length: projects.length + 1 }, () => []);
  const numbers = new Set<string>();
  for (const unit of catalog.units) {
    (groups[position.get(unit.projectId) ?? projects.length] as Unit[]).push(unit);
    numbers.add(unit.number);
  }
  // Natural comparison is slow; rank the few distinct numbers once, then sort on integers.
  const rank = new Map([...numbers].sort(compareNatural).map((number, r) => [number, r] as const));
  for (const group of groups) {
    group.sort((a, b) => (rank.get(a.number) ?? 0) - (rank.get(b.number) ?? 0));
  }
  return { projects, groups };
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const { projects, groups } = orderUnits(catalog);
  const count = catalog.units.length;
  const units: Unit[] = new Array<Unit>(count);
  const projectStart = new Uint32Array(projects.length + 2);
  const unitProject = new Uint32Array(count);
  const facts = allocateUnitFacts(count);
  const unitWords = new VocabularyBuilder();
  const numbers = new VocabularyBuilder();
  const wordsOf = new Map<string, string[]>();
  const canonicalOf = new Map<string, string>();
  const cachedWords = (text: string) => {
    let words = wordsOf.get(text);
    if (words === undefined) wordsOf.set(text, (words = tokenize(text)));
    return words;
  };

  let at = 0;
  groups.forEach((group, p) => {
    projectStart[p] = at;
    const project = projects[p];
    for (const unit of group) {
      units[at] = unit;
      unitProject[at] = p;
      recordUnitFacts(facts, at, unit, project);
      let canonical = canonicalOf.get(unit.number);
      if (canonical === undefined)
        canonicalOf.set(unit.number, (canonical = canonicalUnitNumber(unit.number)));
      if (canonical !== '') numbers.add(canonical, at);
      for (const text of [unit.model, unit.type, unit.name]) {
        if (text !== null) for (const word of cachedWords(text)) unitWords.add(word, at);
      }
      at++;
    }
  });
  projectStart[groups.length] = at;

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
