import { rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { startBuiltHost, stopHost, type RunningHost } from '../helpers/host.ts';

/** Each test gets a fresh host with empty folders, and a page on its home screen. */
export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  host: async ({}, use) => {
    const host = await startBuiltHost();
    await use(host);
    await stopHost(host);
    rmSync(host.folder, { recursive: true, force: true });
    rmSync(host.profile, { recursive: true, force: true });
  },
  page: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: 'Nytt verksted' })).toBeVisible();
    await use(page);
  },
});

export { expect, startBuiltHost, stopHost, type RunningHost };
