import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * The canvas end to end, in Chromium against the browser host. The board is a Konva canvas, so
 * the data is read through its accessible mirror (a visually hidden list with one entry per item,
 * carrying the item's position), and what is on screen is checked by sampling the canvas's pixels
 * where the data says an item is.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function newWorkshop(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(canvasOf(page)).toBeVisible();
}

const canvasOf = (page: Page) => page.getByTestId('canvas');
const itemsOf = (page: Page): Locator => page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');

interface Placed {
  type: string;
  parent: string;
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
}

/** The items as the mirror reports them, back to front. */
async function placedItems(page: Page): Promise<Placed[]> {
  return itemsOf(page).evaluateAll((els) =>
    els.map((el) => ({
      type: el.getAttribute('data-type') ?? '',
      parent: el.getAttribute('data-parent') ?? '',
      id: el.getAttribute('data-item-id') ?? '',
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
  const stage = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"] canvas') as HTMLCanvasElement;
    const host = canvas.closest('[data-testid="canvas"]') as HTMLElement;
    // The grid's background position is the camera's offset.
    const [x, y] = getComputedStyle(host).backgroundPosition.split(' ').map((v) => parseFloat(v));
    return { x: x ?? 0, y: y ?? 0 };
  });
  return { x: box.x + stage.x + p.x * zoom, y: box.y + stage.y + p.y * zoom };
}

/** The colour the item layer drew at a page point. */
async function pixelAt(page: Page, p: { x: number; y: number }): Promise<[number, number, number]> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector('[data-testid="canvas"] canvas') as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const ratio = canvas.width / r.width;
    const d = canvas.getContext('2d')!.getImageData(Math.round((x - r.left) * ratio), Math.round((y - r.top) * ratio), 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, p);
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();
}

test('draw notes, connect them, type æøå and emoji, move, undo, paste lines, reload: all there, on screen and in the data', async ({ page }, info) => {
  await newWorkshop(page, 'Lerret – Værnesregionen');
  const box = (await canvasOf(page).boundingBox())!;
  const at = (x: number, y: number) => ({ x: box.x + x, y: box.y + y });

  // A note with the N key and a click, typed straight away.
  await canvasOf(page).focus();
  await page.keyboard.press('n');
  await page.mouse.click(at(300, 260).x, at(300, 260).y);
  await page.keyboard.type('Fastlegen får ikke epikrise 😟');
  await page.keyboard.press('Escape');

  // A second one from the toolbar, with right-to-left text on a second line.
  await page.getByRole('button', { name: 'Lapp', exact: true }).click();
  await page.mouse.click(at(800, 260).x, at(800, 260).y);
  await page.keyboard.type('Pårørende blir ikke hørt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('שלום');
  await page.keyboard.press('Escape');

  await expect(itemsOf(page)).toHaveText(['Lapp: Fastlegen får ikke epikrise 😟', 'Lapp: Pårørende blir ikke hørt שלום']);

  // Connect them: the arrow tool, drag from one note to the other.
  await page.getByRole('button', { name: 'Pil', exact: true }).click();
  await page.mouse.move(at(300, 260).x, at(300, 260).y);
  await page.mouse.down();
  await page.mouse.move(at(550, 270).x, at(550, 270).y, { steps: 6 });
  await page.mouse.move(at(800, 260).x, at(800, 260).y, { steps: 6 });
  await page.mouse.up();
  await expect(itemsOf(page).nth(2)).toHaveText('Pil: Fastlegen får ikke epikrise 😟 → Pårørende blir ikke hørt שלום');

  // Move the second note down by dragging it: the arrow follows (it is attached), one undo step.
  const before = (await placedItems(page))[1]!;
  const grab = await toPage(page, { x: before.x + 30, y: before.y + 20 });
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 10, grab.y + 60, { steps: 5 });
  await page.mouse.move(grab.x + 17, grab.y + 213, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await placedItems(page))[1]!.y).toBeGreaterThan(before.y + 150);
  const moved = (await placedItems(page))[1]!;
  expect(moved.x).toBeGreaterThan(before.x);
  await expect(itemsOf(page).nth(2)).toHaveText(/^Pil: Fastlegen/);

  // Undo puts it back in one step; redo moves it again; undo once more.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await placedItems(page))[1]!.y).toBe(before.y);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await placedItems(page))[1]!.y).toBe(moved.y);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await placedItems(page))[1]!.y).toBe(before.y);

  // Paste plain text from elsewhere: one note per line (bullets dropped).
  await page.evaluate(() => navigator.clipboard.writeText('Bolig\n\n• Arbeid og aktivitet\n- Skole og barnehage'));
  await page.mouse.click(at(500, 520).x, at(500, 520).y);
  await page.keyboard.press('Control+v');
  await expect(itemsOf(page)).toHaveCount(6);
  await expect(itemsOf(page).nth(3)).toHaveText('Lapp: Bolig');
  await expect(itemsOf(page).nth(4)).toHaveText('Lapp: Arbeid og aktivitet');
  await expect(itemsOf(page).nth(5)).toHaveText('Lapp: Skole og barnehage');

  await saved(page);
  await page.reload();
  await expect(itemsOf(page)).toHaveText([
    'Lapp: Fastlegen får ikke epikrise 😟',
    'Lapp: Pårørende blir ikke hørt שלום',
    'Pil: Fastlegen får ikke epikrise 😟 → Pårørende blir ikke hørt שלום',
    'Lapp: Bolig',
    'Lapp: Arbeid og aktivitet',
    'Lapp: Skole og barnehage',
  ]);
  const after = await placedItems(page);
  expect(after[1]!.y).toBe(before.y);

  // On screen: each note is drawn in yellow where the data says it is, and the board between them is not.
  for (const note of after.filter((i) => i.type === 'note')) {
    const centre = await toPage(page, { x: note.x + 8, y: note.y + 8 });
    const [r, g, b] = await pixelAt(page, centre);
    expect(r, note.text).toBeGreaterThan(230);
    expect(g, note.text).toBeGreaterThan(230);
    expect(b, note.text).toBeLessThan(190);
  }
  await info.attach('after-reload.png', { body: await page.screenshot(), contentType: 'image/png' });
});

test('keyboard only: new note, next note with Tab, nudge, edit with Enter, delete and undo', async ({ page }) => {
  await newWorkshop(page, 'Tastatur');
  await canvasOf(page).focus();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Første');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Andre');
  await page.keyboard.press('Escape');
  await expect(itemsOf(page)).toHaveText(['Lapp: Første', 'Lapp: Andre']);
  const [first, second] = await placedItems(page);
  expect(second!.x).toBeGreaterThan(first!.x + first!.w);
  expect(second!.y).toBe(first!.y);

  // The second note is still selected: arrows move it, Shift moves it 10.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await placedItems(page))[1]).toMatchObject({ x: second!.x + 1, y: second!.y + 10 });

  // Enter edits the selected note in place.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Tekst i Lapp' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' – ærlig og åpen');
  await page.keyboard.press('Escape');
  await expect(itemsOf(page).nth(1)).toHaveText('Lapp: Andre – ærlig og åpen');

  // Focusing an entry of the item list selects that item; Delete removes it, Ctrl+Z brings it back.
  await itemsOf(page).nth(0).focus();
  await page.keyboard.press('Delete');
  await expect(itemsOf(page)).toHaveText(['Lapp: Andre – ærlig og åpen']);
  await page.keyboard.press('Control+z');
  await expect(itemsOf(page)).toHaveCount(2);

  // Select all and group: one click then selects both.
  await canvasOf(page).focus();
  await page.keyboard.press('Control+a');
  await expect(page.getByText('2 valgt')).toBeVisible();
  await page.keyboard.press('Control+d');
  await expect(itemsOf(page)).toHaveCount(4);
  await saved(page);
});

