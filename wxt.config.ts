import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome builds MV3; Firefox builds MV3 too (gecko id + data-collection declaration below),
// so both browsers share one manifest shape and one background lifecycle model.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Planpoint Agent',
    description:
      'Find any Planpoint unit from the toolbar: search your projects and units, instant from cache.',
    // unlimitedStorage: a large developer's catalog (60,000 units) is bigger than the 10 MB
    // storage.local allows without it.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'contextMenus'],
    host_permissions: ['https://app.planpoint.io/*'],
    // "pp 1204 parkview" in the address bar.
    omnibox: { keyword: 'pp' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open Planpoint Agent',
      },
    },
    // A custom API base URL (staging, the local sandbox) is granted at run time from a click.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'planpoint-agent@planpoint-agent.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
