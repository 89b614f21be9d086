import { patchesToChanges, type RowChange } from '../../shared/model/changes.ts';
import type { WorkshopDoc } from '../../shared/model/document.ts';
import type { ActorId, BoardId, ItemId } from '../../shared/model/ids.ts';
import type { Actor, Item } from '../../shared/model/records.ts';
import { addBoard, deleteBoard, renameBoard } from '../../shared/ops/boardOps.ts';
import { createItems, deleteItems, moveItems, updateItems } from '../../shared/ops/itemOps.ts';
import { OperationError, perform, type Operation, type Performed } from '../../shared/ops/operation.ts';
import { actorOps, updateMeta } from '../../shared/ops/workshopOps.ts';
import type { Rng } from './rng.ts';

/**
 * Random user edits, made the way the app makes them: an operation performed on the document,
 * its patches turned into row changes. Everything is drawn from a seeded Rng and from the
 * document's ids in sorted order, so the same seed and the same document give the same edits in
 * the crash child and in the parent that checks its work (a file loads rows in its own order).
 */

export interface Edit {
  doc: WorkshopDoc;
  changes: RowChange[];
}

/** Above this many items no notes are added and deletes come in bulk. */
const MAX_ITEMS = 1500;

const sortedIds = (records: Record<string, unknown>) => Object.keys(records).sort();

const texts = ['Ventetid BUP Stjørdal', 'Raarvihke – Røyrvik 🚑', 'مرحبا – høyre til venstre', '<script>alert(1)</script>', "'; DROP TABLE items; --", 'Snåase\u0000\u0007'];

function newNote(rng: Rng, boardId: BoardId, z: number): Item {
  return {
    id: `i_${rng.token()}` as ItemId, boardId, type: 'note', x: rng.int(-5000, 5000), y: rng.int(-5000, 5000), w: 160, h: 100,
    rotation: 0, z, parentId: null, groupId: null, locked: false,
    props: { text: `${rng.pick(texts)} ${rng.token(4)}`, color: 'yellow', fontSize: 20, fit: 'shrink' },
  };
}

function newActor(rng: Rng): Actor {
  return {
    id: `a_${rng.token()}` as ActorId, name: `Aktør ${rng.token(5)}`, shortName: '', category: 'municipality', organisation: '',
    interest: '', importance: '', influence: '', attitude: '', informationNeeds: '', strategy: '', notes: '', order: rng.int(1, 1000),
  };
}

type Attempt = (doc: WorkshopDoc, rng: Rng) => Performed | null;

const run = <A>(doc: WorkshopDoc, op: Operation<A>, args: A) => perform(doc, op, args);

/** Each returns null when the document has nothing to act on. Weights favour small note edits, as in a workshop. */
const attempts: [number, Attempt][] = [
  [30, (doc, rng) => {
    const boards = sortedIds(doc.boards);
    // Keep the workshop around workshop size, so a hundred rounds don't slow to a crawl.
    if (boards.length === 0 || Object.keys(doc.items).length > MAX_ITEMS) return null;
    const boardId = rng.pick(boards) as BoardId;
    // Mostly one note; now and then a paste of hundreds, a transaction long enough to be cut short.
    const count = rng.chance(0.05) ? rng.int(100, 400) : rng.int(1, 3);
    return run(doc, createItems, { items: Array.from({ length: count }, (_, i) => newNote(rng, boardId, i + 1)) });
  }],
  [25, (doc, rng) => {
    const items = sortedIds(doc.items);
    if (items.length === 0) return null;
    return run(doc, updateItems, { patches: [{ id: rng.pick(items) as ItemId, props: { text: `${rng.pick(texts)} ${rng.token(6)}` } }] });
  }],
  [15, (doc, rng) => {
    const items = sortedIds(doc.items);
    if (items.length === 0) return null;
    const ids = Array.from({ length: rng.int(1, 5) }, () => rng.pick(items) as ItemId);
    return run(doc, moveItems, { ids: [...new Set(ids)], dx: rng.int(-300, 300), dy: rng.int(-300, 300) });
  }],
  [10, (doc, rng) => {
    const items = sortedIds(doc.items);
    if (items.length < 5) return null;
    const count = items.length > MAX_ITEMS / 2 ? rng.int(20, 200) : rng.int(1, 4);
    return run(doc, deleteItems, { ids: [...new Set(Array.from({ length: count }, () => rng.pick(items) as ItemId))] });
  }],
  [4, (doc, rng) => run(doc, addBoard, { id: `b_${rng.token()}` as BoardId, kind: 'whiteboard', name: `Tavle ${rng.token(4)}`, withTemplate: false })],
  [4, (doc, rng) => {
    const boards = sortedIds(doc.boards);
    if (boards.length === 0) return null;
    return run(doc, renameBoard, { id: rng.pick(boards) as BoardId, name: `Tavle «${rng.token(5)}»` });
  }],
  [2, (doc, rng) => {
    const boards = sortedIds(doc.boards);
    // A board is deleted with everything on it, in one transaction.
    if (boards.length < 3) return null;
    return run(doc, deleteBoard, { id: rng.pick(boards) as BoardId });
  }],
  [5, (doc, rng) => run(doc, updateMeta, { patch: { title: `Læringsnettverk ${rng.token(6)}` } })],
  [3, (doc, rng) => run(doc, actorOps.add, { record: newActor(rng) })],
  [2, (doc, rng) => {
    const actors = sortedIds(doc.actors);
    if (actors.length === 0) return null;
    return run(doc, actorOps.remove, { id: rng.pick(actors) });
  }],
];
const totalWeight = attempts.reduce((sum, [w]) => sum + w, 0);

/** The next random edit of `doc`; always changes something. */
export function nextEdit(doc: WorkshopDoc, rng: Rng): Edit {
  for (;;) {
    let roll = rng.int(1, totalWeight);
    const [, attempt] = attempts.find(([w]) => (roll -= w) <= 0)!;
    let performed: Performed | null;
    try {
      performed = attempt(doc, rng);
    } catch (error) {
      if (error instanceof OperationError) continue;
      throw error;
    }
    if (!performed || performed.patches.length === 0) continue;
    return { doc: performed.doc, changes: patchesToChanges(performed.patches, performed.doc) };
  }
}

/** The documents after 0, 1, 2 … edits from `start` with `seed`, computed as far as asked. */
export class EditReplay {
  private readonly docs: WorkshopDoc[];
  private readonly rng: Rng;

  constructor(start: WorkshopDoc, rng: Rng) {
    this.docs = [start];
    this.rng = rng;
  }

  after(edits: number): WorkshopDoc {
    while (this.docs.length <= edits) this.docs.push(nextEdit(this.docs.at(-1)!, this.rng).doc);
    return this.docs[edits]!;
  }
}