test('a frame drawn around notes carries them; a marquee picks some out; handles resize; each gesture one undo step', async ({ page }) => {
  await newWorkshop(page, 'Rammer');
  await canvasOf(page).focus();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Bolig');
  await page.keyboard.press('Tab');
  await page.keyboard.type('NAV');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Fastlege');
  await page.keyboard.press('Escape');
  const notes = await placedItems(page);
  const left = Math.min(...notes.map((n) => n.x)) - 40;
  const top = Math.min(...notes.map((n) => n.y)) - 80;
  const right = Math.max(...notes.map((n) => n.x + n.w)) + 40;
  const bottom = Math.max(...notes.map((n) => n.y + n.h)) + 40;

  // Draw a frame around them: it takes them in and goes behind them.
  await page.getByRole('button', { name: 'Ramme', exact: true }).click();
  const a = await toPage(page, { x: left, y: top });
  const b = await toPage(page, { x: right, y: bottom });
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.type('Kommunen');
  await page.keyboard.press('Enter');
  await expect(itemsOf(page).first()).toHaveText('Ramme: Kommunen');
  const framed = await placedItems(page);
  const frame = framed[0]!;
  for (const note of framed.slice(1)) expect(note.parent).toBe(frame.id);

  // Drag the frame by its title bar: the notes come along, and one undo puts all back.
  const grip = await toPage(page, { x: frame.x + 200, y: frame.y + 20 });
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 40, grip.y + 20, { steps: 4 });
  await page.mouse.move(grip.x + 103, grip.y + 61, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await placedItems(page))[0]!.x).not.toBe(frame.x);
  const carried = await placedItems(page);
  const dx = carried[0]!.x - frame.x;
  const dy = carried[0]!.y - frame.y;
  for (const [i, item] of carried.entries()) expect([item.x - framed[i]!.x, item.y - framed[i]!.y]).toEqual([dx, dy]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await placedItems(page)).map((i) => [i.x, i.y])).toEqual(framed.map((i) => [i.x, i.y]));

  // A marquee from inside the frame picks the first two notes; dragging them out of the frame frees them.
  const [, first, second] = framed;
  const m1 = await toPage(page, { x: first!.x - 15, y: first!.y - 15 });
  const m2 = await toPage(page, { x: second!.x + second!.w + 10, y: second!.y + second!.h + 15 });
  await page.mouse.move(m1.x, m1.y);
  await page.mouse.down();
  await page.mouse.move(m2.x, m2.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByText('2 valgt')).toBeVisible();
  const g = await toPage(page, { x: first!.x + 20, y: first!.y + 20 });
  await page.mouse.move(g.x, g.y);
  await page.mouse.down();
  await page.mouse.move(g.x, g.y + 100, { steps: 5 });
  await page.mouse.move(g.x + 7, g.y + (frame.h + 60) * 1, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await placedItems(page)).map((i) => i.parent)).toEqual(['', '', '', frame.id]);

  // The resize handle at the bottom right makes the selected note bigger.
  await itemsOf(page).nth(3).focus();
  const last = (await placedItems(page))[3]!;
  const corner = await toPage(page, { x: last.x + last.w, y: last.y + last.h });
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x + 30, corner.y + 20, { steps: 4 });
  await page.mouse.move(corner.x + 80, corner.y + 50, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await placedItems(page))[3]!.w).toBeGreaterThan(last.w + 40);
  expect((await placedItems(page))[3]!.h).toBeGreaterThan(last.h + 20);
  await saved(page);
});

