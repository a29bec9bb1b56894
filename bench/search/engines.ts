// The engines compared on the same catalog and queries: ours, fuse.js, MiniSearch and a plain
// linear scan. Each is configured the way its documentation suggests for this kind of lookup, and
// each gets the same searchable fields per unit: number, project, city, group and enterprise
// names, model and type.

import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Catalog, Unit } from '../../lib/catalog/model';
import { fold } from '../../lib/search/fold';
import { buildSearchIndex } from '../../lib/search/index';
import { searchCatalog } from '../../lib/search/search';

export interface Engine {
  name: string;
  /** Unit ids, best first (at most `limit`), and how many matched in all. */
  search(query: string): { ids: string[]; total: number };
}

export interface EngineFactory {
  name: string;
  build(catalog: Catalog): Engine;
}

export const LIMIT = 50;

interface UnitDocument {
  id: string;
  number: string;
  project: string;
  city: string;
  groups: string;
  enterprises: string;
  model: string;
  type: string;
}

function unitDocuments(catalog: Catalog): UnitDocument[] {
  const groupNames = new Map<string, string[]>();
  for (const group of catalog.groups) {
    for (const id of group.projectIds)
      groupNames.set(id, [...(groupNames.get(id) ?? []), group.name]);
  }
  const enterpriseNames = new Map<string, string[]>();
  for (const enterprise of catalog.enterprises) {
    for (const id of enterprise.projectIds) {
      enterpriseNames.set(id, [...(enterpriseNames.get(id) ?? []), enterprise.name]);
    }
  }
  const projects = new Map(catalog.projects.map((project) => [project.id, project]));
  return catalog.units.map((unit: Unit) => {
    const project = projects.get(unit.projectId);
    return {
      id: unit.id,
      number: unit.number,
      project: project?.name ?? '',
      city: project?.city ?? '',
      groups: (groupNames.get(unit.projectId) ?? []).join(' '),
      enterprises: (enterpriseNames.get(unit.projectId) ?? []).join(' '),
      model: unit.model ?? '',
      type: unit.type ?? '',
    };
  });
}

const FIELDS = ['number', 'project', 'city', 'groups', 'enterprises', 'model', 'type'] as const;

export const ours: EngineFactory = {
  name: 'ours',
  build(catalog) {
    const index = buildSearchIndex(catalog);
    return {
      name: 'ours',
      search(query) {
        const result = searchCatalog(index, query, { limit: LIMIT });
        return { ids: result.units.map((unit) => unit.id), total: result.totalUnits };
      },
    };
  },
};

/** Fuse's token search (TF-IDF, every word must match), accents ignored. */
export const fuse: EngineFactory = {
  name: 'fuse.js',
  build(catalog) {
    const documents = unitDocuments(catalog);
    const engine = new Fuse(documents, {
      keys: [
        { name: 'number', weight: 3 },
        { name: 'project', weight: 2 },
        'city',
        'groups',
        'enterprises',
        'model',
        'type',
      ],
      ignoreDiacritics: true,
      ignoreLocation: true,
      threshold: 0.3,
      useTokenSearch: true,
      tokenMatch: 'all',
    });
    return {
      name: 'fuse.js',
      search(query) {
        if (query.trim() === '') return { ids: [], total: 0 };
        const results = engine.search(query);
        return { ids: results.slice(0, LIMIT).map((r) => r.item.id), total: results.length };
      },
    };
  },
};

/** MiniSearch with prefix and fuzzy matching, every word required, our accent folding. */
export const minisearch: EngineFactory = {
  name: 'minisearch',
  build(catalog) {
    const documents = unitDocuments(catalog);
    const engine = new MiniSearch<UnitDocument>({
      fields: [...FIELDS],
      idField: 'id',
      processTerm: (term) => fold(term),
      searchOptions: {
        prefix: true,
        fuzzy: 0.2,
        combineWith: 'AND',
        boost: { number: 3, project: 2 },
      },
    });
    engine.addAll(documents);
    return {
      name: 'minisearch',
      search(query) {
        const results = engine.search(query);
        return { ids: results.slice(0, LIMIT).map((r) => String(r.id)), total: results.length };
      },
    };
  },
};

/** The obvious baseline: every word must be in the unit's lowercased text. */
export const linear: EngineFactory = {
  name: 'linear scan',
  build(catalog) {
    const documents = unitDocuments(catalog);
    const texts = documents.map((d) =>
      FIELDS.map((field) => d[field])
        .join(' ')
        .toLowerCase(),
    );
    const ids = documents.map((d) => d.id);
    return {
      name: 'linear scan',
      search(query) {
        const words = query.toLowerCase().split(/\s+/).filter(Boolean);
        if (words.length === 0) return { ids: [], total: 0 };
        const found: string[] = [];
        let total = 0;
        for (let i = 0; i < texts.length; i++) {
          const text = texts[i] as string;
          if (words.every((word) => text.includes(word))) {
            if (found.length < LIMIT) found.push(ids[i] as string);
            total++;
          }
        }
        return { ids: found, total };
      },
    };
  },
};

export const ENGINES: EngineFactory[] = [ours, fuse, minisearch, linear];
