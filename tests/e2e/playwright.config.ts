import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';

const executablePath = chromiumPath();

/** End-to-end tests: the real renderer in Chromium against the loopback browser host (built first). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    viewport: { width: 1920, height: 1080 },
    locale: 'nb-NO',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
