// The background's request handlers, with WXT's fake browser for storage and the real sandbox
// over HTTP for Planpoint.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ownListingCount, useSandbox } from '../support/sandbox';
import { handlers } from '@/lib/background/handlers';
import { route } from '@/lib/background/router';
import { runSync } from '@/lib/background/sync-runner';
import { storedErrorText } from '@/lib/error-text';
import {
  ACCOUNT_VALUES,
  accountInfo,
  apiBaseUrl,
  apiToken,
  catalogSnapshot,
  changeLog,
  syncState,
  viewerKey,
  viewOnlyProjects,
  leadsSeenAt,
  myHolds,
  watched,
} from '@/lib/settings';

const sandbox = useSandbox('background');

beforeEach(() => {
  fakeBrowser.reset();
});

const noKey = { namespace: '', hostName: '' };

async function saveDemoToken() {
  const answer = await handlers.saveSettings({
    token: sandbox.demoToken,
    baseUrl: sandbox.url,
    ...noKey,
  });
  await runSync();
  return answer;
}

describe('saveSettings', () => {
  it('checks a good token, stores it, reports the account, and syncs', async () => {
    const answer = await handlers.saveSettings({
      token: `Bearer ${sandbox.demoToken}`,
      baseUrl: `${sandbox.url}/`,
      ...noKey,
    });
    expect(answer).toMatchObject({ ok: true, account: { projectCount: 4 } });
    if (!answer.ok) return;
    expect(answer.account.tokenHint).toBe(`…${sandbox.demoToken.slice(-4)}`);
    expect(JSON.stringify(answer)).not.toContain(sandbox.demoToken);
    expect(await apiToken.getValue()).toBe(sandbox.demoToken);
    expect(await apiBaseUrl.getValue()).toBe(sandbox.url);
    await runSync();
    const catalog = await catalogSnapshot.getValue();
    expect(catalog?.projects).toHaveLength(4);
    expect(catalog?.units).toHaveLength(ownListingCount(sandbox));
    expect(await syncState.getValue()).toMatchObject({ running: false, lastError: null });
  });

  it('refuses a rejected token and keeps the previous one', async () => {
    await saveDemoToken();
    const answer = await handlers.saveSettings({
      token: 'wrong-token',
      baseUrl: sandbox.url,
      ...noKey,
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/rejected/i);
    expect(answer.error.message).not.toContain('wrong-token');
    expect(await apiToken.getValue()).toBe(sandbox.demoToken);
    expect((await catalogSnapshot.getValue())?.units).toHaveLength(ownListingCount(sandbox));
  });

  it('explains an unreachable base URL and changes nothing', async () => {
    await saveDemoToken();
    const answer = await handlers.saveSettings({
      token: sandbox.accounts[1]!.token,
      baseUrl: 'http://127.0.0.1:1',
      ...noKey,
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'network' } });
    if (answer.ok) return;
    expect(answer.error.message).toContain('127.0.0.1:1');
    expect(await apiToken.getValue()).toBe(sandbox.demoToken);
    expect(await apiBaseUrl.getValue()).toBe(sandbox.url);
  });

  it('rejects a base URL that is not a web address', async () => {
    const answer = await handlers.saveSettings({
      token: 'x',
      baseUrl: 'ftp://example.com',
      ...noKey,
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'settings' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/https:\/\//);
  });

  it('asks for a token when none is saved or pasted', async () => {
    const answer = await handlers.saveSettings({ token: '  ', baseUrl: sandbox.url, ...noKey });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: 'Paste your Planpoint API token first.' },
    });
  });

  it('keeps the saved token when the field is left empty, and updates the viewer key', async () => {
    await saveDemoToken();
    const answer = await handlers.saveSettings({
      token: '',
      baseUrl: sandbox.url,
      namespace: 'parkview-residences',
      hostName: 'william',
    });
    expect(answer.ok).toBe(true);
    expect(await apiToken.getValue()).toBe(sandbox.demoToken);
    expect(await viewerKey.getValue()).toEqual({
      namespace: 'parkview-residences',
      hostName: 'william',
    });
  });

  it('says which viewer key matched nothing, and requires both halves', async () => {
    const unknown = await handlers.saveSettings({
      token: sandbox.demoToken,
      baseUrl: sandbox.url,
      namespace: 'nobody',
      hostName: 'nowhere',
    });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    if (!unknown.ok) expect(unknown.error.message).toContain('"nobody"');
    expect(await apiToken.getValue()).toBeNull();
    const half = await handlers.saveSettings({
      token: sandbox.demoToken,
      baseUrl: sandbox.url,
      namespace: 'parkview-residences',
      hostName: '',
    });
    expect(half).toMatchObject({ ok: false, error: { kind: 'settings' } });
  });

  it('clears another account’s catalog when the token changes', async () => {
    await saveDemoToken();
    await handlers.saveSettings({
      token: sandbox.accounts[1]!.token,
      baseUrl: sandbox.url,
      ...noKey,
    });
    await runSync();
    const catalog = await catalogSnapshot.getValue();
    const own = sandbox.store.projectsOf(sandbox.accounts[1]!.id).map((p) => p._id);
    expect(catalog?.projects.map((p) => p.id).sort()).toEqual(own.sort());
  });
});

