import { defineConfig } from '@playwright/test';

/**
 * The desktop app itself, driven through Playwright's _electron (built first: `npm run build`).
 * Skips, saying why, on a machine without the Electron binary.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./skipReporter.ts']],
  outputDir: '../../test-results/electron',
});
