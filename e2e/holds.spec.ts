// "My holds" in the real browsers: a unit put on hold from the popup joins the list with the time
// left on its hold, a private note and the agent's own date are kept on this device across
// popups, and a hold released from the popup leaves the list.
import { connect } from './support/connect';
import { openPopup, openResult, searchFor } from './support/popup';
import { SMALL_SANDBOX } from './support/sandbox';
import { availableUnitServedIn } from './support/sandbox-units';
import { storedValue, allStorage } from './support/storage';
import { expect, test } from './support/test';
import { poll, waitForText } from './support/wait';
import type { PageHandle } from './fixtures';

test.use({ sandboxData: SMALL_SANDBOX });

async function putOnHold(popup: PageHandle, unit: { number: string; project: string }) {
  await searchFor(popup, `${unit.number} ${unit.project}`, unit);
  await openResult(popup, unit);
  await popup.clickByRole('button', 'Put on hold');
  await waitForText(popup, `Mark unit ${unit.number} as On hold?`);
  await popup.clickByRole('button', 'Confirm');
  await waitForText(popup, 'Release');
  await popup.press('Escape'); // back to the results
  await popup.fillByLabel('Search units', ''); // the project list, where My holds is
  await waitForText(popup, 'My holds');
}

async function openHolds(popup: PageHandle): Promise<string[]> {
  await popup.clickByRole('button', 'My holds');
  await popup.waitFor(() => document.querySelector('.holds') !== null);
  return popup.evaluate(() =>
    [...document.querySelectorAll('.hold')].map((li) => (li as HTMLElement).innerText),
  );
}

test('my holds: the time left, a private note and an own date kept, a release removes it', async ({
  extension,
  sandbox,
}) => {
  const withEnd = availableUnitServedIn(sandbox, 'viewer');
  const withoutEnd = availableUnitServedIn(sandbox, 'sdk');
  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  await putOnHold(popup, withEnd);
  await putOnHold(popup, withoutEnd);

  // Planpoint's end first, counted down; the hold without one says so and offers a date.
  let holds = await openHolds(popup);
  expect(holds).toHaveLength(2);
  expect(holds[0]).toContain(`${withEnd.number} · ${withEnd.project}`);
  expect(holds[0]).toMatch(/Hold ends in 3 days \(/);
  expect(holds[1]).toContain(`${withoutEnd.number} · ${withoutEnd.project}`);
  expect(holds[1]).toContain('Planpoint gives this hold no end.');

  await popup.fillByLabel(`Private note on unit ${withEnd.number}`, 'for Sarah, 48 h');
  const inTwoDays = new Date(Date.now() + 2 * 24 * 3_600_000 + 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${inTwoDays.getFullYear()}-${pad(inTwoDays.getMonth() + 1)}-${pad(inTwoDays.getDate())}T${pad(inTwoDays.getHours())}:${pad(inTwoDays.getMinutes())}`;
  await popup.fillByLabel(`Remind me on (unit ${withoutEnd.number})`, local);
  await popup.waitFor(() => document.body.innerText.includes('Your date'));

  // Kept in storage.local only, and there in another popup.
  await poll('the note to be stored', async () =>
    JSON.stringify(await storedValue(popup, 'myHolds')).includes('for Sarah, 48 h'),
  );
  expect((await allStorage(popup)).sync).not.toContain('for Sarah');
  await popup.close();
  const again = await openPopup(extension);
  holds = await openHolds(again);
  // Soonest first: the agent's date in 2 days comes before Planpoint's 3.
  expect(holds[0]).toContain(`${withoutEnd.number} · ${withoutEnd.project}`);
  expect(holds[0]).toMatch(/Hold ends in 2 days \(.*\) · Your date/);
  expect(
    await again.evaluate(
      (id) => document.querySelector<HTMLInputElement>(`#hold-note-${id}`)?.value,
      withEnd.id,
    ),
  ).toBe('for Sarah, 48 h');

  // Released from its detail, opened from the list: it leaves My holds.
  await again.clickByRole('button', `${withEnd.number} · ${withEnd.project}`);
  await waitForText(again, 'Copy summary');
  await again.clickByRole('button', 'Release');
  await waitForText(again, `Mark unit ${withEnd.number} as Available?`);
  await again.clickByRole('button', 'Confirm');
  await poll('the sandbox to release the unit', () =>
    Promise.resolve(sandbox.store.unitStatus(withEnd.id) === 'Available'),
  );
  await again.press('Escape');
  await again.waitFor(() => document.querySelectorAll('.hold').length === 1);
  expect(await again.text('.hold-list')).toContain(withoutEnd.number);
  await poll('the released hold to be forgotten', async () => {
    const stored = (await storedValue(again, 'myHolds')) as Record<string, unknown>;
    return !(withEnd.id in stored) && withoutEnd.id in stored;
  });
});