describe('signIn', () => {
  it('stores only the returned token, never the password', async () => {
    const { email, password, token } = sandbox.accounts[0]!;
    const answer = await handlers.signIn({ email, password, baseUrl: sandbox.url });
    expect(answer).toMatchObject({ ok: true, account: { email } });
    expect(await apiToken.getValue()).toBe(token);
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).not.toContain(password);
    await runSync();
  });

  it('says the credentials were not accepted', async () => {
    const answer = await handlers.signIn({
      email: sandbox.accounts[0]!.email,
      password: 'nope',
      baseUrl: sandbox.url,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: 'Planpoint did not accept that email and password.' },
    });
    expect(await apiToken.getValue()).toBeNull();
  });
});

describe('refresh and failures', () => {
  it('keeps the catalog and the token when the server fails, and records the sentence', async () => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    sandbox.faults.status = 500;
    await handlers.refresh({});
    await runSync();
    expect(await catalogSnapshot.getValue()).toEqual(before);
    expect(await apiToken.getValue()).toBe(sandbox.demoToken);
    const state = await syncState.getValue();
    expect(state?.running).toBe(false);
    expect(state?.lastError?.kind).toBe('server');
    expect(storedErrorText(state!.lastError!)).toMatch(/Planpoint/);
  });

  it('does not refresh a fresh catalog when asked only if stale', async () => {
    await saveDemoToken();
    expect(await handlers.refresh({ ifOlderThanMs: 60_000 })).toEqual({ ok: true, started: false });
    expect(await handlers.refresh({ ifOlderThanMs: 0 })).toEqual({ ok: true, started: true });
    await runSync();
  });

  it('shows a change made on the server after a refresh', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units.find((u) => u.status === 'available')!;
    sandbox.store.setUnitStatus(unit.id, 'Sold');
    await handlers.refresh({});
    await runSync();
    const after = (await catalogSnapshot.getValue())!.units.find((u) => u.id === unit.id);
    expect(after?.status).toBe('sold');
  });
});

describe('signOut and settings view', () => {
  it('never returns the token; sign out forgets token, account and catalog', async () => {
    await saveDemoToken();
    const view = await handlers.getSettings({});
    expect(view).toMatchObject({ ok: true, settings: { hasToken: true, baseUrl: sandbox.url } });
    expect(JSON.stringify(view)).not.toContain(sandbox.demoToken);
    await handlers.signOut({});
    expect(await apiToken.getValue()).toBeNull();
    expect(await accountInfo.getValue()).toBeNull();
    expect(await catalogSnapshot.getValue()).toBeNull();
    expect(await handlers.getSettings({})).toMatchObject({ settings: { hasToken: false } });
  });

  it('sign out leaves no value that belongs to the account, and nothing undeclared', async () => {
    await saveDemoToken();
    await runSync();
    await viewOnlyProjects.setValue(['a-project-that-refused-a-write']);
    await leadsSeenAt.setValue(Date.now());
    await watched.setValue({ units: [], searches: ['2bd under 600k'] });
    const available = (await catalogSnapshot.getValue())!.units.find(
      (u) => u.status === 'available',
    )!;
    await handlers.setUnitStatus({ unitId: available.id, status: 'on-hold' });
    // A second sync compares two catalogs: the change log is written.
    await runSync();
    // Unset, a value reads as its fallback (null, or [] for a list); the catalog as null.
    const unset = (value: object) => ('fallback' in value ? value.fallback : null);
    for (const [name, value] of Object.entries(ACCOUNT_VALUES)) {
      expect(await value.getValue(), `${name} before sign-out`).not.toEqual(unset(value));
    }
    await handlers.signOut({});
    for (const [name, value] of Object.entries(ACCOUNT_VALUES)) {
      expect(await value.getValue(), `${name} after sign-out`).toEqual(unset(value));
    }
    // Whatever stays is a setting of this browser, not of the account: a new stored value must
    // be declared in ACCOUNT_VALUES or added here on purpose.
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    expect(left).toEqual(['apiBaseUrl']);
  });
});

