import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startBuiltHost, stopHost } from './fixtures.ts';

/**
 * One file, one writer, in the browser host (issue 14): a second tab is told the workshop is open
 * elsewhere and may open it read-only; a reload of the facilitator's tab is the same tab, so it
 * gets its workshop back and the participant room it had open stays open.
 * SAMKART_SHOTS=<folder> also writes the screenshots a person looks at.
 */

const shots = process.env['SAMKART_SHOTS'];

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

async function openExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(page).toHaveTitle(/Værnesregionen/);
}

test('a second tab opening the same workshop is told it is open elsewhere, and can open it read-only', async ({ page, host, context }) => {
  await openExample(page);
  const second = await context.newPage();
  await second.goto(host.url);
  await second.getByRole('button', { name: 'Åpne …' }).click();
  await second.getByRole('dialog').getByRole('button', { name: /\.samkart$/ }).click();
  const notice = second.getByText(/er allerede åpen i en annen fane eller et annet vindu\. Du kan åpne den skrivebeskyttet her/);
  await expect(notice).toBeVisible();
  await shot(second, 'second-tab-open-elsewhere');
  await second.getByRole('button', { name: 'Åpne skrivebeskyttet' }).click();
  await expect(second).toHaveTitle(/Værnesregionen/);
  await expect(second.getByText(/er åpen et annet sted og vises her skrivebeskyttet/)).toBeVisible();
  await shot(second, 'second-tab-read-only');
  // The first tab still has the file for writing: its own tab was never told anything.
  await expect(page.getByText(/er allerede åpen/)).toHaveCount(0);
});

test('another Samkart process opening a held file is told who has it and since when, and can open it read-only', async ({ page, host, browser }) => {
  await openExample(page);
  // A second process on the same folder: as another machine on a shared drive.
  const other = await startBuiltHost(host.folder);
  const otherPage = await browser.newPage();
  try {
    await otherPage.goto(other.url);
    await otherPage.getByRole('button', { name: 'Åpne …' }).click();
    await otherPage.getByRole('dialog').getByRole('button', { name: /\.samkart$/ }).click();
    const notice = otherPage.getByText(/^Åpen hos .+ på .+ siden \d{2}[:.]\d{2}\. Bare én kan endre «.+\.samkart» om gangen\./);
    await expect(notice).toBeVisible();
    await shot(otherPage, 'held-by-another-process');
    if (shots) {
      await otherPage.setViewportSize({ width: 1366, height: 768 });
      await shot(otherPage, 'held-by-another-process-1366');
      await otherPage.setViewportSize({ width: 1920, height: 1080 });
    }
    await otherPage.getByRole('button', { name: 'Åpne skrivebeskyttet' }).click();
    await expect(otherPage).toHaveTitle(/Værnesregionen/);
    await expect(otherPage.getByText(/er åpen et annet sted og vises her skrivebeskyttet/)).toBeVisible();
  } finally {
    await otherPage.close();
    await stopHost(other);
  }
});

test('a reload of the facilitator\'s tab keeps its workshop and its open participant room', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Fasilitering' }).click();
  await page.getByRole('button', { name: 'Åpne for deltakere …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Åpne for deltakere' });
  await dialog.getByRole('combobox', { name: 'Nettverk' }).selectOption('127.0.0.1');
  await dialog.getByRole('button', { name: 'Åpne rommet' }).click();
  const address = page.locator('.room-address');
  await expect(address).toContainText('http://127.0.0.1:');
  const url = (await address.locator('span').textContent())!.trim();
  const clientId = await page.evaluate(() => sessionStorage.getItem('samkart.clientId'));

  await page.reload();
  await expect(page).toHaveTitle(/Værnesregionen/);
  // The same tab: the same client id, its workshop back without "open in another tab", the room still open.
  expect(await page.evaluate(() => sessionStorage.getItem('samkart.clientId'))).toBe(clientId);
  await expect(page.getByText(/er allerede åpen/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Fasilitering' }).click();
  await expect(page.locator('.room-address')).toContainText(url);
  expect((await page.request.get(url)).ok()).toBe(true);
  await shot(page, 'room-after-reload');
});
