import { current, isDraft, type Draft } from 'immer';
import { z } from 'zod';
import type { Rect } from '../../items/geometry.ts';
import type { WorkshopDoc } from '../../model/document.ts';
import { BoardIdSchema, ItemIdSchema, type BoardId, type ItemId } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import type { Board, Item } from '../../model/records.ts';
import { moveItems } from '../../ops/itemOps.ts';
import { defineOperation, OperationError } from '../../ops/operation.ts';
import { GridLineSchema, maxLines, PuzzleBoardPropsSchema, slotKey, type GridLine, type PuzzleBoardProps } from './boardProps.ts';
import { freeTrayPlace, slotOfBox, slotRect, type Grid, type SlotIndex } from './grid.ts';
import { puzzleKindName } from './kindName.ts';
import { isPiece, PiecePatchSchema, PiecePropsSchema, pieceType } from './piece.ts';
import { baseItemsOf, indexKey, placementOf, piecesOf } from './placement.ts';
import { defaultSnapRadius, snapSlot } from './snapping.ts';
import { reflowTray } from './tray.ts';

/**
 * The puzzle's own edits. Each is one operation, so one undo step and one transaction: a drop
 * that snaps a piece into an occupied slot and swaps the two is one step, and so is removing a
 * row, which puts that row's pieces back in the tray and moves the rows below up.
 */

export { puzzleKindName };

type Items = Record<string, Item>;

function puzzleBoard(draft: Draft<WorkshopDoc>, boardId: BoardId): Draft<Board> {
  const board = draft.boards[boardId];
  if (!board) throw new OperationError('error.invalidEdit', `board ${boardId} not found`);
  if (board.kind !== puzzleKindName) throw new OperationError('error.invalidEdit', `board ${boardId} is not a puzzle`);
  return board;
}

/** The board's settings as they are now in this operation (the draft may already have changed them). */
function readProps(board: Draft<Board>): PuzzleBoardProps {
  const raw = isDraft(board.props) ? current(board.props) : board.props;
  const parsed = PuzzleBoardPropsSchema.safeParse(raw);
  if (!parsed.success) return PuzzleBoardPropsSchema.parse({});
  return parsed.data;
}

function itemOf(items: Readonly<Items>, id: ItemId): Item {
  const item = items[id];
  if (!item) throw new OperationError('error.invalidEdit', `item ${id} not found`);
  return item;
}

/** Writes a box, touching only the fields that change (the undo step stays small). */
function writeBox(draft: Draft<WorkshopDoc>, id: ItemId, box: Rect): void {
  const item = draft.items[id];
  if (!item) return;
  if (item.x !== box.x) item.x = box.x;
  if (item.y !== box.y) item.y = box.y;
  if (item.w !== box.w) item.w = box.w;
  if (item.h !== box.h) item.h = box.h;
}

const sizedAt = (grid: Grid, x: number, y: number): Rect => ({ x, y, w: grid.cellWidth, h: grid.cellHeight });

/** Boxes of everything on the board that is not in a slot: what a tray place must not cover. */
/**
 * Closes up the tray after an edit (see tray.ts): `written` are the boxes the edit gave, the rest
 * are read from before it.
 */
function reflowAfter(draft: Draft<WorkshopDoc>, boardId: BoardId, grid: Grid, base: Readonly<Items>, written: ReadonlyMap<ItemId, Rect>): void {
  const pieces = piecesOf(base, boardId).map((p) => {
    const box = written.get(p.id);
    return box ? { ...p, ...box } : p;
  });
  const { loose } = placementOf(grid, pieces);
  for (const [id, box] of reflowTray(grid, loose.map((p) => ({ id: p.id, box: { x: p.x, y: p.y, w: p.w, h: p.h } })))) writeBox(draft, id as ItemId, box);
}

function looseBoxes(board: BoardId, items: Readonly<Items>, grid: Grid, except: ReadonlySet<string>): Rect[] {
  const pieces = piecesOf(items, board).filter((p) => !except.has(p.id));
  const placement = placementOf(grid, pieces);
  return placement.loose.map((p) => ({ x: p.x, y: p.y, w: p.w, h: p.h }));
}

const lineList = z
  .array(GridLineSchema)
  .min(1)
  .max(maxLines)
  .refine((lines) => new Set(lines.map((l) => l.id)).size === lines.length, 'line ids must be unique');

/**
 * Replaces the rows or the columns: adding, renaming, removing and reordering are all this one
 * edit with a new list. Pieces follow their row or column by id; the pieces of a removed line go
 * to the tray (nothing is deleted); loose pieces beside the grid move along as it grows or shrinks;
 * gap notes of removed slots go.
 */