describe('routing a message', () => {
  it("answers only the protocol's own request names", () => {
    expect(route({ type: 'toString', payload: {} })).toBeUndefined();
    expect(route({ type: 'constructor', payload: {} })).toBeUndefined();
    expect(route({ payload: {} })).toBeUndefined();
    expect(route('getSettings')).toBeUndefined();
  });

  it('refuses a payload of the wrong shape with a sentence, before any handler runs', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units[0]!;
    const answer = await route({
      type: 'setUnitStatus',
      payload: { unitId: unit.id, status: 'leased' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'internal', message: expect.stringContaining('setUnitStatus') },
    });
    expect(await route({ type: 'refresh', payload: { ifOlderThanMs: 'soon' } })).toMatchObject({
      ok: false,
    });
    expect(await route({ type: 'getSettings', payload: {} })).toMatchObject({ ok: true });
  });
});

describe('setUnitStatus', () => {
  it('puts a unit on hold through the API and updates the catalog', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units.find((u) => u.status === 'available')!;
    const answer = await handlers.setUnitStatus({ unitId: unit.id, status: 'on-hold' });
    expect(answer).toMatchObject({ ok: true, unit: { id: unit.id, status: 'on-hold' } });
    expect(sandbox.store.unitStatus(unit.id)).toBe('OnHold');
    const stored = (await catalogSnapshot.getValue())!.units.find((u) => u.id === unit.id);
    expect(stored?.status).toBe('on-hold');
    expect(stored?.floorName).toBe(unit.floorName);
  });

  it("keeps the agent's own holds: a hold joins My holds, a later status from here leaves it", async () => {
    await saveDemoToken();
    const [first, second] = (await catalogSnapshot.getValue())!.units.filter(
      (u) => u.status === 'available',
    );
    await handlers.setUnitStatus({ unitId: first!.id, status: 'on-hold' });
    await handlers.bulkUpdate({ unitIds: [second!.id], change: { status: 'on-hold' } });
    expect(Object.keys(await myHolds.getValue()).sort()).toEqual([first!.id, second!.id].sort());
    await handlers.setUnitStatus({ unitId: first!.id, status: 'sold' });
    expect(Object.keys(await myHolds.getValue())).toEqual([second!.id]);
  });

  it('forgets a hold at the next sync once Planpoint no longer has the unit on hold', async () => {
    await saveDemoToken();
    const [kept, released] = (await catalogSnapshot.getValue())!.units.filter(
      (u) => u.status === 'available',
    );
    for (const unit of [kept!, released!]) {
      await handlers.setUnitStatus({ unitId: unit.id, status: 'on-hold' });
    }
    await myHolds.setValue({
      ...(await myHolds.getValue()),
      [kept!.id]: { ...(await myHolds.getValue())[kept!.id]!, note: 'for Sarah, 48 h' },
    });
    // Someone else releases one in Planpoint's dashboard.
    sandbox.store.setUnitStatus(released!.id, 'Available');
    await runSync();
    const holds = await myHolds.getValue();
    expect(Object.keys(holds)).toEqual([kept!.id]);
    expect(holds[kept!.id]?.note).toBe('for Sarah, 48 h');
  });

  it('logs a change made from here, once: the next sync does not count it again', async () => {
    await saveDemoToken();
    await runSync(); // a first catalog to compare with is there: the log starts now
    const unit = (await catalogSnapshot.getValue())!.units.find((u) => u.status === 'available')!;
    await handlers.setUnitStatus({ unitId: unit.id, status: 'sold' });
    const logged = () =>
      changeLog
        .getValue()
        .then((log) => (log?.syncs ?? []).flatMap((s) => s.changes))
        .then((changes) => changes.filter((c) => c.unitId === unit.id));
    expect(await logged()).toEqual([
      expect.objectContaining({ kind: 'status', from: 'available', to: 'sold' }),
    ]);
    const head = await catalogSnapshot.getValue();
    expect(head?.recentChanges?.[unit.projectId]).toMatchObject({ sold: 1 });
    await runSync();
    expect(await logged()).toHaveLength(1);
  });

  it('explains a refusal and leaves the catalog as it was', async () => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    const unit = before!.units[0]!;
    sandbox.faults.status = 403;
    sandbox.faults.pathPrefix = '/api/units/';
    const answer = await handlers.setUnitStatus({ unitId: unit.id, status: 'sold' });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: 'You are not allowed to change units in this project.' },
    });
    expect(await catalogSnapshot.getValue()).toEqual(before);
  });
});

