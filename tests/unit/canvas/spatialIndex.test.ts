import { describe, expect, it } from 'vitest';
import { connectorPath, type Rect } from '../../../shared/items/geometry.ts';
import type { Item } from '../../../shared/model/records.ts';
import { boardItemsIn, boundsIn, connectorPathIn, lookupIn, orderedBoardItems } from '../../../renderer/src/canvas/boardIndex.ts';
import { cullItems, cullLookahead, cullSlack, nextCullRect, padRect } from '../../../renderer/src/canvas/culling.ts';
import { benchWorkshop } from '../../bench/canvasBoards.ts';
import { note } from '../../helpers/workshop.ts';

/*
 * Culling a big board goes through a grid of cells (boardIndex.ts). It must answer exactly what
 * checking every item would: the same items, back to front, with selected items kept wherever they
 * are. Otherwise a note would vanish from the canvas, or be drawn over the frame it should sit in.
 */

const { doc, boards } = benchWorkshop([2_000]);
const board = boards[0]!;
// A few that the grid keeps out of its cells: a frame around the whole wall, a note far away.
const wall: Item = { ...note(board.id, 'Hele veggen', { x: -5_000, y: -5_000 }, 0), type: 'frame', w: 80_000, h: 60_000, props: { title: 'Hele veggen', fill: '#f4f4f4' } };
const far = note(board.id, 'Langt unna', { x: 9e8, y: -9e8 }, 99_999);
const rotated = { ...note(board.id, 'Skrått', { x: 2_000, y: 1_200 }, 5_000), rotation: 33 };
const items: Record<string, Item> = { ...doc.items, [wall.id]: wall, [far.id]: far, [rotated.id]: rotated };

const everyItem = (region: Rect, pinned: ReadonlySet<string> = new Set()) =>
  cullItems(orderedBoardItems(items, board.id), (item) => boundsIn(items, item), region, pinned).map((i) => i.id);

const regions: Rect[] = [
  { x: 0, y: 0, w: 1920, h: 1080 },
  { x: -300, y: -200, w: 3840, h: 2160 },
  { x: 2_047.5, y: 511, w: 1, h: 1 },
  { x: 10_000, y: 4_000, w: 5_000, h: 2_800 },
  { x: -1e6, y: -1e6, w: 2e6, h: 2e6 },
  { x: 9e8 - 10, y: -9e8 - 10, w: 400, h: 400 },
  { x: 500_000, y: 500_000, w: 100, h: 100 },
];

describe('culling through the spatial index', () => {
  it('finds exactly the items that meet a region, back to front, wherever the region is', () => {
    for (const region of regions) {
      const found = boardItemsIn(items, board.id, region).map((i) => i.id);
      expect(found).toEqual(everyItem(region));
    }
    // The bench board really is spread out: a screen at 100 % holds a few dozen of its items.
    expect(boardItemsIn(items, board.id, regions[0]!).length).toBeGreaterThan(20);
    expect(boardItemsIn(items, board.id, regions[0]!).length).toBeLessThan(200);
  });

  it('keeps selected items wherever they are, in their place in the z-order', () => {
    const ordered = orderedBoardItems(items, board.id);
    const pinned = new Set([far.id, ordered[1_500]!.id, ordered[3]!.id]);
    const region = regions[3]!;
    const found = boardItemsIn(items, board.id, region, pinned).map((i) => i.id);
    expect(found).toEqual(everyItem(region, pinned));
    for (const id of pinned) expect(found).toContain(id);
  });

  it('follows an edit: a new version of the document gets its own index', () => {
    const region = { x: 40_000, y: 40_000, w: 500, h: 500 };
    expect(boardItemsIn(items, board.id, region).map((i) => i.id)).toEqual([wall.id]);
    const added = note(board.id, 'Ny lapp', { x: 40_100, y: 40_100 }, 100_000);
    const next = { ...items, [added.id]: added };
    expect(boardItemsIn(next, board.id, region).map((i) => i.id)).toEqual([wall.id, added.id]);
    expect(boardItemsIn(items, board.id, region).map((i) => i.id)).toEqual([wall.id]);
  });

  it('measures arrows once per document version, with the same path as the geometry', () => {
    const arrows = orderedBoardItems(items, board.id).filter((i) => i.type === 'connector');
    expect(arrows.length).toBeGreaterThan(100);
    for (const arrow of arrows.slice(0, 50)) {
      expect(connectorPathIn(items, arrow)).toEqual(connectorPath(arrow, lookupIn(items)));
      expect(connectorPathIn(items, arrow)).toBe(connectorPathIn(items, arrow));
    }
  });
});

describe('choosing the region to mount', () => {
  it('moves on before the view reaches the edge, so the items are there when it does', () => {
    const view = { x: 0, y: 0, w: 1920, h: 1080 };
    const region = nextCullRect(null, view);
    // Still well inside: kept.
    expect(nextCullRect(region, { ...view, x: 600 })).toBe(region);
    // Inside, but within the lookahead of the edge: the next region is chosen already.
    const nearEdge = { ...view, x: region.x + region.w - view.w - (cullLookahead * view.w) / 2 };
    expect(nearEdge.x + nearEdge.w).toBeLessThan(region.x + region.w);
    const next = nextCullRect(region, nearEdge);
    expect(next).not.toBe(region);
    expect(next).toEqual(padRect(nearEdge, cullSlack));
  });
});
