// Address bar suggestions, the right-click lookup and the toolbar badge, on a real synced
// catalog from the sandbox (WXT's fake browser holds the storage).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planpointClient } from '../support/client';
import { useSandbox } from '../support/sandbox';
import { syncCatalog } from '@/lib/catalog/sync';
import type { Catalog } from '@/lib/catalog/model';
import { catalogSnapshot } from '@/lib/settings';
import { watchCatalogForCache } from '@/lib/background/catalog-cache';
import {
  MAX_SUGGESTIONS,
  describeUnit,
  escapeXml,
  pageForEntry,
  suggestUnits,
} from '@/lib/background/omnibox';
import { lookupQuery } from '@/lib/background/context-menu';
import { badgeFor } from '@/lib/background/badge';

const sandbox = useSandbox('quickLookup');
let catalog: Catalog;

beforeAll(async () => {
  catalog = await syncCatalog(planpointClient(sandbox), { viewerKey: null, previous: null });
});
beforeEach(async () => {
  fakeBrowser.reset();
  watchCatalogForCache();
  await catalogSnapshot.setValue(catalog);
});

describe('address bar', () => {
  it('suggests matching units from the cache, at most six, the exact number first', async () => {
    const target = catalog.units.find((u) => u.number === '204')!;
    const project = catalog.projects.find((p) => p.id === target.projectId)!;
    const suggestions = await suggestUnits(`204 ${project.name}`, true);
    expect(suggestions[0]?.content).toBe(`unit:${target.id}`);
    expect(suggestions[0]?.description).toContain('204');
    const broad = await suggestUnits('available', false);
    expect(broad).toHaveLength(MAX_SUGGESTIONS);
  });

  it('sees a new catalog once it is stored', async () => {
    await catalogSnapshot.setValue({ ...catalog, units: [] });
    expect(await suggestUnits('204', true)).toEqual([]);
  });

  it('escapes descriptions for Chrome and leaves them plain for Firefox', () => {
    const unit = { ...catalog.units[0]!, number: '<b>7 & 8</b>' };
    expect(describeUnit(unit, catalog.projects[0], true)).toContain('&lt;b&gt;7 &amp; 8&lt;/b&gt;');
    expect(describeUnit(unit, catalog.projects[0], false)).toContain('<b>7 & 8</b>');
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });

  it('opens a picked unit, or the results for typed text', () => {
    expect(pageForEntry('unit:abc123')).toBe('popup.html?unit=abc123');
    expect(pageForEntry(' 2bd under 600k ')).toBe('popup.html?q=2bd%20under%20600k');
  });
});

describe('right-click lookup', () => {
  it('tidies the selection into a query, and ignores an empty one', () => {
    expect(lookupQuery('  Unit\n 1204 ')).toBe('Unit 1204');
    expect(lookupQuery('x'.repeat(500))).toHaveLength(100);
    expect(lookupQuery('   ')).toBeNull();
    expect(lookupQuery(undefined)).toBeNull();
  });
});

describe('toolbar badge', () => {
  it('counts available units of the pinned project', () => {
    const project = catalog.projects[0]!;
    const expected = catalog.units.filter(
      (u) => u.projectId === project.id && u.status === 'available',
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(badgeFor(catalog, null, project.id)).toMatchObject({ text: String(expected) });
  });

  it('is empty without a pinned project, and "!" when the token was rejected', () => {
    expect(badgeFor(catalog, null, null).text).toBe('');
    const rejected = {
      running: false,
      startedAt: 1,
      done: 0,
      total: 0,
      lastSuccessAt: null,
      lastError: {
        kind: 'unauthorized' as const,
        message: 'Planpoint rejected your API token.',
        at: 1,
      },
    };
    expect(badgeFor(catalog, rejected, catalog.projects[0]!.id)).toMatchObject({ text: '!' });
    expect(badgeFor(catalog, rejected, null, 3)).toMatchObject({ text: '!' });
  });

  it('counts unseen leads when the agent asked for them, over the pinned project', () => {
    const pinned = catalog.projects[0]!.id;
    expect(badgeFor(catalog, null, pinned, 3)).toMatchObject({
      text: '3',
      title: 'Planpoint Agent: 3 new leads',
    });
    // None left to see: the pinned project's count comes back.
    expect(badgeFor(catalog, null, pinned, 0).text).toBe(badgeFor(catalog, null, pinned).text);
  });
});
