// Rolled out by an organisation: the extension's settings come from enterprise policy, written
// where each browser really reads it on Linux (e2e/support/policies.ts), then taken away again.
// The settings page shows them as set by the organisation and the agent cannot change them; the
// agent still pastes their own token, and the extension works against the organisation's server.
import { attachOpenPages, launchExtension, type ExtensionApi } from './fixtures';
import { auditPage, describeFindings } from './support/axe';
import { showIn } from './support/color-scheme';
import { canWritePolicies, writeExtensionPolicy } from './support/policies';
import { SMALL_SANDBOX } from './support/sandbox';
import { availableListings } from './support/sandbox-units';
import { expect, test } from './support/test';
import { tokenHint } from './support/connect';
import { waitForText } from './support/wait';

declare const chrome: ExtensionApi;

test.use({ sandboxData: SMALL_SANDBOX });

test('settings from enterprise policy: applied, shown locked, and the agent only pastes a token', async ({
  extensionBrowser,
  sandbox,
}, testInfo) => {
  test.skip(
    !(await canWritePolicies(extensionBrowser)),
    'Writing browser policies needs root (CI runs as root)',
  );
  const parkview = sandbox.store.findProjectByName('Parkview Residences')!;
  const values = {
    apiBaseUrl: sandbox.url,
    namespace: parkview.namespace,
    hostName: parkview.hostName,
    badgeProjectId: parkview._id,
    hideEmailSignIn: true,
  };
  const policy = await writeExtensionPolicy(extensionBrowser, values);
  const session = await launchExtension(extensionBrowser).catch(async (error: unknown) => {
    await policy.restore();
    throw error;
  });
  try {
    const options = await session.openPage('options.html');
    // The browser read the policy: the extension's managed storage holds it.
    expect(await options.evaluate(() => chrome.storage.managed.get())).toEqual(values);
    await waitForText(options, 'Set by your organisation.');
    const field = (id: string) =>
      options.evaluate((fieldId) => {
        const input = document.getElementById(fieldId) as HTMLInputElement | null;
        return input ? { value: input.value, readOnly: input.readOnly } : null;
      }, id);
    expect(await field('base-url')).toEqual({ value: sandbox.url, readOnly: true });
    expect(await field('namespace')).toEqual({ value: parkview.namespace, readOnly: true });
    expect(await field('host-name')).toEqual({ value: parkview.hostName, readOnly: true });
    // Email sign-in hidden: the token is the way in, so Advanced is open and leads.
    expect(await field('email')).toBeNull();
    expect(
      await options.evaluate(() =>
        document.querySelector('details.advanced')?.hasAttribute('open'),
      ),
    ).toBe(true);
    // The locked fields pass the same WCAG 2.1 AA audit as every other screen, in both themes.
    for (const scheme of ['light', 'dark'] as const) {
      await showIn(options, scheme);
      expect(describeFindings(`managed settings, ${scheme}`, await auditPage(options))).toEqual([]);
    }

    // The agent pastes their token; the organisation's server checks it, and the catalog syncs.
    await options.fillByLabel('API token', sandbox.demoToken);
    await options.clickByRole('button', 'Save');
    await waitForText(options, `Saved. Token saved, ends in ${tokenHint(sandbox.demoToken)}`);
    const stored = () =>
      options.evaluate(() =>
        chrome.storage.local.get(['apiBaseUrl', 'viewerKey', 'badgeProjectId']),
      );
    expect(await stored()).toEqual({
      apiBaseUrl: sandbox.url,
      viewerKey: { namespace: parkview.namespace, hostName: parkview.hostName },
      badgeProjectId: parkview._id,
    });
    // The badge shows the organisation's project, and its choice cannot be changed here.
    await expect
      .poll(() => options.evaluate(() => chrome.action.getBadgeText({})), { timeout: 20_000 })
      .toBe(String(availableListings(sandbox, parkview.name)));
    await waitForText(options, 'Show available units of');
    expect(
      await options.evaluate(
        () => (document.getElementById('badge-project') as HTMLSelectElement | null)?.disabled,
      ),
    ).toBe(true);
  } catch (error) {
    await attachOpenPages(session, testInfo);
    throw error;
  } finally {
    await session.close();
    await policy.restore();
  }
});
