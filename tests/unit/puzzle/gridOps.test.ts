import { describe, expect, it } from 'vitest';
import { newLineId, rowPresets, slotKey } from '../../../shared/kinds/puzzle/boardProps.ts';
import { moveLine, presetOnto } from '../../../shared/kinds/puzzle/gridLines.ts';
import { targetForColumn, targetForRow } from '../../../shared/kinds/puzzle/placeTargets.ts';
import { placementOf } from '../../../shared/kinds/puzzle/placement.ts';
import { columnHeaderHeight, gridRect, puzzleBounds, rowHeaderWidth, slotRect, trayOrigin, trayRect } from '../../../shared/kinds/puzzle/grid.ts';
import { addPieces, placePiece, setColumns, setGapNote, setRows, updatePiece } from '../../../shared/kinds/puzzle/ops.ts';
import { newItemId } from '../../../shared/model/ids.ts';
import { OperationError } from '../../../shared/ops/operation.ts';
import { PuzzleFixture } from './fixtures.ts';

describe('a new puzzle board', () => {
  it('has the BTI levels 0–3 as rows and four phases as columns', () => {
    const f = new PuzzleFixture();
    expect(f.rows.map((r) => r.label)).toEqual([
      'Nivå 0 – undring og bekymring',
      'Nivå 1 – tiltak i egen tjeneste',
      'Nivå 2 – samarbeid med andre tjenester',
      'Nivå 3 – omfattende tverrfaglig innsats',
    ]);
    expect(f.columns.map((c) => c.label)).toEqual(['Forebygging', 'Kartlegging', 'Oppfølging', 'Behandling']);
  });

  it('offers the three-level alternative: Universelt, Tidlig hjelp, Spesialisert', () => {
    expect(rowPresets.threeLevels.map((r) => r.label)).toEqual(['Universelt', 'Tidlig hjelp', 'Spesialisert']);
  });
});

describe('editing the grid', () => {
  it('adds a row at the end: nothing moves', () => {
    const f = new PuzzleFixture();
    const a = f.piece('Helsestasjon', [3, 0]);
    f.run(setRows, { boardId: f.boardId, lines: [...f.rows, { id: newLineId('rows'), label: 'Nivå 4' }] });
    expect(f.rows).toHaveLength(5);
    expect(f.slotOf(a)).toEqual([3, 0]);
  });

  it('renames a column without moving anything', () => {
    const f = new PuzzleFixture();
    const a = f.piece('PPT', [1, 1]);
    const columns = f.columns.map((c, i) => (i === 1 ? { ...c, label: 'Utredning og kartlegging' } : c));
    f.run(setColumns, { boardId: f.boardId, lines: columns });
    expect(f.columns[1]!.label).toBe('Utredning og kartlegging');
    expect(f.slotOf(a)).toEqual([1, 1]);
  });

  it('reorders rows: the pieces follow their row', () => {
    const f = new PuzzleFixture();
    const top = f.piece('Helsestasjon', [0, 0]);
    const bottom = f.piece('BUP', [3, 3]);
    f.run(setRows, { boardId: f.boardId, lines: [...f.rows].reverse() });
    expect(f.slotOf(top)).toEqual([3, 0]);
    expect(f.slotOf(bottom)).toEqual([0, 3]);
  });

  it('moves a column: its pieces go along, the others close up', () => {
    const f = new PuzzleFixture();
    const p = f.piece('Forebygging-brikke', [2, 0]);
    const q = f.piece('Behandling-brikke', [2, 3]);
    const [first, ...rest] = f.columns;
    f.run(setColumns, { boardId: f.boardId, lines: [...rest, first!] });
    expect(f.slotOf(p)).toEqual([2, 3]);
    expect(f.slotOf(q)).toEqual([2, 2]);
  });

  it('removes a row: its pieces go to the tray (nothing is deleted), rows below move up', () => {
    const f = new PuzzleFixture();
    const gone = f.piece('Skolehelsetjenesten', [1, 1]);
    const below = f.piece('Barnevern', [2, 2]);
    f.run(setRows, { boardId: f.boardId, lines: f.rows.filter((_, i) => i !== 1) });
    expect(f.rows).toHaveLength(3);
    expect(f.doc.items[gone]).toBeDefined();
    expect(f.slotOf(gone)).toBeNull();
    expect(f.item(gone).x).toBeGreaterThanOrEqual(trayOrigin(f.props).x);
    expect(f.slotOf(below)).toEqual([1, 2]);
  });

  it('moves the tray along when columns are added, so the grid never covers loose pieces', () => {
    const f = new PuzzleFixture();
    const loose = f.piece('Løs brikke');
    const x = f.item(loose).x;
    f.run(setColumns, { boardId: f.boardId, lines: [...f.columns, { id: newLineId('columns'), label: 'Ettervern' }] });
    expect(f.item(loose).x).toBe(x + f.props.cellWidth);
    const grid = gridRect(f.props);
    expect(f.item(loose).x).toBeGreaterThan(grid.x + grid.w);
  });

  it('drops the gap notes of removed slots and keeps the others', () => {
    const f = new PuzzleFixture();
    const [r0, r1] = f.rows;
    const c0 = f.columns[0]!;
    f.run(setGapNote, { boardId: f.boardId, rowId: r0!.id, columnId: c0.id, note: 'Mangler lavterskeltilbud' });
    f.run(setGapNote, { boardId: f.boardId, rowId: r1!.id, columnId: c0.id, note: 'Økt skolevegring' });
    f.run(setRows, { boardId: f.boardId, lines: f.rows.filter((r) => r.id !== r0!.id) });
    expect(f.props.gapNotes).toEqual({ [slotKey(r1!.id, c0.id)]: 'Økt skolevegring' });
  });

  it('refuses an empty grid and duplicate ids', () => {
    const f = new PuzzleFixture();
    expect(() => f.run(setRows, { boardId: f.boardId, lines: [] })).toThrow(OperationError);
    expect(() => f.run(setColumns, { boardId: f.boardId, lines: [f.columns[0]!, f.columns[0]!] })).toThrow(OperationError);
  });

  it('refuses to edit a board of another kind', () => {
    const f = new PuzzleFixture();
    f.doc = { ...f.doc, boards: { ...f.doc.boards, [f.boardId]: { ...f.doc.boards[f.boardId]!, kind: 'whiteboard' } } };
    expect(() => f.run(setRows, { boardId: f.boardId, lines: [{ id: 'r_x', label: 'X' }] })).toThrow(OperationError);
  });
});

