import { recordSchemas } from '../../shared/model/changes.ts';
import { collectionNames, type WorkshopDoc } from '../../shared/model/document.ts';
import { newBoardId, newGatheringId, type BoardId, type ItemId } from '../../shared/model/ids.ts';
import { WorkshopMetaSchema, type Item } from '../../shared/model/records.ts';
import { stackMoves } from '../../shared/items/stacking.ts';
import { addBoard, deleteBoard, duplicateBoard, moveBoard, renameBoard } from '../../shared/ops/boardOps.ts';
import {
  createItems, deleteItems, groupItems, lockItems, moveItems, pasteItems, reparentItems, resizeItem, rotateItems, setItemsZ, ungroupItems, unlockItems, updateItems,
} from '../../shared/ops/itemOps.ts';
import { OperationError, perform, type Operation, type Performed } from '../../shared/ops/operation.ts';
import { actorOps, gatheringOps, updateMeta } from '../../shared/ops/workshopOps.ts';
import { actor, workshopWith } from '../helpers/workshop.ts';

/**
 * A random step of a user's session, as plain numbers that fast-check can generate and shrink;
 * `performStep` turns it into a real operation on whatever the document holds at that moment.
 */
export interface Step {
  kind: StepKind;
  /** Pick targets: indexes into the document's sorted ids, taken modulo their count. */
  a: number;
  b: number;
  c: number;
  /** Distances and sizes. */
  d: number;
  text: string;
}

export const stepKinds = [
  'addBoard', 'renameBoard', 'moveBoard', 'duplicateBoard', 'deleteBoard',
  'addNotes', 'addFrame', 'addConnector', 'updateText', 'moveItems', 'resize', 'rotate', 'deleteItems',
  'reparent', 'unparent', 'group', 'ungroup', 'lock', 'unlock', 'setZ', 'paste',
  'addActor', 'removeActor', 'addGathering', 'removeGathering', 'updateMeta',
] as const;
export type StepKind = (typeof stepKinds)[number];

const sorted = <T extends { id: string }>(records: Record<string, T>): T[] => Object.values(records).sort((x, y) => (x.id < y.id ? -1 : 1));
const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

let counter = 0;
const itemId = () => `i_p${(counter++).toString(36)}` as ItemId;

function item(boardId: BoardId, type: string, props: Record<string, unknown>, x: number, y: number, w = 160, h = 100): Item {
  return { id: itemId(), boardId, type, x, y, w, h, rotation: 0, z: counter, parentId: null, groupId: null, locked: false, props };
}

/** Two boards of notes, each with a frame carrying two of them, and an actor: something for every step. */
export function startingWorkshop(): WorkshopDoc {
  const doc = workshopWith({ boards: 2, notesPerBoard: 4, actors: ['Stjørdal kommune'] });
  for (const board of Object.values(doc.boards)) {
    const frame = item(board.id, 'frame', { title: 'Ramme', fill: '#f4f4f4' }, -100, -100, 800, 600);
    doc.items[frame.id] = frame;
    for (const note of Object.values(doc.items).filter((i) => i.boardId === board.id && i.type === 'note').slice(0, 2)) note.parentId = frame.id;
  }
  return doc;
}

const run = <A>(doc: WorkshopDoc, op: Operation<A>, args: A): Performed => perform(doc, op, args);

