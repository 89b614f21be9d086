import Konva from 'konva';
import { describe, expect, it } from 'vitest';
import { startGlide } from '../../../renderer/src/kinds/puzzle/snapAnimation.ts';

/**
 * Issue 16: right after a drop a piece was once drawn half a cell off the slot it was reported in.
 * The glide's tween was stopped mid-way (its effect re-run: StrictMode does it on every mount; a
 * second move within the glide does it too) and nothing put the node back. A real Konva node; the
 * tween itself needs a layer with a canvas, so it stands still here, as a glide cut at its start.
 */
describe('the glide of a piece into its slot', () => {
  it('a glide stopped mid-way leaves the piece at its place, not where the glide was', () => {
    const node = new Konva.Rect({ x: 0, y: 0, width: 420, height: 260 });
    let home = { x: 630, y: 390 };
    const stop = startGlide(node, { x: 420, y: 260 }, () => home, () => ({ destroy() {} }));
    expect(node.position()).toEqual({ x: 420, y: 260 });
    stop();
    expect(node.position()).toEqual({ x: 630, y: 390 });
    // A second move within the glide: stopping goes to the newest place.
    const again = startGlide(node, { x: 0, y: 0 }, () => home, () => ({ destroy() {} }));
    home = { x: 1050, y: 130 };
    again();
    expect(node.position()).toEqual({ x: 1050, y: 130 });
  });
});