function setLinesOperation(axis: 'rows' | 'columns') {
  return defineOperation({
    id: axis === 'rows' ? 'puzzle.setRows' : 'puzzle.setColumns',
    labelKey: axis === 'rows' ? 'puzzle.op.setRows' : 'puzzle.op.setColumns',
    args: z.object({ boardId: BoardIdSchema, lines: lineList }),
    apply(draft, { boardId, lines }) {
      const board = puzzleBoard(draft, boardId);
      const before = readProps(board);
      const after: PuzzleBoardProps = { ...before, [axis]: lines.map((l: GridLine) => ({ id: l.id, label: l.label })) };
      const base = baseItemsOf(draft as WorkshopDoc);
      const pieces = piecesOf(base, boardId);
      const placement = placementOf(before, pieces);
      const newIndex = new Map(lines.map((l, i) => [l.id, i]));
      const oldWidth = before.columns.length * before.cellWidth;
      const oldHeight = before.rows.length * before.cellHeight;
      const dx = (after.columns.length - before.columns.length) * before.cellWidth;
      const dy = (after.rows.length - before.rows.length) * before.cellHeight;

      const boxes = new Map<ItemId, Rect>();
      const evicted: Item[] = [];
      for (const piece of pieces) {
        if (piece.locked) continue;
        const slot = placement.slotOf.get(piece.id);
        if (slot) {
          const lineId = axis === 'rows' ? before.rows[slot.row]!.id : before.columns[slot.col]!.id;
          const index = newIndex.get(lineId);
          if (index === undefined) evicted.push(piece);
          else boxes.set(piece.id, axis === 'rows' ? slotRect(after, index, slot.col) : slotRect(after, slot.row, index));
        } else if (dx !== 0 && piece.x >= oldWidth - 0.5) {
          boxes.set(piece.id, { x: piece.x + dx, y: piece.y, w: piece.w, h: piece.h });
        } else if (dy !== 0 && piece.y >= oldHeight - 0.5 && piece.x < oldWidth) {
          boxes.set(piece.id, { x: piece.x, y: piece.y + dy, w: piece.w, h: piece.h });
        }
      }

      const rowIds = new Set(after.rows.map((r) => r.id));
      const columnIds = new Set(after.columns.map((c) => c.id));
      const gapNotes: Record<string, string> = {};
      for (const [key, note] of Object.entries(before.gapNotes)) {
        const [rowId, columnId] = key.split('|');
        if (rowId && columnId && rowIds.has(rowId) && columnIds.has(columnId)) gapNotes[key] = note;
      }
      board.props = { ...after, gapNotes };

      // Evicted pieces go to free tray places, clear of the loose pieces where they now lie.
      const taken: Rect[] = pieces
        .filter((p) => placement.slotOf.get(p.id) === null || p.locked)
        .map((p) => boxes.get(p.id) ?? { x: p.x, y: p.y, w: p.w, h: p.h });
      for (const piece of evicted) {
        const place = freeTrayPlace(after, taken);
        taken.push(place);
        boxes.set(piece.id, place);
      }
      for (const [id, box] of boxes) writeBox(draft, id, box);
    },
  });
}

export const setRows = setLinesOperation('rows');
export const setColumns = setLinesOperation('columns');

/** Writes or clears (empty text) the note on a gap. */
export const setGapNote = defineOperation({
  id: 'puzzle.setGapNote',
  labelKey: 'puzzle.op.setGapNote',
  args: z.object({ boardId: BoardIdSchema, rowId: z.string(), columnId: z.string(), note: z.string().max(limits.text) }),
  apply(draft, { boardId, rowId, columnId, note }) {
    const board = puzzleBoard(draft, boardId);
    const props = readProps(board);
    if (!props.rows.some((r) => r.id === rowId) || !props.columns.some((c) => c.id === columnId)) {
      throw new OperationError('error.invalidEdit', 'no such slot');
    }
    const key = slotKey(rowId, columnId);
    const gapNotes = { ...props.gapNotes };
    if (note.trim() === '') delete gapNotes[key];
    else gapNotes[key] = note;
    board.props = { ...props, gapNotes };
  },
});

const SlotRefSchema = z.object({ rowId: z.string(), columnId: z.string() });
type SlotRef = z.infer<typeof SlotRefSchema>;

