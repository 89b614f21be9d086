import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { defaultPuzzleProps } from '../../../shared/kinds/puzzle/boardProps.ts';
import { slotCentre, slotRect, trayPlace, trayRect } from '../../../shared/kinds/puzzle/grid.ts';
import { dropPieces, placePiece } from '../../../shared/kinds/puzzle/ops.ts';
import { defaultSnapRadius, snapSlot } from '../../../shared/kinds/puzzle/snapping.ts';
import { PuzzleFixture } from './fixtures.ts';
import { note } from '../../helpers/workshop.ts';
import { createItems } from '../../../shared/ops/itemOps.ts';

const grid = defaultPuzzleProps(); // 4 × 4 slots of 420 × 260

describe('snapSlot: which slot a drop point snaps to', () => {
  it('snaps a point at or near a slot centre to that slot', () => {
    expect(snapSlot(grid, slotCentre(grid, 2, 1), 100)).toEqual({ row: 2, col: 1 });
    const c = slotCentre(grid, 0, 3);
    expect(snapSlot(grid, { x: c.x + 60, y: c.y - 50 }, 100)).toEqual({ row: 0, col: 3 });
  });

  it('does not snap beyond the radius', () => {
    const c = slotCentre(grid, 1, 1);
    expect(snapSlot(grid, { x: c.x + 101, y: c.y }, 100)).toBeNull();
    expect(snapSlot(grid, { x: c.x + 100, y: c.y }, 100)).toEqual({ row: 1, col: 1 });
  });

  it('picks the nearest slot when two are within the radius', () => {
    const a = slotCentre(grid, 1, 1);
    const point = { x: a.x + 0.6 * grid.cellWidth, y: a.y }; // 0.4 slot from (1,2)'s centre, 0.6 from (1,1)'s
    expect(snapSlot(grid, point, grid.cellWidth)).toEqual({ row: 1, col: 2 });
  });

  it('breaks an exact tie towards the upper left slot', () => {
    const point = { x: grid.cellWidth, y: grid.cellHeight * 1.5 }; // on the line between (1,0) and (1,1)
    expect(snapSlot(grid, point, grid.cellWidth)).toEqual({ row: 1, col: 0 });
  });

  it('snaps from just outside the grid, but not from far away', () => {
    const c = slotCentre(grid, 0, 0);
    expect(snapSlot(grid, { x: c.x, y: -40 }, defaultSnapRadius(grid))).toEqual({ row: 0, col: 0 });
    expect(snapSlot(grid, { x: 5000, y: 5000 }, defaultSnapRadius(grid))).toBeNull();
    expect(snapSlot(grid, { x: -5000, y: 100 }, defaultSnapRadius(grid))).toBeNull();
  });

  it('never snaps in a grid without slots or with a negative radius', () => {
    expect(snapSlot({ ...grid, rows: [] }, { x: 10, y: 10 }, 500)).toBeNull();
    expect(snapSlot(grid, slotCentre(grid, 0, 0), -1)).toBeNull();
  });

  it('uses half the longer side of a slot as the default radius', () => {
    expect(defaultSnapRadius(grid)).toBe(210);
  });
});

