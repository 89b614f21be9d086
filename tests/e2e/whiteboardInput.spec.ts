import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Pointer input on the free board that the other canvas specs don't reach: double-click (a new
 * note on empty board; editing the text of every item that carries text) and pasting over the
 * original. Items are read through the board's accessible mirror.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Several gestures each; the shared test machines can be slow.
test.describe.configure({ timeout: 180_000 });

const canvasOf = (page: Page) => page.getByTestId('canvas');
const itemsOf = (page: Page): Locator => page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');

interface Placed {
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
}

async function newWorkshop(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(canvasOf(page)).toBeVisible();
}

async function placedItems(page: Page): Promise<Placed[]> {
  return itemsOf(page).evaluateAll((els) =>
    els.map((el) => ({
      type: el.getAttribute('data-type') ?? '',
      x: Number(el.getAttribute('data-x')),
      y: Number(el.getAttribute('data-y')),
      w: Number(el.getAttribute('data-w')),
      h: Number(el.getAttribute('data-h')),
      text: el.textContent ?? '',
    })),
  );
}

/** Where a board point is on the page, from the stage's current transform. */
async function toPage(page: Page, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = (await canvasOf(page).boundingBox())!;
  const zoom = Number(await page.getByRole('button', { name: /^Zoomnivå/ }).innerText().then((s) => s.replace(/\D/g, ''))) / 100;
  const offset = await page.evaluate(() => {
    const host = document.querySelector('[data-testid="canvas"]') as HTMLElement;
    const [x, y] = getComputedStyle(host).backgroundPosition.split(' ').map((v) => parseFloat(v));
    return { x: x ?? 0, y: y ?? 0 };
  });
  return { x: box.x + offset.x + p.x * zoom, y: box.y + offset.y + p.y * zoom };
}

async function doubleClickAt(page: Page, board: { x: number; y: number }): Promise<void> {
  const p = await toPage(page, board);
  await page.mouse.dblclick(p.x, p.y);
}

test('double-click: a new note on empty board, and editing the text of a note, a text, a shape, a frame and an arrow', async ({ page }) => {
  await newWorkshop(page, 'Dobbeltklikk');
  const box = (await canvasOf(page).boundingBox())!;

  // Double-click on empty board: a note there, its editor open.
  await page.mouse.dblclick(box.x + 300, box.y + 300);
  await expect(page.getByRole('textbox', { name: 'Tekst i Lapp' })).toBeFocused();
  await page.keyboard.type('Bolig');
  await page.keyboard.press('Escape');
  await expect(itemsOf(page)).toHaveText(['Lapp: Bolig']);

  // A rectangle and a frame drawn with their tools, a text placed with its tool.
  const drag = async (tool: string, from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.getByRole('button', { name: tool, exact: true }).click();
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    await page.mouse.move(box.x + to.x, box.y + to.y, { steps: 6 });
    await page.mouse.up();
  };
  await drag('Rektangel', { x: 700, y: 220 }, { x: 900, y: 360 });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Tekst', exact: true }).click();
  await page.mouse.click(box.x + 300, box.y + 560);
  await page.keyboard.type('Overskrift');
  await page.keyboard.press('Escape');
  await drag('Ramme', { x: 650, y: 480 }, { x: 1000, y: 700 });
  await page.keyboard.type('Kommunen');
  await page.keyboard.press('Enter');
  // An arrow from the note to the rectangle, labelled.
  await drag('Pil', { x: 300, y: 300 }, { x: 800, y: 290 });
  await page.keyboard.press('Escape');
  await expect(itemsOf(page)).toHaveCount(5);

  const items = await placedItems(page);
  const of = (type: string) => items.find((i) => i.type === type)!;
  const targets: { type: string; label: string; at: { x: number; y: number }; shown: RegExp }[] = [
    { type: 'note', label: 'Tekst i Lapp', at: { x: of('note').x + 30, y: of('note').y + 30 }, shown: /^Lapp: Bolig!$/ },
    { type: 'shape', label: 'Tekst i Rektangel', at: { x: of('shape').x + of('shape').w / 2, y: of('shape').y + of('shape').h / 2 }, shown: /^Rektangel: !$/ },
    { type: 'text', label: 'Tekst i Tekst', at: { x: of('text').x + 10, y: of('text').y + of('text').h / 2 }, shown: /^Tekst: Overskrift!$/ },
    { type: 'frame', label: 'Tekst i Ramme', at: { x: of('frame').x + of('frame').w / 2, y: of('frame').y + 12 }, shown: /^Ramme: Kommunen!$/ },
  ];
  for (const target of targets) {
    await page.keyboard.press('Escape');
    await doubleClickAt(page, target.at);
    const editor = page.getByRole('textbox', { name: target.label });
    await expect(editor).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    await page.keyboard.press('Escape');
    await expect(itemsOf(page).filter({ hasText: target.shown })).toHaveCount(1);
  }

  // The arrow: a double-click on its line opens its label.
  const note = of('note');
  const shape = of('shape');
  await doubleClickAt(page, { x: (note.x + note.w + shape.x) / 2, y: (note.y + note.h / 2 + shape.y + shape.h / 2) / 2 });
  await expect(page.getByRole('textbox', { name: 'Tekst i Pil' })).toBeFocused();
  await page.keyboard.type('henviser');
  await page.keyboard.press('Enter');
  await expect(itemsOf(page).filter({ hasText: /^Pil: .*henviser/ })).toHaveCount(1);
  // Nothing else was made by all the double-clicks.
  await expect(itemsOf(page)).toHaveCount(5);
});

