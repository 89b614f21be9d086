import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';

test('create a workshop with æøå, add and rename a board, reload: everything is there', async ({ page, host }) => {
  const title = 'Samhandling Værnesregionen – Snåase/Snåsa ø å';
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('textbox', { name: 'Region eller helsefellesskap' }).fill('Værnesregionen');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();

  await expect(page).toHaveTitle(new RegExp(`^${title}`));
  expect(existsSync(join(host.folder, `${title.replace('/', ' ')}.samkart`))).toBe(true);

  // A new workshop starts with one board; add another and rename it.
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
  const nameField = page.getByRole('textbox', { name: 'Navn på tavlen' });
  await nameField.fill('Aktører i Stjørdal 🚑');
  await nameField.press('Enter');
  await expect(page.getByRole('button', { name: /^Aktører i Stjørdal 🚑/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();

  await page.reload();
  await expect(page).toHaveTitle(new RegExp(`^${title}`));
  const boards = page.getByRole('navigation', { name: 'Tavler' });
  await expect(boards.getByRole('button', { name: /^Aktører i Stjørdal 🚑/ })).toBeVisible();
  await expect(boards.getByRole('button', { name: /^Tavle 1/ })).toBeVisible();

  // Details survive too.
  await page.getByRole('button', { name: 'Detaljer' }).click();
  await expect(page.getByRole('textbox', { name: 'Region eller helsefellesskap' })).toHaveValue('Værnesregionen');
});

test('undo brings back a deleted board, and the undo survives on disk', async ({ page }) => {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Angreprøve');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Slett «Tavle 1»' }).click();
  await expect(page.getByText('Ingen tavler ennå')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Slett «Tavle 1»' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Slett «Tavle 1»' })).toBeVisible();
});

test('open the example: Værnesregionen with its actors and gatherings', async ({ page }) => {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(page).toHaveTitle(/Værnesregionen/);
  await page.getByRole('button', { name: 'Aktører', exact: true }).click();
  for (const name of ['Stjørdal', 'Meråker', 'Selbu', 'Tydal', 'Frosta', 'Stjørdal DPS']) {
    await expect(page.getByRole('textbox', { name: new RegExp(`^Navn: .*${name}`) }).first()).toBeVisible();
  }
  await page.getByRole('button', { name: 'Detaljer' }).click();
  await expect(page.getByRole('heading', { name: 'Samlinger' })).toBeVisible();
});

test('switch the language to English and back; the choice is remembered', async ({ page }) => {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
  await expect(page.getByRole('button', { name: 'Nytt verksted' })).toBeVisible();
});

test('recent workshops: reopen one, and a missing file is shown as missing and can be removed', async ({ page, host }) => {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Fosen');
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Lukk verksted' }).click();
  await page.getByRole('button', { name: 'Åpne «Fosen»' }).click();
  await expect(page).toHaveTitle(/^Fosen/);
  await page.getByRole('button', { name: 'Lukk verksted' }).click();

  const { rmSync } = await import('node:fs');
  rmSync(join(host.folder, 'Fosen.samkart'));
  await page.reload();
  await expect(page.getByText('Finnes ikke lenger')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Åpne «Fosen»' })).toBeDisabled();
  await page.getByRole('button', { name: 'Fjern «Fosen» fra listen' }).click();
  await expect(page.getByText('Ingen nylige verksteder ennå', { exact: false })).toBeVisible();
});

test('opening a file that is not a workshop says so and changes nothing', async ({ page, host }) => {
  const { writeFileSync, readFileSync } = await import('node:fs');
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082', 'hex');
  const path = join(host.folder, 'bilde.samkart');
  writeFileSync(path, png);
  await page.getByRole('button', { name: 'Åpne …' }).click();
  await page.getByRole('button', { name: 'bilde.samkart' }).click();
  await expect(page.getByRole('alert')).toContainText('«bilde.samkart» er ikke et Samkart-verksted');
  expect(readFileSync(path).equals(png)).toBe(true);
  await expect(page.getByRole('button', { name: 'Nytt verksted' })).toBeVisible();
});

test('the host refuses API calls without the token (the page itself holds no secret)', async ({ host }) => {
  const page = await fetch(`${host.origin}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('set-cookie')).toBeNull();
  const call = await fetch(`${host.origin}/api/listRecent`, { method: 'POST', body: '{"args":[]}' });
  expect(call.status).toBe(401);
  const withToken = await fetch(`${host.origin}/api/listRecent`, { method: 'POST', headers: { 'X-Samkart-Token': host.token }, body: '{"args":[]}' });
  expect(withToken.status).toBe(200);
});