function slotIndexOf(grid: Grid, ref: SlotRef): SlotIndex {
  const row = grid.rows.findIndex((r) => r.id === ref.rowId);
  const col = grid.columns.findIndex((c) => c.id === ref.columnId);
  if (row < 0 || col < 0) throw new OperationError('error.invalidEdit', `no slot ${ref.rowId} × ${ref.columnId}`);
  return { row, col };
}

const NewPieceSchema = z.object({
  id: ItemIdSchema,
  props: PiecePatchSchema,
  /** Put straight into this slot if it is free; otherwise (or without it) into the tray. */
  slot: SlotRefSchema.nullable().default(null),
});

/** New pieces, in front of everything on the board: into the slots asked for when free, else the tray. */
export const addPieces = defineOperation({
  id: 'puzzle.addPieces',
  labelKey: 'puzzle.op.addPieces',
  args: z.object({ boardId: BoardIdSchema, pieces: z.array(NewPieceSchema).min(1).max(1000) }),
  apply(draft, { boardId, pieces }) {
    const board = puzzleBoard(draft, boardId);
    const grid = readProps(board);
    const base = baseItemsOf(draft as WorkshopDoc);
    const all: Items = draft.items;
    const existing = piecesOf(base, boardId);
    const placement = placementOf(grid, existing);
    const occupied = new Set(placement.bySlot.keys());
    const taken = placement.loose.map((p) => ({ x: p.x, y: p.y, w: p.w, h: p.h }));
    let z = 0;
    for (const item of Object.values(base)) if (item.boardId === boardId) z = Math.max(z, item.z);
    for (const piece of pieces) {
      if (all[piece.id]) throw new OperationError('error.invalidEdit', `item ${piece.id} exists`);
      let box: Rect | undefined;
      if (piece.slot) {
        const { row, col } = slotIndexOf(grid, piece.slot);
        if (!occupied.has(indexKey(row, col))) {
          occupied.add(indexKey(row, col));
          box = slotRect(grid, row, col);
        }
      }
      if (!box) {
        box = freeTrayPlace(grid, taken);
        taken.push(box);
      }
      all[piece.id] = {
        id: piece.id,
        boardId,
        type: pieceType,
        ...box,
        rotation: 0,
        z: ++z,
        parentId: null,
        groupId: null,
        locked: false,
        props: PiecePropsSchema.parse(piece.props),
      };
    }
  },
});

/** Changes a piece's fields (name, provider, target group...); the patch is validated field by field. */
export const updatePiece = defineOperation({
  id: 'puzzle.updatePiece',
  labelKey: 'puzzle.op.updatePiece',
  args: z.object({ id: ItemIdSchema, patch: PiecePatchSchema }),
  apply(draft, { id, patch }) {
    const item = draft.items[id];
    if (!item || !isPiece(item)) throw new OperationError('error.invalidEdit', `piece ${id} not found`);
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && item.props[key] !== value) item.props[key] = value;
    }
  },
});

/**
 * Moves a piece into a slot, or back to the tray with null. A slot's current piece changes places
 * with it (goes where the moved piece was), so nothing is ever covered or lost.
 */
export const placePiece = defineOperation({
  id: 'puzzle.placePiece',
  labelKey: 'puzzle.op.placePiece',
  args: z.object({ id: ItemIdSchema, slot: SlotRefSchema.nullable() }),
  apply(draft, { id, slot }) {
    const base = baseItemsOf(draft as WorkshopDoc);
    const piece = itemOf(base, id);
    if (!isPiece(piece)) throw new OperationError('error.invalidEdit', `item ${id} is not a puzzle piece`);
    if (piece.locked) throw new OperationError('error.invalidEdit', `piece ${id} is locked`);
    const board = puzzleBoard(draft, piece.boardId);
    const grid = readProps(board);
    const placement = placementOf(grid, piecesOf(base, piece.boardId));
    const from = placement.slotOf.get(id) ?? null;
    const written = new Map<ItemId, Rect>();
    const write = (itemId: ItemId, box: Rect) => {
      written.set(itemId, box);
      writeBox(draft, itemId, box);
    };
    if (!slot) {
      if (from) write(id, freeTrayPlace(grid, looseBoxes(piece.boardId, base, grid, new Set([id]))));
      return;
    }
    const target = slotIndexOf(grid, slot);
    if (from && from.row === target.row && from.col === target.col) return;
    const occupant = placement.bySlot.get(indexKey(target.row, target.col));
    if (occupant?.locked) throw new OperationError('error.invalidEdit', 'the slot holds a locked piece');
    write(id, slotRect(grid, target.row, target.col));
    if (occupant) write(occupant.id, from ? slotRect(grid, from.row, from.col) : sizedAt(grid, piece.x, piece.y));
    reflowAfter(draft, piece.boardId, grid, base, written);
  },
});