describe('editUnit', () => {
  it('sends only what changed, in the unit’s own vocabulary, and stores what Planpoint kept', async () => {
    await saveDemoToken();
    const units = (await catalogSnapshot.getValue())!.units;
    for (const vocabulary of ['sdk', 'viewer'] as const) {
      const unit = units.find((u) => sandbox.store.unitVocabulary(u.id) === vocabulary)!;
      const otherFloor = units.find(
        (u) => u.projectId === unit.projectId && u.floorId !== unit.floorId,
      )!;
      const edits = {
        number: `${unit.number}-B`,
        bedrooms: 3,
        price: 712000,
        floorId: otherFloor.floorId!,
        description: 'Corner, two balconies',
      };
      const written = { ...sandbox.store.getUnit(unit.id)! };
      const answer = await handlers.editUnit({ unitId: unit.id, edits });
      expect(answer).toMatchObject({
        ok: true,
        unit: { ...edits, floorName: otherFloor.floorName, id: unit.id },
      });
      const doc = sandbox.store.getUnit(unit.id)!;
      expect(doc.floor).toBe(otherFloor.floorId);
      // A count the document wrote as text ("2", "Studio") goes back as text.
      if (vocabulary === 'sdk') expect(doc.bed).toBe(3);
      else expect(doc.bedrooms).toBe(typeof written.bedrooms === 'string' ? '3' : 3);
      expect(vocabulary === 'sdk' ? doc.unitNumber : doc.name).toBe(`${unit.number}-B`);
      const stored = (await catalogSnapshot.getValue())!.units.find((u) => u.id === unit.id);
      expect(stored).toMatchObject({ ...edits, floorName: otherFloor.floorName });
    }
  });

  it('a 400 from Planpoint shows its message and leaves the catalog as it was', async () => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    const unit = before!.units[0]!;
    const answer = await handlers.editUnit({
      unitId: unit.id,
      edits: { floorId: '0123456789abcdef01234567' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'bad-request', message: expect.stringContaining('existing floor') },
    });
    expect(await catalogSnapshot.getValue()).toEqual(before);
  });

  it.each([
    [403, 'forbidden'],
    [500, 'server'],
  ] as const)('a %i on the PATCH changes nothing stored', async (status, kind) => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    const unit = before!.units[0]!;
    Object.assign(sandbox.faults, { status, pathPrefix: '/api/units/', methods: ['PATCH'] });
    const answer = await handlers.editUnit({ unitId: unit.id, edits: { price: 1 } });
    expect(answer).toMatchObject({ ok: false, error: { kind } });
    expect(await catalogSnapshot.getValue()).toEqual(before);
    expect(await viewOnlyProjects.getValue()).toEqual(status === 403 ? [unit.projectId] : []);
  });

  it('a lost answer says the change may have been saved', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units[1]!;
    Object.assign(sandbox.faults, {
      dropConnection: true,
      pathPrefix: '/api/units/',
      methods: ['PATCH'],
    });
    const answer = await handlers.editUnit({ unitId: unit.id, edits: { price: 1 } });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'unconfirmed', message: expect.stringMatching(/did not confirm the change/) },
    });
  });
});

