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

test('the example’s table and grid at 1366×768 and 1920×1080: headings clear of their sort icons, categories inside their column, influence ticks beside their title', async ({ page }) => {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name: /^Aktørkart – Værnesregionen/ }).click();
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.getByRole('tab', { name: 'Kart' }).click();
    await page.screenshot({ path: `/tmp/i16a-shots/actor-map-${size.width}.png` });

    await page.getByRole('tab', { name: 'Interessentanalyse' }).click();
    const table = page.getByRole('grid', { name: 'Interessentanalyse' });
    await expect(table).toBeVisible();
    const clashes = await table.evaluate((el) => {
      const out: string[] = [];
      for (const btn of el.querySelectorAll('.sort-btn')) {
        const label = btn.querySelector('.sort-label')!.getBoundingClientRect();
        const icon = btn.querySelector('svg')!.getBoundingClientRect();
        if (label.right > icon.left + 0.5) out.push(`heading "${btn.textContent}" runs under its sort icon`);
      }
      for (const cell of el.querySelectorAll('td')) {
        const content = cell.firstElementChild as HTMLElement | null;
        if (content && content.getBoundingClientRect().right > cell.getBoundingClientRect().right + 0.5) out.push(`cell "${cell.textContent}" spills out of its column`);
      }
      return out;
    });
    expect(clashes).toEqual([]);
    await page.screenshot({ path: `/tmp/i16a-shots/stakeholder-table-${size.width}.png` });

    await page.getByRole('tab', { name: 'Makt og interesse' }).click();
    const place = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const title = box('.grid-axis-y span');
      return { title: title.right, ticksLeft: box('.grid-axis-y-levels').left, ticksRight: box('.grid-axis-y-levels').right, grid: box('.power-grid').left };
    });
    expect(place.ticksLeft).toBeGreaterThanOrEqual(place.title - 1);
    expect(place.ticksRight).toBeLessThanOrEqual(place.grid + 1);
    await page.screenshot({ path: `/tmp/i16a-shots/power-grid-${size.width}.png` });
  }
});