/**
 * The end of a drag on the canvas, as one step: other items move by (dx, dy); each dragged piece
 * snaps into the slot nearest its centre if that is within `radius` (default: half a slot's
 * longer side), else lies where it was dropped. A piece already in that slot changes places with
 * the dragged one; a locked one keeps it, and the dragged piece goes back where it came from. Two
 * dragged pieces aiming at one slot: the first listed gets it, the other goes back.
 */
export const dropPieces = defineOperation({
  id: 'puzzle.dropPieces',
  labelKey: 'puzzle.op.dropPieces',
  args: z.object({
    boardId: BoardIdSchema,
    ids: z.array(ItemIdSchema).min(1).max(limits.changesPerCall),
    dx: z.number().finite(),
    dy: z.number().finite(),
    radius: z.number().finite().min(0).optional(),
  }),
  apply(draft, { boardId, ids, dx, dy, radius }) {
    const board = puzzleBoard(draft, boardId);
    const grid = readProps(board);
    const base = baseItemsOf(draft as WorkshopDoc);
    const dragged = ids.map((id) => itemOf(base, id));
    const others = dragged.filter((item) => !isPiece(item)).map((item) => item.id);
    if (others.length > 0 && (dx !== 0 || dy !== 0)) moveItems.apply(draft, { ids: others, dx, dy });

    const pieces = dragged.filter((item) => isPiece(item) && !item.locked && item.boardId === boardId);
    const draggedIds = new Set(pieces.map((p) => p.id));
    const placement = placementOf(grid, piecesOf(base, boardId));
    const snapRadius = radius ?? defaultSnapRadius(grid);
    const claimed = new Set<string>();
    const boxes = new Map<ItemId, Rect>();
    const swaps: { occupant: Item; to: Rect }[] = [];
    const returning: Item[] = [];
    const outOfGrid: Item[] = [];

    for (const piece of pieces) {
      const dropped = sizedAt(grid, piece.x + dx, piece.y + dy);
      const slot = snapSlot(grid, { x: piece.x + dx + piece.w / 2, y: piece.y + dy + piece.h / 2 }, snapRadius);
      const key = slot ? indexKey(slot.row, slot.col) : null;
      const occupant = key ? placement.bySlot.get(key) : undefined;
      if (!slot || !key) {
        // A piece taken out of the grid and let go on the open board goes back to the tray
        // (issue 16); a loose piece lies where it was put.
        if (placement.slotOf.get(piece.id)) outOfGrid.push(piece);
        else boxes.set(piece.id, dropped);
        continue;
      }
      if (claimed.has(key) || (occupant !== undefined && !draggedIds.has(occupant.id) && occupant.locked)) {
        // The slot is taken for good: the piece goes back where it came from.
        returning.push(piece);
        continue;
      }
      claimed.add(key);
      boxes.set(piece.id, slotRect(grid, slot.row, slot.col));
      if (occupant && !draggedIds.has(occupant.id)) swaps.push({ occupant, to: sizedAt(grid, piece.x, piece.y) });
    }
    // Swapped occupants and refused pieces go where the dragged piece came from, or to the tray
    // when another dragged piece took that slot meanwhile.
    const sendBack = (piece: Item, to: Rect) => {
      const toSlot = slotOfBox(grid, to);
      if (toSlot && claimed.has(indexKey(toSlot.row, toSlot.col))) {
        const taken = [...looseBoxes(boardId, base, grid, draggedIds), ...boxes.values()];
        boxes.set(piece.id, freeTrayPlace(grid, taken));
      } else {
        if (toSlot) claimed.add(indexKey(toSlot.row, toSlot.col));
        boxes.set(piece.id, to);
      }
    };
    for (const { occupant, to } of swaps) sendBack(occupant, to);
    for (const piece of returning) sendBack(piece, { x: piece.x, y: piece.y, w: piece.w, h: piece.h });
    for (const piece of outOfGrid) {
      const taken = [...looseBoxes(boardId, base, grid, draggedIds), ...[...boxes.values()].filter((b) => !slotOfBox(grid, b))];
      boxes.set(piece.id, freeTrayPlace(grid, taken));
    }
    for (const [id, box] of boxes) writeBox(draft, id, box);
    reflowAfter(draft, boardId, grid, base, boxes);
  },
});

/** Every puzzle operation, for the command registry and tests. */
export const puzzleOperations = [setRows, setColumns, setGapNote, addPieces, updatePiece, placePiece, dropPieces] as const;
