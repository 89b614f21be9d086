import { describe, expect, it } from 'vitest';
import { perform } from '../../../shared/ops/operation.ts';
import { createItemsWithParents, dragItems } from '../../../renderer/src/canvas/canvasOps.ts';
import { item, workshop } from '../items/fixtures.ts';

describe('canvas gestures as single operations', () => {
  it('a drag into a frame moves and reparents in one step, and the note comes in front of the frame', () => {
    const frame = item('frame', 'frame', { x: 0, y: 0, w: 800, h: 600, z: 5 });
    const note = item('note', 'note', { x: 1000, y: 100, w: 160, h: 100, z: 1 });
    const doc = workshop([frame, note]);
    const { doc: next, patches, inverse } = perform(doc, dragItems, { ids: [note.id], dx: -800, dy: 0, parents: [{ id: note.id, parentId: frame.id }] });
    expect(next.items[note.id]).toMatchObject({ x: 200, y: 100, parentId: frame.id });
    expect(next.items[note.id]!.z).toBeGreaterThan(5);
    // One step back restores everything.
    expect(patches.length).toBeGreaterThan(0);
    expect(inverse.length).toBeGreaterThan(0);
  });

  it('dragging a frame carries its contents; locked items stay', () => {
    const frame = item('frame', 'frame', { x: 0, y: 0, w: 800, h: 600 });
    const inside = item('note', 'inside', { x: 100, y: 100, parentId: frame.id });
    const locked = item('note', 'locked', { x: 300, y: 100, parentId: frame.id, locked: true });
    const { doc } = perform(workshop([frame, inside, locked]), dragItems, { ids: [frame.id], dx: 50, dy: 20, parents: [] });
    expect(doc.items[frame.id]).toMatchObject({ x: 50, y: 20 });
    expect(doc.items[inside.id]).toMatchObject({ x: 150, y: 120 });
    expect(doc.items[locked.id]).toMatchObject({ x: 300, y: 100 });
  });

  it('drawing a frame around notes takes them in, in the same step', () => {
    const a = item('note', 'a', { x: 100, y: 100 });
    const b = item('note', 'b', { x: 400, y: 100 });
    const frame = item('frame', 'frame', { x: 0, y: 0, w: 800, h: 600, z: 0 });
    const { doc } = perform(workshop([a, b]), createItemsWithParents, {
      items: [frame],
      parents: [
        { id: a.id, parentId: frame.id },
        { id: b.id, parentId: frame.id },
      ],
    });
    expect(doc.items[frame.id]).toBeDefined();
    expect(doc.items[a.id]!.parentId).toBe(frame.id);
    expect(doc.items[b.id]!.parentId).toBe(frame.id);
  });

  it('refuses to put a frame inside itself (the shared rule)', () => {
    const frame = item('frame', 'frame', { x: 0, y: 0, w: 800, h: 600 });
    expect(() => perform(workshop([frame]), dragItems, { ids: [frame.id], dx: 1, dy: 1, parents: [{ id: frame.id, parentId: frame.id }] })).toThrow();
  });
});