describe('createUnit', () => {
  it('adds a unit on a floor the project has, in the vocabulary most of its units use', async () => {
    await saveDemoToken();
    const sibling = (await catalogSnapshot.getValue())!.units[0]!;
    const siblings = sandbox.store.unitsOf(sibling.projectId);
    const viewer = siblings.filter((u) => sandbox.store.unitVocabulary(u._id) === 'viewer').length;
    const answer = await handlers.createUnit({
      projectId: sibling.projectId,
      floor: { id: sibling.floorId! },
      fields: { number: 'N-1', bedrooms: 2, price: 455000, status: 'on-hold' },
    });
    expect(answer).toMatchObject({
      ok: true,
      unit: { number: 'N-1', floorName: sibling.floorName, status: 'on-hold' },
    });
    const id = answer.ok ? answer.unit.id : '';
    expect(sandbox.store.unitVocabulary(id)).toBe(
      viewer > siblings.length - viewer ? 'viewer' : 'sdk',
    );
    expect(sandbox.store.getUnit(id)).toMatchObject({ floor: sibling.floorId, price: 455000 });
    const stored = (await catalogSnapshot.getValue())!.units.find((u) => u.id === id);
    expect(stored).toMatchObject({ projectId: sibling.projectId, bedrooms: 2 });
  });

  it('creates a new floor first when the unit goes on one', async () => {
    await saveDemoToken();
    const project = (await catalogSnapshot.getValue())!.projects[0]!;
    const answer = await handlers.createUnit({
      projectId: project.id,
      floor: { name: 'Rooftop' },
      fields: { number: 'R1' },
    });
    expect(answer).toMatchObject({ ok: true, unit: { number: 'R1', floorName: 'Rooftop' } });
    const floorId = answer.ok ? answer.unit.floorId : null;
    expect(sandbox.store.floorsOf(project.id).map((f) => [f._id, f.name])).toContainEqual([
      floorId,
      'Rooftop',
    ]);
  });

  it.each([
    [403, 'forbidden'],
    [500, 'server'],
  ] as const)('a %i adds nothing to the catalog', async (status, kind) => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    const unit = before!.units[0]!;
    Object.assign(sandbox.faults, { status, pathPrefix: '/api/units', methods: ['POST'] });
    const answer = await handlers.createUnit({
      projectId: unit.projectId,
      floor: { id: unit.floorId! },
      fields: { number: 'X1' },
    });
    expect(answer).toMatchObject({ ok: false, error: { kind } });
    expect(await catalogSnapshot.getValue()).toEqual(before);
    expect(await viewOnlyProjects.getValue()).toEqual(status === 403 ? [unit.projectId] : []);
  });

  it('a lost answer says the unit may have been created', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units[0]!;
    Object.assign(sandbox.faults, {
      dropConnection: true,
      pathPrefix: '/api/units',
      methods: ['POST'],
    });
    const answer = await handlers.createUnit({
      projectId: unit.projectId,
      floor: { id: unit.floorId! },
      fields: { number: 'X2' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        kind: 'unconfirmed',
        message: expect.stringMatching(/did not confirm that unit X2 was created/),
      },
    });
  });
});