test('notes made with N and from pasted lines are alike and grow with their text; Ctrl+V over the original offsets the copy', async ({ page }) => {
  await newWorkshop(page, 'Lim inn');
  const box = (await canvasOf(page).boundingBox())!;
  await canvasOf(page).focus();
  await page.keyboard.press('n');
  await page.mouse.click(box.x + 400, box.y + 300);
  // Long enough to need more room than a new note has: the note grows, the text stays large.
  await page.keyboard.type('Pasienten skrives ut fra DPS fredag ettermiddag uten at kommunen får beskjed før mandag morgen 😟');
  await page.keyboard.press('Escape');
  const [made] = await placedItems(page);
  // The bundled emoji font is there for the canvas (no colour emoji font on this machine).
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'Noto Emoji' && f.status === 'loaded')))
    .toBe(true);
  expect(made!.w).toBe(200);
  expect(made!.h).toBeGreaterThan(150);

  // Copy it and paste with the pointer over it: the copy lands a step down and right.
  const centre = await toPage(page, { x: made!.x + made!.w / 2, y: made!.y + made!.h / 2 });
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(itemsOf(page)).toHaveCount(2);
  const [, copy] = await placedItems(page);
  expect(Math.abs(copy!.x - made!.x) + Math.abs(copy!.y - made!.y)).toBeGreaterThanOrEqual(24);
  // Again: not on the first copy either.
  await page.keyboard.press('Control+v');
  await expect(itemsOf(page)).toHaveCount(3);
  const third = (await placedItems(page))[2]!;
  expect([third.x, third.y]).not.toEqual([copy!.x, copy!.y]);

  // Plain text lines from elsewhere: notes of the same size as the one made with N.
  await page.evaluate(() => navigator.clipboard.writeText('Bolig\nArbeid'));
  await page.mouse.move(box.x + 900, box.y + 600);
  await page.keyboard.press('Control+v');
  await expect(itemsOf(page)).toHaveCount(5);
  const pasted = (await placedItems(page)).filter((i) => i.text === 'Lapp: Bolig' || i.text === 'Lapp: Arbeid');
  expect(pasted.map((p) => [p.w, p.h])).toEqual([
    [200, 150],
    [200, 150],
  ]);
});