/** Performs a step; null when the document has nothing it applies to or the operation refuses. */
export function performStep(doc: WorkshopDoc, step: Step): Performed | null {
  const boards = sorted(doc.boards);
  const board = at(boards, step.a);
  const items = sorted(doc.items);
  const onBoard = board ? items.filter((i) => i.boardId === board.id) : [];
  const first = at(onBoard, step.b);
  const second = at(onBoard, step.c);
  const ids = [...new Set([first, second].filter((i): i is Item => i !== undefined).map((i) => i.id))];
  const name = step.text.trim().slice(0, 500) || 'Tavle';
  try {
    switch (step.kind) {
      case 'addBoard': return run(doc, addBoard, { id: newBoardId(), kind: 'whiteboard', name, withTemplate: step.d % 2 === 0 });
      case 'renameBoard': return board ? run(doc, renameBoard, { id: board.id, name }) : null;
      case 'moveBoard': return board ? run(doc, moveBoard, { id: board.id, toIndex: step.b % 5 }) : null;
      case 'duplicateBoard': return board ? run(doc, duplicateBoard, { id: board.id, newId: newBoardId(), name }) : null;
      case 'deleteBoard': return board ? run(doc, deleteBoard, { id: board.id }) : null;
      case 'addNotes':
        return board ? run(doc, createItems, { items: Array.from({ length: 1 + (step.b % 4) }, (_, i) => item(board.id, 'note', { text: step.text }, step.d + i * 170, step.d)) }) : null;
      case 'addFrame': return board ? run(doc, createItems, { items: [item(board.id, 'frame', { title: name }, step.d - 400, step.d - 300, 800, 600)] }) : null;
      case 'addConnector':
        return board && first && second && first.type !== 'connector' && second.type !== 'connector'
          ? run(doc, createItems, { items: [item(board.id, 'connector', { fromId: first.id, toId: second.id }, 0, 0, 0, 0)] }) : null;
      case 'updateText': return first ? run(doc, updateItems, { patches: [{ id: first.id, props: first.type === 'frame' ? { title: name } : { text: step.text } }] }) : null;
      case 'moveItems': return ids.length ? run(doc, moveItems, { ids, dx: step.d, dy: -step.d }) : null;
      case 'resize': return first ? run(doc, resizeItem, { id: first.id, x: first.x, y: first.y, w: Math.abs(step.d), h: Math.abs(step.d) / 2 }) : null;
      case 'rotate': return ids.length ? run(doc, rotateItems, { ids, rotation: step.d }) : null;
      case 'deleteItems': return ids.length ? run(doc, deleteItems, { ids }) : null;
      case 'reparent': {
        const frame = at(onBoard.filter((i) => i.type === 'frame'), step.c);
        const child = at(onBoard.filter((i) => i.id !== frame?.id), step.b);
        return frame && child ? run(doc, reparentItems, { ids: [child.id], parentId: frame.id }) : null;
      }
      case 'unparent': {
        const child = at(onBoard.filter((i) => i.parentId !== null), step.b);
        return child ? run(doc, reparentItems, { ids: [child.id], parentId: null }) : null;
      }
      case 'group': return ids.length >= 2 ? run(doc, groupItems, { ids }) : null;
      case 'ungroup': return ids.length ? run(doc, ungroupItems, { ids }) : null;
      case 'lock': return ids.length ? run(doc, lockItems, { ids }) : null;
      case 'unlock': return ids.length ? run(doc, unlockItems, { ids }) : null;
      case 'setZ': return ids.length ? run(doc, setItemsZ, { ids, to: stackMoves[step.d & 3]! }) : null;
      case 'paste': {
        const target = at(boards, step.c);
        return target && onBoard.length ? run(doc, pasteItems, { boardId: target.id, items: onBoard.slice(0, 5), offset: { x: 20, y: 20 } }) : null;
      }
      case 'addActor': return run(doc, actorOps.add, { record: { ...actor(name), order: step.b } });
      case 'removeActor': {
        const victim = at(sorted(doc.actors), step.b);
        return victim ? run(doc, actorOps.remove, { id: victim.id }) : null;
      }
      case 'addGathering': return run(doc, gatheringOps.add, { record: { id: newGatheringId(), title: name, date: '', place: '', order: step.b } });
      case 'removeGathering': {
        const victim = at(sorted(doc.gatherings), step.b);
        return victim ? run(doc, gatheringOps.remove, { id: victim.id }) : null;
      }
      case 'updateMeta': return run(doc, updateMeta, { patch: { title: name, description: step.text } });
    }
  } catch (error) {
    if (error instanceof OperationError) return null;
    throw error;
  }
}

/** What must hold after every step: valid records and no reference to anything that isn't there. */
export function invariantViolations(doc: WorkshopDoc): string[] {
  const problems: string[] = [];
  if (!WorkshopMetaSchema.safeParse(doc.meta).success) problems.push('meta does not validate');
  for (const table of collectionNames) {
    for (const [id, record] of Object.entries(doc[table])) {
      const parsed = recordSchemas[table].safeParse(record);
      if (!parsed.success || parsed.data.id !== id) problems.push(`${table} ${id} does not validate`);
    }
  }
  for (const it of Object.values(doc.items)) {
    if (!doc.boards[it.boardId]) problems.push(`item ${it.id} on missing board ${it.boardId}`);
    if (it.parentId !== null) {
      const parent = doc.items[it.parentId];
      if (!parent) problems.push(`item ${it.id} in missing frame ${it.parentId}`);
      else if (parent.boardId !== it.boardId) problems.push(`item ${it.id} in a frame on another board`);
      const seen = new Set<string>([it.id]);
      for (let p = parent; p; p = p.parentId ? doc.items[p.parentId] : undefined) {
        if (seen.has(p.id)) {
          problems.push(`item ${it.id} is inside itself`);
          break;
        }
        seen.add(p.id);
      }
    }
    if (it.type === 'connector') {
      for (const key of ['fromId', 'toId']) {
        const ref = it.props[key];
        if (typeof ref === 'string' && !doc.items[ref as ItemId]) problems.push(`connector ${it.id} ${key} points at missing ${ref}`);
      }
    }
  }
  return problems;
}