describe('project writes', () => {
  const fields = { name: 'Maple Court', namespace: '', hostName: '' };

  it('creates a project, which joins the catalog at once', async () => {
    await saveDemoToken();
    const answer = await handlers.createProject({ fields: { ...fields, areaUnit: 'm2' } });
    expect(answer).toMatchObject({ ok: true, project: { name: 'Maple Court', areaUnit: 'm2' } });
    const id = answer.ok ? answer.project.id : '';
    expect(sandbox.store.getProject(id)).toMatchObject({ name: 'Maple Court', areaUnit: 'm2' });
    const projects = (await catalogSnapshot.getValue())!.projects;
    expect(projects.find((p) => p.id === id)).toMatchObject({ name: 'Maple Court' });
  });

  it('renames a project and changes its viewer key, sending only what changed', async () => {
    await saveDemoToken();
    const project = (await catalogSnapshot.getValue())!.projects[0]!;
    const answer = await handlers.updateProject({
      projectId: project.id,
      fields: { name: `${project.name} II`, namespace: '', hostName: 'phase2' },
    });
    expect(answer).toMatchObject({ ok: true, project: { name: `${project.name} II` } });
    expect(sandbox.store.getProject(project.id)).toMatchObject({
      name: `${project.name} II`,
      namespace: project.namespace,
      hostName: 'phase2',
    });
    const stored = (await catalogSnapshot.getValue())!.projects.find((p) => p.id === project.id);
    expect(stored).toMatchObject({ name: `${project.name} II`, groupIds: project.groupIds });
  });

  it('deletes a project, and its units leave the catalog with it', async () => {
    await saveDemoToken();
    const project = (await catalogSnapshot.getValue())!.projects[1]!;
    expect(await handlers.deleteProject({ projectId: project.id })).toEqual({ ok: true });
    expect(sandbox.store.getProject(project.id)).toBeUndefined();
    const after = (await catalogSnapshot.getValue())!;
    expect(after.projects.some((p) => p.id === project.id)).toBe(false);
    expect(after.units.some((u) => u.projectId === project.id)).toBe(false);
    expect(after.units.length).toBeGreaterThan(0);
  });

  it('a server that does not offer creating or deleting projects says so, and nothing changes', async () => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    sandbox.shape.projectWritesNotOffered = true;
    expect(await handlers.createProject({ fields: { ...fields, areaUnit: 'sqft' } })).toEqual({
      ok: false,
      error: {
        kind: 'settings',
        message: 'This Planpoint server does not offer creating projects. Nothing was changed.',
      },
    });
    const project = before!.projects[0]!;
    expect(await handlers.deleteProject({ projectId: project.id })).toMatchObject({
      ok: false,
      error: {
        message: 'This Planpoint server does not offer deleting projects. Nothing was changed.',
      },
    });
    expect(await catalogSnapshot.getValue()).toEqual(before);
    expect(sandbox.store.getProject(project.id)).toBeDefined();
  });

  it('a 403 to a project change keeps its name and turns the project view-only', async () => {
    await saveDemoToken();
    const project = (await catalogSnapshot.getValue())!.projects[0]!;
    Object.assign(sandbox.faults, {
      status: 403,
      pathPrefix: '/api/projects/',
      methods: ['PATCH'],
    });
    const answer = await handlers.updateProject({
      projectId: project.id,
      fields: { ...fields, name: 'Renamed' },
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await viewOnlyProjects.getValue()).toEqual([project.id]);
    expect(sandbox.store.getProject(project.id)?.name).toBe(project.name);
  });
});

describe('bulkUpdate', () => {
  it('sets the status of units of both vocabularies, each batch in its own field', async () => {
    await saveDemoToken();
    const units = (await catalogSnapshot.getValue())!.units.slice(0, 8);
    expect(new Set(units.map((u) => sandbox.store.unitVocabulary(u.id))).size).toBe(2);
    const answer = await handlers.bulkUpdate({
      unitIds: units.map((u) => u.id),
      change: { status: 'sold' },
    });
    expect(answer).toEqual({ ok: true, changed: 8, failed: [] });
    for (const u of units) expect(sandbox.store.unitStatus(u.id)).toBe('Sold');
    const stored = (await catalogSnapshot.getValue())!.units.slice(0, 8);
    expect(stored.map((u) => u.status)).toEqual(Array(8).fill('sold'));
  });

  it('changes prices by a percentage, naming a unit without a price', async () => {
    await saveDemoToken();
    const units = (await catalogSnapshot.getValue())!.units.filter((u) => u.price).slice(0, 3);
    const answer = await handlers.bulkUpdate({
      unitIds: units.map((u) => u.id),
      change: { price: { percent: 10 } },
    });
    expect(answer).toEqual({ ok: true, changed: 3, failed: [] });
    for (const u of units) {
      expect(sandbox.store.getUnit(u.id)?.price).toBe(Math.round(u.price! * 110) / 100);
    }
  });

  it('a refused batch names each of its units with the reason and changes nothing stored', async () => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    const units = before!.units.slice(0, 2);
    Object.assign(sandbox.faults, { status: 500, pathPrefix: '/api/units', methods: ['PATCH'] });
    const answer = await handlers.bulkUpdate({
      unitIds: units.map((u) => u.id),
      change: { price: { to: 1 } },
    });
    expect(answer).toMatchObject({
      ok: true,
      changed: 0,
      failed: units.map((u) => ({
        unitId: u.id,
        number: u.number,
        reason: expect.stringMatching(/Planpoint had a problem on its side/),
      })),
    });
    expect(await catalogSnapshot.getValue()).toEqual(before);
  });
});