describe('dropping pieces on the board (the end of a drag, one undo step)', () => {
  it('a piece dropped near a slot snaps into it exactly', () => {
    const f = new PuzzleFixture();
    const id = f.piece('Helsestasjon');
    const item = f.item(id);
    const target = slotRect(f.props, 1, 2);
    // Dropped 30 units right of and 25 above the slot.
    f.run(dropPieces, { boardId: f.boardId, ids: [id], dx: target.x + 30 - item.x, dy: target.y - 25 - item.y });
    expect(f.slotOf(id)).toEqual([1, 2]);
    expect(f.item(id)).toMatchObject(target);
  });

  it('a loose piece dropped away from the grid lies where it was dropped', () => {
    const f = new PuzzleFixture();
    const id = f.piece('PPT');
    const before = f.item(id);
    f.run(dropPieces, { boardId: f.boardId, ids: [id], dx: 0, dy: 2000 });
    expect(f.slotOf(id)).toBeNull();
    expect(f.item(id)).toMatchObject({ x: before.x, y: before.y + 2000 });
  });

  it('a piece dragged out of the grid onto the open board goes back to the tray (issue 16)', () => {
    const f = new PuzzleFixture();
    const id = f.piece('PPT', [0, 0]);
    const waiting = f.piece('Helsestasjon');
    f.run(dropPieces, { boardId: f.boardId, ids: [id], dx: 0, dy: 2000 });
    expect(f.slotOf(id)).toBeNull();
    expect(f.item(waiting)).toMatchObject(trayPlace(f.props, 0));
    expect(f.item(id)).toMatchObject(trayPlace(f.props, 1));
  });

  it('the tray closes up when pieces leave it: the last loose piece moves to the first place (issue 16)', () => {
    const f = new PuzzleFixture();
    const a = f.piece('A');
    const b = f.piece('B');
    const c = f.piece('C');
    expect([a, b, c].map((id) => f.item(id))).toMatchObject([0, 1, 2].map((i) => trayPlace(f.props, i)));
    const s1 = slotRect(f.props, 0, 0);
    f.run(dropPieces, { boardId: f.boardId, ids: [a], dx: s1.x - f.item(a).x, dy: s1.y - f.item(a).y });
    expect(f.item(b)).toMatchObject(trayPlace(f.props, 0));
    expect(f.item(c)).toMatchObject(trayPlace(f.props, 1));
    f.run(placePiece, { id: b, slot: { rowId: f.rows[1]!.id, columnId: f.columns[1]!.id } });
    expect(f.item(c)).toMatchObject(trayPlace(f.props, 0));
    // Everything loose lies inside the tray's box, drawn for as many places as there are loose pieces.
    const box = trayRect(f.props, 1);
    const place = f.item(c);
    expect(place.x >= box.x && place.y >= box.y && place.x + place.w <= box.x + box.w && place.y + place.h <= box.y + box.h).toBe(true);
  });

  it('dropping on an occupied slot swaps the two pieces', () => {
    const f = new PuzzleFixture();
    const a = f.piece('Helsestasjon', [0, 0]);
    const b = f.piece('BUP', [3, 3]);
    const dx = f.item(b).x - f.item(a).x;
    const dy = f.item(b).y - f.item(a).y;
    f.run(dropPieces, { boardId: f.boardId, ids: [a], dx: dx + 10, dy: dy + 10 });
    expect(f.slotOf(a)).toEqual([3, 3]);
    expect(f.slotOf(b)).toEqual([0, 0]);
  });

  it('a loose piece dropped on an occupied slot sends the occupant to where it lay', () => {
    const f = new PuzzleFixture();
    const loose = f.piece('Barnevern');
    const placed = f.piece('Fastlege', [1, 1]);
    const before = { x: f.item(loose).x, y: f.item(loose).y };
    const target = slotRect(f.props, 1, 1);
    f.run(dropPieces, { boardId: f.boardId, ids: [loose], dx: target.x - before.x, dy: target.y - before.y });
    expect(f.slotOf(loose)).toEqual([1, 1]);
    expect(f.slotOf(placed)).toBeNull();
    expect(f.item(placed)).toMatchObject(before);
  });

  it('two pieces dragged onto one slot: the first gets it, the other goes back', () => {
    const f = new PuzzleFixture();
    const a = f.piece('A');
    const b = f.piece('B');
    // Lay B almost on top of A beside the grid, then drag both together onto slot (2, 2).
    f.run(dropPieces, { boardId: f.boardId, ids: [b], dx: f.item(a).x + 12 - f.item(b).x, dy: f.item(a).y + 12 - f.item(b).y });
    const bBefore = { x: f.item(b).x, y: f.item(b).y };
    const t = slotRect(f.props, 2, 2);
    f.run(dropPieces, { boardId: f.boardId, ids: [a, b], dx: t.x - f.item(a).x, dy: t.y - f.item(a).y });
    expect(f.slotOf(a)).toEqual([2, 2]);
    expect(f.slotOf(b)).toBeNull();
    expect(f.item(b)).toMatchObject(bBefore);
  });

  it('moves other dragged items (a note) by the drag, without snapping them', () => {
    const f = new PuzzleFixture();
    const p = f.piece('A');
    const noteItem = note(f.boardId, 'Lapp', { x: 50, y: 1500 });
    f.run(createItems, { items: [noteItem] });
    f.run(dropPieces, { boardId: f.boardId, ids: [noteItem.id, p], dx: 7, dy: 9 });
    expect(f.doc.items[noteItem.id]).toMatchObject({ x: 57, y: 1509 });
  });

  it('is one step: undoing it puts every moved piece back', () => {
    const f = new PuzzleFixture();
    const a = f.piece('Helsestasjon', [0, 0]);
    const b = f.piece('BUP', [3, 3]);
    const before = f.doc;
    const result = f.run(dropPieces, { boardId: f.boardId, ids: [a], dx: 3 * 420, dy: 3 * 260 });
    expect(f.slotOf(a)).toEqual([3, 3]);
    expect(f.slotOf(b)).toEqual([0, 0]);
    expect(applyPatches(result.doc, result.inverse)).toEqual(before);
  });

  it('keeps a locked piece in its slot: a piece dropped onto it goes back where it came from', () => {
    const f = new PuzzleFixture();
    const locked = f.piece('Låst', [0, 0]);
    f.doc = { ...f.doc, items: { ...f.doc.items, [locked]: { ...f.item(locked), locked: true } } };
    const other = f.piece('Skolehelsetjenesten');
    const t = slotRect(f.props, 0, 0);
    const from = { x: f.item(other).x, y: f.item(other).y };
    f.run(dropPieces, { boardId: f.boardId, ids: [other], dx: t.x - from.x, dy: t.y - from.y });
    expect(f.slotOf(locked)).toEqual([0, 0]);
    expect(f.slotOf(other)).toBeNull();
    expect(f.item(other)).toMatchObject(from);
  });
});
