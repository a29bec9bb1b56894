import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome builds MV3; Firefox builds MV3 too (gecko id + data-collection declaration below),
// so both browsers share one manifest shape and one background lifecycle model.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  // The sources zip Firefox reviewers rebuild from: the project, not local test or bench output.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'bench/results/**'] },
  // The pages keep their <link rel="modulepreload"> tags but not Vite's polyfill for them: the
  // browsers the extension supports (Chromium, Firefox 140+) preload modules natively.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    // English and French (Planpoint's home market is Québec): locales/en.yml and fr.yml.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // unlimitedStorage: a large developer's catalog (60,000 units) is bigger than the 10 MB
    // storage.local allows without it.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'contextMenus'],
    host_permissions: ['https://app.planpoint.io/*'],
    // "pp 1204 parkview" in the address bar.
    omnibox: { keyword: 'pp' },
    // Alt+Shift+L ("look up"): Chromium reserves Alt+Shift+P and would assign no shortcut at all.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_openCommand__',
      },
    },
    // A custom API base URL (staging, the local sandbox) is granted at run time from a click.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Notifications for watched units and searches: asked for by the click that first stars one.
    optional_permissions: ['notifications'],
    // Chrome and Edge read an organisation's settings from enterprise policy, checked against this
    // schema (lib/managed-settings.ts); Firefox reads them from its policies.json and has no such key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'planpoint-agent@planpoint-agent.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
