import { newItemId, type BoardId } from '../../../shared/model/ids.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { Item } from '../../../shared/model/records.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';
import { note, workshopWith } from '../../helpers/workshop.ts';

/** A frame on a board, with a title. */
export function frame(boardId: BoardId, title: string, at: { x: number; y: number; w?: number; h?: number }): Item {
  return {
    id: newItemId(), boardId, type: 'frame', x: at.x, y: at.y, w: at.w ?? 800, h: at.h ?? 600, rotation: 0, z: 0,
    parentId: null, groupId: null, locked: false, props: { title, fill: '#f4f4f4' },
  };
}

export function add(doc: WorkshopDoc, ...items: Item[]): Item[] {
  for (const item of items) doc.items[item.id] = item;
  return items;
}

/** A workshop of `boards` boards; returns it with the boards in order. */
export function workshopOfBoards(boards = 2) {
  const doc = workshopWith({ boards });
  return { doc, boards: boardsInOrder(doc) };
}

export { note };
