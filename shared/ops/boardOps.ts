import { z } from 'zod';
import { boardsInOrder, nextOrder, type WorkshopDoc } from '../model/document.ts';
import { BoardIdSchema, newItemId, type BoardId, type ItemId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { Board, Item } from '../model/records.ts';
import { getBoardKind } from '../kinds/registry.ts';
import { defineOperation, OperationError } from './operation.ts';

const boardName = z.string().trim().min(1).max(limits.name);

function boardOf(doc: WorkshopDoc, id: BoardId): Board {
  const board = doc.boards[id];
  if (!board) throw new OperationError('error.notFound', `board ${id}`);
  return board;
}

/** Adds a board of a registered kind at the end of the list, optionally filled from its template. */
export const addBoard = defineOperation({
  id: 'board.add',
  labelKey: 'op.board.add',
  args: z.object({ id: BoardIdSchema, kind: z.string(), name: boardName, withTemplate: z.boolean().default(false) }),
  apply(draft, { id, kind, name, withTemplate }) {
    const module = getBoardKind(kind);
    if (!module) throw new OperationError('error.invalidEdit', `unknown board kind ${kind}`);
    if (draft.boards[id]) throw new OperationError('error.invalidEdit', `board ${id} exists`);
    draft.boards[id] = { id, kind, name, order: nextOrder(draft.boards), props: module.defaultProps() };
    if (withTemplate && module.applyTemplate) module.applyTemplate(draft, draft.boards[id]);
  },
});

export const renameBoard = defineOperation({
  id: 'board.rename',
  labelKey: 'op.board.rename',
  args: z.object({ id: BoardIdSchema, name: boardName }),
  apply(draft, { id, name }) {
    boardOf(draft as WorkshopDoc, id).name = name;
  },
});

/**
 * Moves a board to a position in the list. Only the moved board's order changes (it takes a value
 * between its new neighbours), so reordering writes one row.
 */
export const moveBoard = defineOperation({
  id: 'board.move',
  labelKey: 'op.board.move',
  args: z.object({ id: BoardIdSchema, toIndex: z.number().int().min(0) }),
  apply(draft, { id, toIndex }) {
    const board = boardOf(draft as WorkshopDoc, id);
    const others = boardsInOrder(draft as WorkshopDoc).filter((b) => b.id !== id);
    const index = Math.min(toIndex, others.length);
    const before = others[index - 1]?.order;
    const after = others[index]?.order;
    board.order =
      before === undefined && after === undefined ? 1
      : before === undefined ? after! - 1
      : after === undefined ? before + 1
      : (before + after) / 2;
  },
});

/** Copies a board and every item on it; frames, groups and connectors point at the copies. */
export const duplicateBoard = defineOperation({
  id: 'board.duplicate',
  labelKey: 'op.board.duplicate',
  args: z.object({ id: BoardIdSchema, newId: BoardIdSchema, name: boardName }),
  apply(draft, { id, newId, name }) {
    const source = boardOf(draft as WorkshopDoc, id);
    if (draft.boards[newId]) throw new OperationError('error.invalidEdit', `board ${newId} exists`);
    const order = source.order;
    // Place the copy right after the original.
    const nextAfter = boardsInOrder(draft as WorkshopDoc).find((b) => b.order > order)?.order;
    draft.boards[newId] = {
      ...structuredCloneJson(source),
      id: newId,
      name,
      order: nextAfter === undefined ? order + 1 : (order + nextAfter) / 2,
    };
    const items = Object.values(draft.items).filter((item) => item.boardId === id) as Item[];
    const idMap = new Map<string, ItemId>(items.map((item) => [item.id, newItemId()]));
    const groupMap = new Map<string, string>();
    for (const item of items) {
      const copy = structuredCloneJson(item);
      copy.id = idMap.get(item.id)!;
      copy.boardId = newId;
      copy.parentId = item.parentId ? (idMap.get(item.parentId) ?? null) : null;
      if (item.groupId) {
        if (!groupMap.has(item.groupId)) groupMap.set(item.groupId, `${item.groupId}-${copy.id}`.slice(0, 80));
        copy.groupId = groupMap.get(item.groupId)!;
      }
      remapItemRefs(copy.props, idMap);
      draft.items[copy.id] = copy;
    }
  },
});

/** Deletes a board with everything on it. Undo brings all of it back. */
export const deleteBoard = defineOperation({
  id: 'board.delete',
  labelKey: 'op.board.delete',
  args: z.object({ id: BoardIdSchema }),
  apply(draft, { id }) {
    boardOf(draft as WorkshopDoc, id);
    delete draft.boards[id];
    for (const item of Object.values(draft.items)) {
      if (item.boardId === id) delete draft.items[item.id];
    }
  },
});

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Item props that refer to other items (a connector's ends) use these keys by convention. */
const itemRefKeys = ['fromId', 'toId'];

function remapItemRefs(props: Record<string, unknown>, idMap: Map<string, ItemId>): void {
  for (const key of itemRefKeys) {
    const value = props[key];
    if (typeof value === 'string' && idMap.has(value)) props[key] = idMap.get(value);
  }
}