test('copy and paste between boards keeps the arrow between the copied notes', async ({ page }) => {
  await newWorkshop(page, 'Kopiering');
  await canvasOf(page).focus();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Legevakt');
  await page.keyboard.press('Tab');
  await page.keyboard.type('PAM');
  await page.keyboard.press('Escape');
  await canvasOf(page).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Shift+c');
  await expect(itemsOf(page)).toHaveCount(3);
  await canvasOf(page).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');

  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');
  await expect(itemsOf(page)).toHaveCount(0);
  await canvasOf(page).focus();
  await page.keyboard.press('Control+v');
  await expect(itemsOf(page)).toHaveText(['Lapp: Legevakt', 'Lapp: PAM', 'Pil: Legevakt → PAM']);
});

test('search finds text on another board, shows that board and selects the item', async ({ page }) => {
  await newWorkshop(page, 'Søk');
  await canvasOf(page).focus();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Koordinerende enhet i Snåase – Snåsa');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: Fritt lerret' }).click();
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');
  await expect(itemsOf(page)).toHaveCount(0);

  await canvasOf(page).focus();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Søk i verkstedets tekst' }).fill('snåsa');
  await expect(page.getByText('1 treff')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Søk i verkstedets tekst' }).press('Enter');
  await expect(itemsOf(page)).toHaveText(['Lapp: Koordinerende enhet i Snåase – Snåsa']);
  await expect(itemsOf(page).first()).toHaveAttribute('aria-current', 'true');
});

test('the board is clean and legible at 1920×1080 and 1366×768', async ({ page }, info) => {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(itemsOf(page).first()).toBeAttached();
  await itemsOf(page).first().focus();
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.keyboard.press('Shift+1');
    // Every tool is visible with its name, the zoom level is shown.
    for (const name of ['Velg', 'Lapp', 'Tekst', 'Rektangel', 'Pil', 'Ramme', 'Bilde']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
    }
    await expect(page.getByRole('button', { name: /^Zoomnivå \d+ %/ })).toBeInViewport();
    await expect(page.getByRole('complementary', { name: 'Egenskaper' })).toBeInViewport();
    await info.attach(`board-${width}x${height}.png`, { body: await page.screenshot(), contentType: 'image/png' });
  }
});
