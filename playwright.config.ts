import { defineConfig } from '@playwright/test';
import type { ExtensionTestOptions, ExtensionWorkerOptions } from './e2e/fixtures';

// Real-browser tests against the built extension (`npm run build` first). Both projects run the
// same specs; the fixture in e2e/fixtures drives Chromium through Playwright and Firefox through
// puppeteer-core over WebDriver BiDi. scripts/test.ts reads the JSON report.
export default defineConfig<ExtensionTestOptions, ExtensionWorkerOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  // Each test starts its own browser; two cores leave no room for a second one.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTimeout: 30 * 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT ?? 'test-results/e2e.json' }],
  ],
  projects: [
    { name: 'chromium', use: { extensionBrowser: 'chromium' } },
    { name: 'firefox', use: { extensionBrowser: 'firefox' } },
  ],
});