describe('deleteUnit', () => {
  it('deletes the unit on Planpoint and drops it from the catalog at once', async () => {
    await saveDemoToken();
    const before = (await catalogSnapshot.getValue())!;
    const unit = before.units[3]!;
    expect(await handlers.deleteUnit({ unitId: unit.id })).toEqual({ ok: true });
    expect(sandbox.store.getUnit(unit.id)).toBeUndefined();
    const after = (await catalogSnapshot.getValue())!;
    expect(after.units.map((u) => u.id)).toEqual(
      before.units.filter((u) => u.id !== unit.id).map((u) => u.id),
    );
  });

  it.each([
    [403, 'forbidden', /^You are not allowed to change units in this project\.$/],
    [500, 'server', /Planpoint had a problem on its side/],
  ] as const)('a %i leaves the unit and the catalog as they were', async (status, kind, text) => {
    await saveDemoToken();
    const before = await catalogSnapshot.getValue();
    const unit = before!.units[0]!;
    Object.assign(sandbox.faults, { status, pathPrefix: '/api/units/' });
    const answer = await handlers.deleteUnit({ unitId: unit.id });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind, message: expect.stringMatching(text) },
    });
    expect(await catalogSnapshot.getValue()).toEqual(before);
    expect(sandbox.store.getUnit(unit.id)).toBeDefined();
    // Only a 403 marks the project view-only, until the next sign-in.
    expect(await viewOnlyProjects.getValue()).toEqual(status === 403 ? [unit.projectId] : []);
    await saveDemoToken();
    expect(await viewOnlyProjects.getValue()).toEqual([]);
  });

  it('a lost answer says the deletion may have happened, and refreshes the catalog', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units[1]!;
    Object.assign(sandbox.faults, { dropConnection: true, pathPrefix: '/api/units/' });
    const answer = await handlers.deleteUnit({ unitId: unit.id });
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'unconfirmed', message: expect.stringMatching(/did not confirm that unit/) },
    });
  });

  it('a unit Planpoint no longer has leaves the catalog too', async () => {
    await saveDemoToken();
    const unit = (await catalogSnapshot.getValue())!.units[2]!;
    sandbox.store.deleteUnit(unit.id);
    expect(await handlers.deleteUnit({ unitId: unit.id })).toEqual({ ok: true });
    expect((await catalogSnapshot.getValue())!.units.some((u) => u.id === unit.id)).toBe(false);
  });
});

describe('runSync', () => {
  it('a refresh asked for while the last sync still reads leads is a new sync, not that one', async () => {
    await saveDemoToken();
    const stored = (await syncState.getValue())?.lastSuccessAt;
    // Leads answer slowly: the next sync stores its catalog, then waits on them.
    Object.assign(sandbox.faults, { latencyMs: 600, pathPrefix: '/api/leads' });
    const first = runSync();
    await vi.waitFor(
      async () => expect((await syncState.getValue())?.lastSuccessAt).not.toBe(stored),
      { timeout: 10_000, interval: 20 },
    );
    // Planpoint changes after that catalog was read; the agent presses Refresh.
    const [project] = sandbox.store.projectsOf(sandbox.accounts[0]!.id);
    const [unit] = sandbox.store.unitsOf(project!._id);
    sandbox.store.patchUnit(unit!._id, { price: 123_456 });
    await runSync();
    await first;
    const refreshed = (await catalogSnapshot.getValue())?.units.find((u) => u.id === unit!._id);
    expect(refreshed?.price).toBe(123_456);
  });
});
