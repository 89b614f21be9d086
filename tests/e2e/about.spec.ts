import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

const shots = '/tmp/i13-shots';

test('Om Samkart tells the version, file format, settings folder and every licence, in both languages', async ({ page, host }) => {
  mkdirSync(shots, { recursive: true });
  await page.getByRole('button', { name: 'Om Samkart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Om Samkart' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^Samkart \d+\.\d+\.\d+$/)).toBeVisible();
  await expect(dialog.getByText(/^versjon \d+$/)).toBeVisible();
  await expect(dialog.getByText(host.profile, { exact: true })).toBeVisible();
  await expect(dialog.getByText('Ingen loggfil i nettleserutgaven')).toBeVisible();
  await expect(dialog.getByText(/^Samkart bruker \d+ komponenter med åpen kildekode:$/)).toBeVisible();
  const licences = dialog.getByRole('region', { name: 'Lisenser' });
  await expect(licences.getByRole('row', { name: /Atkinson Hyperlegible Next .*OFL-1\.1 Skrift/ })).toBeVisible();
  await expect(licences.getByRole('row', { name: /^Electron/ })).toContainText('MIT');
  await expect(licences.getByRole('row', { name: /^react / })).toContainText('MIT');
  expect(await licences.getByRole('row').count()).toBeGreaterThan(50);
  for (const [width, height] of [[1920, 1080], [1366, 768]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${shots}/about-nb-${width}.png` });
  }
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'About Samkart' }).click();
  const english = page.getByRole('dialog', { name: 'About Samkart' });
  await expect(english.getByText(/^Samkart uses \d+ open-source components:$/)).toBeVisible();
  await expect(english.getByText('No log file in the browser edition')).toBeVisible();
  await page.screenshot({ path: `${shots}/about-en-1366.png` });
});

test('reopening a workshop returns to the board that was showing', async ({ page }) => {
  await page.getByRole('button', { name: 'Åpne eksempel' }).click();
  const boards = page.getByRole('navigation', { name: 'Tavler' });
  const picks = boards.locator('button.board-pick');
  await expect(picks.first()).toHaveAttribute('aria-current', 'page');
  const third = picks.nth(2);
  const name = (await third.locator('.name').textContent())!;
  await third.click();
  await expect(third).toHaveAttribute('aria-current', 'page');
  const title = (await page.title()).split(' – ')[0]!;
  await page.getByRole('button', { name: 'Lukk verksted' }).click();
  await page.getByRole('button', { name: new RegExp(`^Åpne «${title}`) }).click();
  await expect(boards.locator('button.board-pick', { hasText: name })).toHaveAttribute('aria-current', 'page');
  await expect(picks.first()).not.toHaveAttribute('aria-current', 'page');
});
