import { emptyDoc, type WorkshopDoc } from '../../../shared/model/document.ts';
import { newBoardId, newItemId, type ActorId, type BoardId, type ItemId } from '../../../shared/model/ids.ts';
import type { Actor, Item } from '../../../shared/model/records.ts';
import { addBoard } from '../../../shared/ops/boardOps.ts';
import { perform, type Operation } from '../../../shared/ops/operation.ts';
import { addPieces } from '../../../shared/kinds/puzzle/ops.ts';
import { puzzleProps, type GridLine } from '../../../shared/kinds/puzzle/boardProps.ts';
import { piecesOf, placementOf } from '../../../shared/kinds/puzzle/placement.ts';
import { actor } from '../../helpers/workshop.ts';

/** A tiny facade so puzzle tests read like the room's moves: a board, pieces in slots, a drop. */
export class PuzzleFixture {
  doc: WorkshopDoc;
  readonly boardId: BoardId;

  constructor(options: { template?: boolean; actors?: Actor[] } = {}) {
    let doc = emptyDoc({ title: 'Barn og unge i Stjørdal', region: 'Værnesregionen' });
    for (const a of options.actors ?? []) doc.actors[a.id] = a;
    this.boardId = newBoardId();
    doc = perform(doc, addBoard, { id: this.boardId, kind: 'puzzle', name: 'SAMMEN', withTemplate: options.template ?? false }).doc;
    this.doc = doc;
  }

  run<A>(op: Operation<A>, args: A) {
    const result = perform(this.doc, op, args);
    this.doc = result.doc;
    return result;
  }

  get props() {
    return puzzleProps(this.doc.boards[this.boardId]!);
  }

  get rows(): GridLine[] {
    return this.props.rows;
  }

  get columns(): GridLine[] {
    return this.props.columns;
  }

  /** Adds a piece, in the slot (row, col) or in the tray, and returns its id. */
  piece(name: string, slot: [number, number] | null = null, actorId: ActorId | null = null): ItemId {
    const id = newItemId();
    const ref = slot ? { rowId: this.rows[slot[0]]!.id, columnId: this.columns[slot[1]]!.id } : null;
    this.run(addPieces, { boardId: this.boardId, pieces: [{ id, props: { text: name, actorId }, slot: ref }] });
    return id;
  }

  item(id: ItemId): Item {
    return this.doc.items[id]!;
  }

  pieces(): Item[] {
    return piecesOf(this.doc.items, this.boardId);
  }

  /** Where a piece lies: [row, col], or null when loose. */
  slotOf(id: ItemId): [number, number] | null {
    const slot = placementOf(this.props, this.pieces()).slotOf.get(id) ?? null;
    return slot ? [slot.row, slot.col] : null;
  }

  /** The names in the grid, row by row ('·' for a gap), for compact assertions. */
  picture(): string[][] {
    const placement = placementOf(this.props, this.pieces());
    return this.rows.map((_, r) =>
      this.columns.map((_, c) => {
        const piece = placement.bySlot.get(`${r},${c}`);
        return piece ? String(piece.props.text) : '·';
      }),
    );
  }
}

export function provider(name: string, category: Actor['category']): Actor {
  return { ...actor(name, category), shortName: name };
}
