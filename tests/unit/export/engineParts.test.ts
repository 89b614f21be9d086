import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../../shared/model/document.ts';
import { newBoardId, newItemId, type BoardId, type ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { fontStack } from '../../../renderer/src/export/fonts/fontFaces.ts';
import { isWoff, unpackWoff } from '../../../renderer/src/export/fonts/woff.ts';
import { exportDocument } from '../../../renderer/src/export/offscreen/exportDocument.ts';
import { a4WidthAt300dpi, maxCanvasSide, pngSize, wholeArea } from '../../../renderer/src/export/pngSize.ts';
import { fontsFolder } from './nodeDrawing.ts';

describe('PNG sizes', () => {
  it('gives one pixel per board unit at 1×, twice as many at 2×, and 3508 pixels across for A4 at 300 dpi', () => {
    const area = wholeArea({ x: -24.5, y: -10.2, w: 1200.3, h: 700.1 });
    expect(area).toEqual({ x: -25, y: -11, w: 1201, h: 701 });
    expect(pngSize(area, 1)).toMatchObject({ width: 1201, height: 701, reduced: false });
    expect(pngSize(area, 2)).toMatchObject({ width: 2402, height: 1402, reduced: false });
    const a4 = pngSize(area, 'a4-300dpi');
    expect(a4.width).toBe(a4WidthAt300dpi);
    expect(a4.height).toBe(Math.floor((701 * 3508) / 1201));
    // The canvas floors size × ratio: the ratio given keeps the exact width.
    expect(Math.floor(area.w * a4.pixelRatio)).toBe(3508);
  });

  it('makes a board too big for the canvas as large as a canvas can be, not nothing', () => {
    const huge = pngSize({ x: 0, y: 0, w: 12_000, h: 3_000 }, 2);
    expect(huge.reduced).toBe(true);
    expect(huge.width).toBeLessThanOrEqual(maxCanvasSide);
    expect(huge.width / huge.height).toBeCloseTo(4, 2);
  });
});

describe('the shipped fonts', () => {
  it('unpacks a WOFF into the font it wraps, glyph for glyph', async () => {
    const file = readFileSync(join(fontsFolder, 'atkinson-hyperlegible-next-latin-400-normal.woff'));
    expect(isWoff(new Uint8Array(file))).toBe(true);
    const unpacked = await unpackWoff(new Uint8Array(file));
    expect(isWoff(unpacked)).toBe(false);
    const woff = fontkit.create(new Uint8Array(file));
    const ttf = fontkit.create(unpacked);
    expect(ttf.numGlyphs).toBe(woff.numGlyphs);
    for (const text of ['Stjørdal DPS', 'Værnesregionen ÆØÅ', '0123456789 – «»']) expect(ttf.layout(text).advanceWidth).toBe(woff.layout(text).advanceWidth);
  });

  it('covers Norwegian and Sami letters between the app font and its fallback', () => {
    const fonts = (weight: number, italic: boolean) => fontStack(weight, italic).map((f) => fontkit.create(new Uint8Array(readFileSync(join(fontsFolder, f.file)))));
    for (const [weight, italic] of [[400, false], [700, false], [800, false], [400, true]] as const) {
      const stack = fonts(weight, italic);
      for (const c of 'æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽ') expect(stack.some((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!)), `${c} ${weight} ${italic}`).toBe(true);
      // The app's own font comes first: it draws æøå, the fallback only what it lacks.
      expect(stack[0]!.hasGlyphForCodePoint('ø'.codePointAt(0)!)).toBe(true);
    }
  });
});

describe('the document drawn off screen', () => {
  it('gives the board’s items ids of their own, with an arrow’s ends and a frame’s children following, and leaves other boards out', () => {
    const doc = emptyDoc();
    const board = newBoardId();
    const other = newBoardId();
    const base = { rotation: 0, z: 1, parentId: null, groupId: null, locked: false, w: 100, h: 50, x: 0, y: 0 };
    const frame: Item = { ...base, id: newItemId(), boardId: board, type: 'frame', props: { title: 'Ramme' } };
    const a: Item = { ...base, id: newItemId(), boardId: board, type: 'note', parentId: frame.id, props: { text: 'A' } };
    const b: Item = { ...base, id: newItemId(), boardId: board, type: 'note', props: { text: 'B' } };
    const arrow: Item = { ...base, id: newItemId(), boardId: board, type: 'connector', props: { fromId: a.id, toId: b.id, label: a.id } };
    const elsewhere: Item = { ...base, id: newItemId(), boardId: other, type: 'note', props: { text: 'C' } };
    for (const item of [frame, a, b, arrow, elsewhere]) doc.items[item.id] = item;
    const drawn = exportDocument(doc, board as BoardId);
    const ids = Object.keys(drawn.items) as ItemId[];
    expect(ids).toHaveLength(4);
    expect(ids.every((id) => id.endsWith('~export') && !doc.items[id])).toBe(true);
    const drawnArrow = Object.values(drawn.items).find((i) => i.type === 'connector')!;
    expect(drawn.items[drawnArrow.props['fromId'] as ItemId]!.props['text']).toBe('A');
    expect(drawn.items[drawnArrow.props['toId'] as ItemId]!.props['text']).toBe('B');
    const drawnA = Object.values(drawn.items).find((i) => i.props['text'] === 'A')!;
    expect(drawn.items[drawnA.parentId!]!.type).toBe('frame');
    // The workshop itself is untouched.
    expect(doc.items[arrow.id]!.props['fromId']).toBe(a.id);
  });
});