/** Bedrooms as a count, the way units are compared for "similar": Studio 0, "2+1" 2. */
function bedroomCount(raw: unknown): number {
  const text = String(raw);
  return /studio/i.test(text) ? 0 : Number.parseInt(text, 10);
}

test("a held unit's detail: when its hold ends, and similar available units to offer", async ({
  extension,
  sandbox,
}) => {
  // A held unit with an end and a price, in a project with available units like it.
  const candidates = sandbox.store.projectsOf(sandbox.accounts[0]!.id).flatMap((project) => {
    const units = sandbox.store.unitsOf(project._id);
    return units
      .filter(
        (u) =>
          sandbox.store.unitStatus(u._id) === 'OnHold' &&
          typeof u.onHoldExpiresAt === 'string' &&
          typeof u.price === 'number' &&
          u.price > 0,
      )
      .map((held) => {
        const beds = bedroomCount(held.bed ?? held.bedrooms);
        const similar = units
          .filter(
            (u) =>
              u._id !== held._id &&
              sandbox.store.unitStatus(u._id) === 'Available' &&
              bedroomCount(u.bed ?? u.bedrooms) === beds,
          )
          .map((u) => ({
            number: String(u.unitNumber ?? u.name),
            gap:
              typeof u.price === 'number' && u.price > 0
                ? Math.abs(u.price - (held.price as number))
                : Number.MAX_VALUE,
          }))
          .sort((a, b) => a.gap - b.gap);
        return { project, held, similar };
      });
  });
  const pick = candidates.find((c) => c.similar.length > 0);
  expect(pick, 'a held unit with similar available units in the sandbox').toBeDefined();
  const { project, held, similar } = pick!;
  const number = String(held.unitNumber ?? held.name);

  await connect(extension, sandbox);
  const popup = await openPopup(extension);
  const row = { number, project: project.name };
  await searchFor(popup, `${number} ${project.name}`, row);
  await openResult(popup, row);

  const endsAt = Date.parse(held.onHoldExpiresAt as string);
  const line = await popup.text('.hold-end');
  const days = Math.round((endsAt - Date.now()) / (24 * 3_600_000));
  const hours = Math.round((endsAt - Date.now()) / 3_600_000);
  expect(line).toMatch(/^Hold ends in \d+ (days|hours) \(.+\)$/);
  expect(
    [`in ${days} days`, `in ${hours} hours`].some((part) => line.includes(part)),
    line,
  ).toBe(true);

  // Up to three, nearest price first: the same units as the sandbox's nearest (ties aside).
  const listed = await popup.evaluate(() =>
    [...document.querySelectorAll('.similar-list li button')].map((b) =>
      (b.textContent ?? '').replace(/^Unit /, ''),
    ),
  );
  const wanted = similar.slice(0, 3);
  expect(listed).toHaveLength(wanted.length);
  const gapOf = new Map(similar.map((s) => [s.number, s.gap]));
  const gaps = listed.map((n) => gapOf.get(n));
  expect(
    gaps.every((gap) => gap !== undefined),
    `listed ${listed.join(', ')}`,
  ).toBe(true);
  expect(gaps).toEqual([...gaps].sort((a, b) => a! - b!));
  expect(Math.max(...(gaps as number[]))).toBeLessThanOrEqual(wanted.at(-1)!.gap);

  // One opens its own detail.
  await popup.clickByRole('button', `Unit ${listed[0]}`);
  await waitForText(popup, `Unit ${listed[0]}`);
  await popup.waitFor(
    (n) => document.querySelector('h2')?.textContent?.includes(n) ?? false,
    listed[0],
  );
});
