import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * The actor map as a new user meets it: the catalogue with a custom actor, a chip's card opened
 * from the map, and a side panel that scrolls only as far as it has content.
 */

test.describe.configure({ timeout: 180_000 });

async function newMap(page: Page, title: string) {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Ny tavle', exact: true }).click();
  await page.getByRole('button', { name: 'Ny tavle: Aktørkart' }).click();
  // The first actor map is number 1, whatever other boards there are.
  const nameField = page.getByRole('textbox', { name: 'Navn på tavlen' });
  await expect(nameField).toHaveValue('Aktørkart 1');
  await nameField.press('Enter');
  await expect(page.getByRole('tab', { name: 'Kart' })).toHaveAttribute('aria-selected', 'true');
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Aktørkartet' });
const onMap = (page: Page) => panel(page).getByRole('region', { name: 'Aktører på kartet' });
const mirror = (page: Page) => page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');

/** Where a chip is on the page, from the canvas mirror and the camera. */
async function chipOnPage(page: Page, name: string): Promise<{ x: number; y: number }> {
  const entry = mirror(page).filter({ hasText: new RegExp(`^Aktør: ${name} \\(`) });
  const box = { x: Number(await entry.getAttribute('data-x')), y: Number(await entry.getAttribute('data-y')), w: Number(await entry.getAttribute('data-w')), h: Number(await entry.getAttribute('data-h')) };
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const zoom = Number((await page.getByRole('button', { name: /^Zoomnivå/ }).innerText()).replace(/\D/g, '')) / 100;
  const offset = await page.evaluate(() => {
    const host = document.querySelector('[data-testid="canvas"]') as HTMLElement;
    const [x, y] = getComputedStyle(host).backgroundPosition.split(' ').map((v) => parseFloat(v));
    return { x: x ?? 0, y: y ?? 0 };
  });
  return { x: canvas.x + offset.x + (box.x + box.w / 2) * zoom, y: canvas.y + offset.y + (box.y + box.h / 2) * zoom };
}

test('catalogue keeps the ticked actors when a custom one is added; a chip opens its actor’s card', async ({ page }) => {
  await newMap(page, 'Aktører Stjørdal');

  // Tick A-larm, then add a custom actor from the same dialog: both arrive.
  await panel(page).getByRole('button', { name: 'Fra katalogen …' }).click();
  const picker = page.getByRole('dialog', { name: 'Legg til fra katalogen' });
  const search = picker.getByRole('searchbox', { name: 'Søk i katalogen' });
  await search.fill('A-larm');
  await picker.getByRole('checkbox', { name: /A-larm/ }).check();
  await search.fill('Brukerråd Stjørdal');
  await picker.getByRole('combobox', { name: 'Kategori for ny aktør' }).selectOption({ label: 'Bruker- og frivillige organisasjoner' });
  await picker.getByRole('button', { name: 'Legg til «Brukerråd Stjørdal» som ny aktør' }).click();
  await expect(onMap(page).getByRole('button', { name: 'Brukerråd Stjørdal' })).toBeVisible();
  await expect(onMap(page).getByRole('button', { name: 'A-larm' })).toBeVisible();

  // The panel scrolls no further than its last section: no blank stretch below it.
  const blank = await panel(page).evaluate((el) => {
    const last = el.lastElementChild as HTMLElement;
    return el.scrollHeight - (last.offsetTop + last.offsetHeight);
  });
  expect(blank).toBeLessThan(80);

  // Double-click a chip: its actor's card opens.
  const chip = await chipOnPage(page, 'NAV');
  await page.mouse.dblclick(chip.x, chip.y);
  const card = page.getByRole('dialog', { name: 'Rediger «NAV»' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Avbryt' }).click();
  await expect(card).toBeHidden();

  // The context menu on a chip opens it too.
  await page.mouse.click(chip.x, chip.y, { button: 'right' });
  await page.getByRole('menuitem', { name: 'Åpne kortet …' }).click();
  await expect(card).toBeVisible();
});
