import { describe, expect, it } from 'vitest';
import { rectsIntersect } from '../../../shared/items/geometry.ts';
import type { Item } from '../../../shared/model/records.ts';
import { changedRegions, toggledRegions } from '../../../renderer/src/canvas/tiles/dirtyRegions.ts';
import { detailAt, legibleTextPx, noteBlockZoom } from '../../../renderer/src/canvas/tiles/lod.ts';
import { parentTile, tileLevel, tileRect, tileSpan, tilesCovering, levelZoom } from '../../../renderer/src/canvas/tiles/tileGrid.ts';
import { benchWorkshop } from '../../bench/canvasBoards.ts';
import { note } from '../../helpers/workshop.ts';

/*
 * A zoomed-out board is drawn from bitmap tiles at a level of detail (renderer/src/canvas/tiles/).
 * These check the rules the pictures rest on: when a note loses its words, which tile level a zoom
 * uses, and which regions an edit makes stale (everything else keeps its bitmap).
 */

describe('level of detail', () => {
  const n = note('b' as never, 'Fastlegen får ikke epikrise', { x: 0, y: 0 });

  it('draws a note as a coloured block exactly when its text falls below a legible size', () => {
    const threshold = noteBlockZoom(28);
    expect(threshold).toBeCloseTo(legibleTextPx / 28);
    expect(detailAt(n, threshold)).toBe('full');
    expect(detailAt(n, threshold * 0.999)).toBe('block');
    // Bigger type stays legible further out.
    const big = { ...n, props: { ...n.props, fontSize: 60 } };
    expect(detailAt(big, threshold * 0.999)).toBe('full');
  });

  it('draws any box as a block once it is only a few pixels on screen', () => {
    const frame = { ...n, type: 'frame', w: 400, h: 300, props: { title: 'Stjørdal' } };
    expect(detailAt(frame, 0.5)).toBe('full');
    expect(detailAt(frame, 0.09)).toBe('block');
  });
});

describe('tile grid', () => {
  it('uses the power-of-two level at or above the zoom, so a tile is never enlarged', () => {
    for (const zoom of [0.05, 0.1, 0.125, 0.2, 0.33, 0.5, 0.9, 1]) {
      const scale = zoom / levelZoom(tileLevel(zoom));
      expect(scale).toBeLessThanOrEqual(1);
      expect(scale).toBeGreaterThan(0.5);
    }
    expect(tileLevel(0.125)).toBe(-3);
  });

  it('covers a view with whole tiles that meet it, and each tile lies in its parent', () => {
    const view = { x: -1000, y: 300, w: 19_200, h: 10_800 };
    const level = tileLevel(0.1);
    const keys = tilesCovering(view, level);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(rectsIntersect(tileRect(key), view)).toBe(true);
    const area = keys.reduce((sum, k) => sum + tileRect(k).w * tileRect(k).h, 0);
    expect(area).toBeGreaterThanOrEqual(view.w * view.h);
    expect(area).toBeLessThan((view.w + 2 * tileSpan(level)) * (view.h + 2 * tileSpan(level)));
    for (const key of keys) {
      const inner = tileRect(key);
      const outer = tileRect(parentTile(key));
      expect(inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h).toBe(true);
    }
  });
});

describe('what an edit makes stale', () => {
  const { doc, boards } = benchWorkshop([1_000]);
  const boardId = boards[0]!.id;
  const items = doc.items;
  const notes = Object.values(items).filter((i) => i.boardId === boardId && i.type === 'note');

  it('is nothing for the same document version', () => {
    expect(changedRegions(items, items, boardId)).toEqual([]);
  });

  it('is a recoloured note’s own box, nowhere else', () => {
    const target = notes.find((n) => !Object.values(items).some((c) => c.type === 'connector' && (c.props['fromId'] === n.id || c.props['toId'] === n.id)))!;
    const next = { ...items, [target.id]: { ...target, props: { ...target.props, color: 'pink' } } };
    expect(changedRegions(items, next, boardId)).toEqual([{ x: target.x, y: target.y, w: target.w, h: target.h }]);
  });

  it('covers where a moved note was and is, and the arrows that follow it', () => {
    const connector = Object.values(items).find((c) => c.boardId === boardId && c.type === 'connector' && notes.some((n) => n.id === c.props['fromId']))!;
    const from = (items as Record<string, Item>)[connector.props['fromId'] as string]!;
    const moved: Item = { ...from, x: from.x + 5_000 };
    const rects = changedRegions(items, { ...items, [from.id]: moved }, boardId);
    expect(rects).toContainEqual({ x: from.x, y: from.y, w: from.w, h: from.h });
    expect(rects).toContainEqual({ x: moved.x, y: moved.y, w: moved.w, h: moved.h });
    // The arrow's old path ran from the note's old place: some region must cover it.
    expect(rects.length).toBeGreaterThanOrEqual(4);
  });

  it('covers added and deleted items, and items of other boards not at all', () => {
    const added = note(boardId, 'Ny lapp', { x: 99_000, y: 99_000 });
    const other = note('annen' as never, 'Annen tavle', { x: 0, y: 0 });
    const { [notes[0]!.id]: _gone, ...rest } = items;
    const rects = changedRegions(items, { ...rest, [added.id]: added, [other.id]: other }, boardId);
    expect(rects).toContainEqual({ x: 99_000, y: 99_000, w: 240, h: 160 });
    expect(rects).toContainEqual({ x: notes[0]!.x, y: notes[0]!.y, w: notes[0]!.w, h: notes[0]!.h });
    expect(rects.some((r) => r.x === 0 && r.y === 0 && r.w === 240)).toBe(false);
  });

  it('covers items selected or let go (they are drawn apart from the tiles)', () => {
    const [a, b] = notes;
    const rects = toggledRegions(items, new Set([a!.id]), new Set([b!.id]));
    expect(rects).toHaveLength(2);
  });
});
