import { describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { itemsOfBoard } from '../../../shared/model/document.ts';
import type { ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { History } from '../../../shared/ops/history.ts';
import { perform, OperationError, type Operation } from '../../../shared/ops/operation.ts';
import {
  alignItemsOp,
  createItems,
  deleteItems,
  distributeItemsOp,
  groupItems,
  itemOperations,
  lockItems,
  moveItems,
  pasteItems,
  reparentItems,
  resizeItem,
  rotateItems,
  setItemsZ,
  ungroupItems,
  unlockItems,
  updateItems,
} from '../../../shared/ops/itemOps.ts';
import { itemsToCopy } from '../../../shared/items/clipboard.ts';
import { en } from '../../../shared/i18n/en.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { boardId, id, item, workshop } from './fixtures.ts';

/** Performs and records in history, as the app does, so tests can undo. */
function session(doc: WorkshopDoc) {
  const history = new History();
  let current = doc;
  return {
    get doc() {
      return current;
    },
    history,
    run<A>(op: Operation<A>, args: A) {
      const result = perform(current, op, args);
      history.record({ labelKey: op.labelKey, patches: result.patches, inverse: result.inverse });
      current = result.doc;
      return result;
    },
    undo() {
      current = history.undo(current)!.doc;
    },
  };
}

const at = (doc: WorkshopDoc, name: string) => doc.items[id(name)]!;

function wall(): WorkshopDoc {
  return workshop([
    item('frame', 'samling1', { x: 0, y: 0, w: 800, h: 600, z: 1, props: { title: 'Samling 1' } }),
    item('note', 'epikrise', { x: 40, y: 80, z: 2, parentId: id('samling1'), props: { text: 'Fastlegen får ikke epikrise' } }),
    item('note', 'bup', { x: 300, y: 80, z: 3, parentId: id('samling1'), props: { text: 'Ventetid BUP Stjørdal', color: 'pink' } }),
    item('note', 'dps', { x: 1000, y: 100, z: 4, groupId: 'grp_hf', props: { text: 'HNT Stjørdal DPS' } }),
    item('note', 'pam', { x: 1200, y: 100, z: 5, groupId: 'grp_hf', props: { text: 'PAM Levanger' } }),
    item('note', 'snasa', { x: 1000, y: 400, z: 6, props: { text: 'Snåase – Snåsa' } }),
    item('connector', 'pil', { z: 7, props: { fromId: id('epikrise'), toId: id('dps') } }),
    item('connector', 'fri', { z: 8, props: { fromPoint: { x: 0, y: 900 }, toPoint: { x: 200, y: 900 } } }),
  ]);
}

describe('creating and updating', () => {
  it('creates items, validating props and the board', () => {
    const s = session(workshop());
    s.run(createItems, { items: [item('note', 'ny', { props: { text: 'Rask psykisk helsehjelp' } })] });
    expect(at(s.doc, 'ny').props['text']).toBe('Rask psykisk helsehjelp');
    expect(() => perform(s.doc, createItems, { items: [item('note', 'ny')] })).toThrow(OperationError);
    expect(() => perform(s.doc, createItems, { items: [{ ...item('note', 'x'), props: { color: 'tomato' } }] })).toThrow(OperationError);
    expect(() => perform(s.doc, createItems, { items: [{ ...item('note', 'y'), boardId: 'b_gone' as never }] })).toThrow(OperationError);
  });

  it('updates geometry and props of several items in one step, writing only what changed', () => {
    const s = session(wall());
    const { patches } = s.run(updateItems, {
      patches: [
        { id: id('epikrise'), props: { color: 'orange' } },
        { id: id('bup'), h: 140, props: { text: 'Ventetid BUP Stjørdal: 12 uker' } },
      ],
    });
    expect(at(s.doc, 'epikrise').props['color']).toBe('orange');
    expect(at(s.doc, 'bup')).toMatchObject({ h: 140, props: { text: 'Ventetid BUP Stjørdal: 12 uker', color: 'pink' } });
    expect(patches).toHaveLength(3);
    expect(() => perform(s.doc, updateItems, { patches: [{ id: id('bup'), props: { fit: 'squeeze' } }] })).toThrow(OperationError);
    s.undo();
    expect(at(s.doc, 'bup').h).toBe(100);
  });
});

describe('moving', () => {
  it('moves a multi-selection as one undo step, and undo restores every item', () => {
    const s = session(wall());
    const before = s.doc;
    s.run(moveItems, { ids: [id('snasa'), id('fri')], dx: 50, dy: -20 });
    expect(at(s.doc, 'snasa')).toMatchObject({ x: 1050, y: 380 });
    expect(at(s.doc, 'fri').props['fromPoint']).toEqual({ x: 50, y: 880 });
    expect(s.history.undoLabel).toBe('op.items.move');
    s.undo();
    expect(s.doc).toEqual(before);
    expect(s.history.canUndo).toBe(false);
  });

  it('carries a frame’s contents', () => {
    const s = session(wall());
    s.run(moveItems, { ids: [id('samling1')], dx: 100, dy: 10 });
    expect(at(s.doc, 'samling1')).toMatchObject({ x: 100, y: 10 });
    expect(at(s.doc, 'epikrise')).toMatchObject({ x: 140, y: 90 });
    expect(at(s.doc, 'bup')).toMatchObject({ x: 400, y: 90 });
    expect(at(s.doc, 'snasa')).toMatchObject({ x: 1000, y: 400 });
  });

  it('moves the whole group when one member is dragged', () => {
    const s = session(wall());
    s.run(moveItems, { ids: [id('dps')], dx: 0, dy: 200 });
    expect(at(s.doc, 'pam').y).toBe(300);
  });

  it('leaves locked items where they are', () => {
    const s = session(wall());
    s.run(lockItems, { ids: [id('bup'), id('snasa')] });
    s.run(moveItems, { ids: [id('samling1'), id('snasa')], dx: 10, dy: 0 });
    expect(at(s.doc, 'epikrise').x).toBe(50);
    expect(at(s.doc, 'bup').x).toBe(300);
    expect(at(s.doc, 'snasa').x).toBe(1000);
    s.run(unlockItems, { ids: [id('snasa')] });
    expect(at(s.doc, 'snasa').locked).toBe(false);
  });

  it('refuses unknown ids and leaves the document unchanged', () => {
    const doc = wall();
    expect(() => perform(doc, moveItems, { ids: [id('borte')], dx: 1, dy: 1 })).toThrow(OperationError);
  });
});

describe('resizing and rotating', () => {
  it('keeps a minimum size', () => {
    const s = session(wall());
    s.run(resizeItem, { id: id('snasa'), x: 990, y: 390, w: 5, h: 300 });
    expect(at(s.doc, 'snasa')).toMatchObject({ x: 990, y: 390, w: 40, h: 300 });
    expect(() => perform(s.doc, resizeItem, { id: id('pil'), x: 0, y: 0, w: 10, h: 10 })).toThrow(OperationError);
  });

  it('rotates notes, normalising degrees, but not frames or connectors', () => {
    const s = session(wall());
    s.run(rotateItems, { ids: [id('snasa'), id('samling1'), id('pil')], rotation: -30 });
    expect(at(s.doc, 'snasa').rotation).toBe(330);
    expect(at(s.doc, 'samling1').rotation).toBe(0);
  });
});

describe('deleting', () => {
  it('deletes connectors attached to deleted items, and undo brings both back', () => {
    const s = session(wall());
    const before = s.doc;
    s.run(deleteItems, { ids: [id('dps')] });
    expect(s.doc.items[id('dps')]).toBeUndefined();
    expect(s.doc.items[id('pil')]).toBeUndefined();
    expect(s.doc.items[id('fri')]).toBeDefined();
    s.undo();
    expect(s.doc).toEqual(before);
  });

  it('frees the contents of a deleted frame', () => {
    const s = session(wall());
    s.run(deleteItems, { ids: [id('samling1')] });
    expect(at(s.doc, 'epikrise').parentId).toBeNull();
    expect(at(s.doc, 'bup')).toMatchObject({ parentId: null, x: 300 });
  });

  it('keeps locked items', () => {
    const s = session(wall());
    s.run(lockItems, { ids: [id('snasa')] });
    s.run(deleteItems, { ids: [id('snasa'), id('pam')] });
    expect(s.doc.items[id('snasa')]).toBeDefined();
    expect(s.doc.items[id('pam')]).toBeUndefined();
  });
});

describe('stacking, grouping, arranging', () => {
  const order = (doc: WorkshopDoc) => itemsOfBoard(doc, boardId).map((i) => i.id.slice(2));

  it('brings to front and sends backward', () => {
    const s = session(wall());
    const { patches } = s.run(setItemsZ, { ids: [id('epikrise')], to: 'front' });
    expect(order(s.doc).at(-1)).toBe('epikrise');
    expect(patches).toHaveLength(1);
    s.run(setItemsZ, { ids: [id('fri')], to: 'backward' });
    expect(order(s.doc).slice(-3)).toEqual(['fri', 'pil', 'epikrise']);
  });

  it('groups with existing groups and ungroups every member', () => {
    const s = session(wall());
    s.run(groupItems, { ids: [id('snasa'), id('dps')], groupId: 'grp_trondelag' });
    expect(['snasa', 'dps', 'pam'].map((n) => at(s.doc, n).groupId)).toEqual(['grp_trondelag', 'grp_trondelag', 'grp_trondelag']);
    s.run(ungroupItems, { ids: [id('pam')] });
    expect(['snasa', 'dps', 'pam'].map((n) => at(s.doc, n).groupId)).toEqual([null, null, null]);
  });

  it('aligns and carries frame contents along', () => {
    const s = session(wall());
    s.run(alignItemsOp, { ids: [id('samling1'), id('snasa')], how: 'top' });
    expect(at(s.doc, 'snasa').y).toBe(0);
    s.run(alignItemsOp, { ids: [id('samling1'), id('snasa')], how: 'right' });
    expect(at(s.doc, 'samling1').x).toBe(1160 - 800);
    expect(at(s.doc, 'epikrise').x).toBe(40 + 360);
  });

  it('distributes three notes evenly in one step', () => {
    const s = session(wall());
    s.run(distributeItemsOp, { ids: [id('dps'), id('pam'), id('snasa')], axis: 'vertical' });
    expect(at(s.doc, 'pam').y).toBe(250);
    expect(s.history.undoLabel).toBe('op.items.distribute');
  });
});

describe('pasting and reparenting', () => {
  it('pastes with new ids, remapped references, offset and on top', () => {
    const s = session(wall());
    const copied = itemsToCopy([id('samling1'), id('dps')], s.doc.items as Record<string, Item>);
    const newIds = copied.map((_, i) => `i_lim${i}` as ItemId);
    s.run(pasteItems, { boardId, items: copied, offset: { x: 0, y: 700 }, newIds });
    const pasted = newIds.map((n) => s.doc.items[n]!);
    const frameCopy = pasted.find((i) => i.type === 'frame')!;
    const epikriseCopy = pasted.find((i) => i.props['text'] === 'Fastlegen får ikke epikrise')!;
    const dpsCopy = pasted.find((i) => i.props['text'] === 'HNT Stjørdal DPS')!;
    const arrowCopy = pasted.find((i) => i.type === 'connector')!;
    expect(epikriseCopy).toMatchObject({ parentId: frameCopy.id, x: 40, y: 780 });
    expect(arrowCopy.props).toMatchObject({ fromId: epikriseCopy.id, toId: dpsCopy.id });
    expect(dpsCopy.groupId).toBeNull();
    expect(Math.min(...pasted.map((i) => i.z))).toBeGreaterThan(8);
    expect(Object.keys(s.doc.items)).toHaveLength(8 + copied.length);
  });

  it('moves a note into a frame and out again, refusing cycles', () => {
    const s = session(wall());
    s.run(reparentItems, { ids: [id('snasa')], parentId: id('samling1') });
    expect(at(s.doc, 'snasa').parentId).toBe(id('samling1'));
    s.run(reparentItems, { ids: [id('snasa')], parentId: null });
    expect(at(s.doc, 'snasa').parentId).toBeNull();
    expect(() => perform(s.doc, reparentItems, { ids: [id('snasa')], parentId: id('dps') })).toThrow(OperationError);
    expect(() => perform(s.doc, reparentItems, { ids: [id('samling1')], parentId: id('samling1') })).toThrow(OperationError);
  });
});

describe('the operation list', () => {
  it('has unique ids and labels in both languages', () => {
    const ids = itemOperations.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of itemOperations) {
      expect(nb[op.labelKey], op.id).toBeTruthy();
      expect(en[op.labelKey], op.id).toBeTruthy();
    }
    expect(nb['op.items.move']).toBe('Flytt');
  });
});