describe('gap notes', () => {
  it('writes and clears a note on a slot', () => {
    const f = new PuzzleFixture();
    const args = { boardId: f.boardId, rowId: f.rows[2]!.id, columnId: f.columns[0]!.id };
    f.run(setGapNote, { ...args, note: 'Økt skolevegring – ingen felles tiltak' });
    expect(f.props.gapNotes[slotKey(args.rowId, args.columnId)]).toBe('Økt skolevegring – ingen felles tiltak');
    f.run(setGapNote, { ...args, note: '  ' });
    expect(f.props.gapNotes).toEqual({});
  });

  it('refuses a slot that does not exist', () => {
    const f = new PuzzleFixture();
    expect(() => f.run(setGapNote, { boardId: f.boardId, rowId: 'r_nope', columnId: f.columns[0]!.id, note: 'x' })).toThrow(OperationError);
  });
});

describe('pieces', () => {
  it('are created in a free slot, or in the tray when the slot is taken', () => {
    const f = new PuzzleFixture();
    const a = f.piece('Helsestasjon', [0, 0]);
    const b = f.piece('Helsestasjon for ungdom', [0, 0]);
    expect(f.slotOf(a)).toEqual([0, 0]);
    expect(f.slotOf(b)).toBeNull();
    expect(f.item(a)).toMatchObject({ type: 'puzzle-piece', w: 420, h: 260, rotation: 0 });
  });

  it('new loose pieces never cover each other in the tray', () => {
    const f = new PuzzleFixture();
    const ids = Array.from({ length: 7 }, (_, i) => f.piece(`Tjeneste ${i + 1}`));
    const boxes = ids.map((id) => `${f.item(id).x},${f.item(id).y}`);
    expect(new Set(boxes).size).toBe(7);
  });

  it('are placed from the keyboard: into a slot (swapping with its piece) or back to the tray', () => {
    const f = new PuzzleFixture();
    const a = f.piece('Fastlege', [1, 1]);
    const b = f.piece('PPT', [2, 1]);
    f.run(placePiece, { id: a, slot: { rowId: f.rows[2]!.id, columnId: f.columns[1]!.id } });
    expect(f.slotOf(a)).toEqual([2, 1]);
    expect(f.slotOf(b)).toEqual([1, 1]);
    f.run(placePiece, { id: a, slot: null });
    expect(f.slotOf(a)).toBeNull();
    expect(f.picture()[2]![1]).toBe('·');
  });

  it('change their fields one by one; bad values are refused', () => {
    const f = new PuzzleFixture();
    const a = f.piece('BUP');
    f.run(updatePiece, { id: a, patch: { capacity: 'Ventetid 8 uker', ageRange: '0–17 år' } });
    expect(f.item(a).props).toMatchObject({ text: 'BUP', capacity: 'Ventetid 8 uker', ageRange: '0–17 år' });
    expect(() => f.run(updatePiece, { id: a, patch: { actorId: 'not an id' } as never })).toThrow(OperationError);
    expect(() => f.run(updatePiece, { id: a, patch: { colour: 'red' } as never })).toThrow(OperationError);
  });

  it('refuses pieces on a board of another kind, and ids that exist', () => {
    const f = new PuzzleFixture();
    const a = f.piece('A');
    expect(() => f.run(addPieces, { boardId: f.boardId, pieces: [{ id: a, props: {}, slot: null }] })).toThrow(OperationError);
    const slot = { rowId: 'r_nope', columnId: f.columns[0]!.id };
    expect(() => f.run(addPieces, { boardId: f.boardId, pieces: [{ id: newItemId(), props: {}, slot }] })).toThrow(OperationError);
  });

  it('lie exactly on their slot when placed', () => {
    const f = new PuzzleFixture();
    const a = f.piece('A', [3, 2]);
    expect(f.item(a)).toMatchObject(slotRect(f.props, 3, 2));
  });
});

