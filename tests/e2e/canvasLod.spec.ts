import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { palette, type PaletteKey } from '../../shared/items/palette.ts';
import { noteBlockZoom } from '../../renderer/src/canvas/tiles/lod.ts';
import { benchWorkshop } from '../bench/canvasBoards.ts';
import { test, expect } from './fixtures.ts';

/**
 * A crowded board zoomed out is drawn from cached bitmap tiles at a level of detail
 * (renderer/src/canvas/tiles/): notes below a legible size are blocks in their colour. Checked on
 * the real canvas's pixels: the block's colour, a recolouring and its undo showing at once (the
 * tiles the edit touched are painted again, the rest are kept), and the accessible list complete.
 */

// Playwright's trace snapshots walk the whole DOM before and after every step; with a 1,000-row
// item list that took 10-30 s a step on the shared machine (the same with the list before this
// change), so this one spec runs without a trace.
test.use({ trace: 'off' });

const canvasOf = (page: Page) => page.getByTestId('canvas');

async function zoomOf(page: Page): Promise<number> {
  const text = await page.getByRole('button', { name: /^Zoomnivå/ }).innerText();
  return Number(text.replace(/\D/g, '')) / 100;
}

/** The stage transform, read from the Konva stage that draws the board. */
async function stageOf(page: Page): Promise<{ x: number; y: number; zoom: number; left: number; top: number }> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    type Stage = { container(): HTMLElement; x(): number; y(): number; scaleX(): number };
    const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages.find((s) => host.contains(s.container()))!;
    const r = host.getBoundingClientRect();
    return { x: stage.x(), y: stage.y(), zoom: stage.scaleX(), left: r.left, top: r.top };
  });
}

/** The colours the item layer drew at board points. */
async function pixelsAt(page: Page, points: { x: number; y: number }[]): Promise<string[]> {
  const s = await stageOf(page);
  return page.evaluate(
    ({ points, s }) => {
      const canvas = document.querySelector('[data-testid="canvas"] canvas') as HTMLCanvasElement;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const ctx = canvas.getContext('2d')!;
      return points.map((p) => {
        const d = ctx.getImageData(Math.round((p.x * s.zoom + s.x) * ratio), Math.round((p.y * s.zoom + s.y) * ratio), 1, 1).data;
        return `#${[d[0]!, d[1]!, d[2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      });
    },
    { points, s },
  );
}

test('zoomed out on 1,000 items: notes are blocks in their colour, an edit and its undo show at once, the list is complete', async ({ page, host }) => {
  // A 1,000-item workshop is written and opened: more than the usual minute on a busy machine.
  test.setTimeout(120_000);
  const { doc, boards } = benchWorkshop([1_000]);
  const board = boards[0]!;
  WorkshopFile.create(join(host.folder, 'Veggen.samkart'), doc).close();
  await page.getByRole('button', { name: 'Åpne …' }).click();
  await page.getByRole('button', { name: 'Veggen.samkart' }).click();
  await page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${board.name}`) }).click();
  await expect(page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem')).toHaveCount(board.items);

  await page.getByRole('button', { name: 'Tilpass til vinduet' }).click();
  const zoom = await zoomOf(page);
  // The bench board's notes ask for 24 px: at this zoom that is below the legible size.
  expect(zoom).toBeLessThan(noteBlockZoom(24));

  // A yellow note not joined by an arrow, in the middle of the board.
  const notes = Object.values(doc.items).filter((i) => i.boardId === board.id && i.type === 'note' && i.props['color'] === 'yellow');
  const note = notes[Math.floor(notes.length / 2)]!;
  const inside = [0.25, 0.5, 0.75].flatMap((fx) => [0.3, 0.5, 0.7].map((fy) => ({ x: note.x + note.w * fx, y: note.y + note.h * fy })));
  const colourOf = (key: PaletteKey) => palette[key].fill;
  // A block: the same colour where its words would be and between them.
  await expect.poll(() => pixelsAt(page, inside)).toEqual(inside.map(() => colourOf('yellow')));

  // Recolour it through the properties panel, then let it go: the tile under it shows pink.
  await page.locator(`.canvas-item-list li[data-item-id="${note.id}"]`).focus();
  await page.getByRole('group', { name: 'Farge' }).getByRole('button', { name: 'Rosa' }).click();
  await canvasOf(page).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.canvas-item-list li[aria-current="true"]')).toHaveCount(0);
  expect(await zoomOf(page)).toBe(zoom);
  await expect.poll(() => pixelsAt(page, inside)).toEqual(inside.map(() => colourOf('pink')));

  // Undo changes only the document (nothing is selected): its tile is painted again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => pixelsAt(page, inside)).toEqual(inside.map(() => colourOf('yellow')));
  await expect(page.locator('.canvas-item-list li[aria-current="true"]')).toHaveCount(0);

  // SAMKART_SHOTS=<folder> keeps the picture to look at (the LOD blocks at zoom to fit).
  const shots = process.env['SAMKART_SHOTS'];
  if (shots) {
    mkdirSync(shots, { recursive: true });
    writeFileSync(join(shots, 'lod-1000-fit.png'), await page.screenshot());
  }
});