describe('row templates and line moves', () => {
  it('switching to the three-level template renames rows by position and keeps pieces on their level', () => {
    const f = new PuzzleFixture();
    const early = f.piece('Helsestasjon for ungdom', [1, 0]);
    const lowest = f.piece('BUP', [3, 3]);
    f.run(setRows, { boardId: f.boardId, lines: presetOnto(f.rows, 'threeLevels') });
    expect(f.rows.map((r) => r.label)).toEqual(['Universelt', 'Tidlig hjelp', 'Spesialisert']);
    expect(f.slotOf(early)).toEqual([1, 0]);
    expect(f.slotOf(lowest)).toBeNull(); // the fourth row is gone; its piece waits in the tray
    f.run(setRows, { boardId: f.boardId, lines: presetOnto(f.rows, 'bti') });
    expect(f.rows).toHaveLength(4);
    expect(f.slotOf(early)).toEqual([1, 0]);
  });

  it('moveLine moves one line and clamps the target', () => {
    const lines = ['a', 'b', 'c'].map((id) => ({ id: `r_${id}`, label: id }));
    expect(moveLine(lines, 0, 2).map((l) => l.label)).toEqual(['b', 'c', 'a']);
    expect(moveLine(lines, 2, -5).map((l) => l.label)).toEqual(['c', 'a', 'b']);
    expect(moveLine(lines, 7, 0)).toEqual(lines);
  });
});

describe('placing from the inventory by level or phase alone', () => {
  it('a loose piece given a level takes that level’s first free phase', () => {
    const f = new PuzzleFixture();
    f.piece('A', [2, 0]);
    const p = placementOf(f.props, f.pieces());
    expect(targetForRow(f.props, p, null, 2)).toEqual({ rowId: f.rows[2]!.id, columnId: f.columns[1]!.id });
    expect(targetForRow(f.props, p, null, null)).toBeNull();
  });

  it('a placed piece keeps its phase when its level changes, and its level when its phase changes', () => {
    const f = new PuzzleFixture();
    const p = placementOf(f.props, f.pieces());
    expect(targetForRow(f.props, p, { row: 0, col: 3 }, 1)).toEqual({ rowId: f.rows[1]!.id, columnId: f.columns[3]!.id });
    expect(targetForColumn(f.props, { row: 0, col: 3 }, 1)).toEqual({ rowId: f.rows[0]!.id, columnId: f.columns[1]!.id });
  });

  it('the tray fills column by column beside the grid, as tall as the grid', () => {
    const f = new PuzzleFixture();
    const ids = Array.from({ length: 5 }, (_, i) => f.piece(`T${i}`));
    const xs = new Set(ids.slice(0, 4).map((id) => f.item(id).x));
    expect(xs.size).toBe(1);
    expect(f.item(ids[4]!).x).toBeGreaterThan(f.item(ids[0]!).x);
    expect(f.item(ids[4]!).y).toBe(f.item(ids[0]!).y);
  });
});

describe('the bounds of the whole puzzle', () => {
  it('take in the row names, the column names, the grid, the tray and every piece with its tabs', () => {
    const f = new PuzzleFixture();
    f.piece('Løs', null);
    const far = f.piece('Langt unna');
    f.run(placePiece, { id: far, slot: null });
    const grid = f.props;
    const b = puzzleBounds(grid, f.pieces(), 2);
    expect(b.x).toBe(-rowHeaderWidth);
    expect(b.y).toBeLessThanOrEqual(-columnHeaderHeight);
    const tray = trayRect(grid, 2);
    expect(b.x + b.w).toBeGreaterThanOrEqual(tray.x + tray.w);
    expect(b.y + b.h).toBeGreaterThanOrEqual(grid.rows.length * grid.cellHeight);
  });
});
