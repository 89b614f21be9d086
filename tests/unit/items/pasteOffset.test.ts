import { describe, expect, it } from 'vitest';
import { clearPasteOffset } from '../../../shared/items/pasteOffset.ts';

const note = { x: 100, y: 100, w: 200, h: 150 };

describe('where a paste goes', () => {
  it('keeps the wanted place when nothing would be covered', () => {
    expect(clearPasteOffset([note], [note], { x: 400, y: 0 })).toEqual({ x: 400, y: 0 });
  });
  it('moves a copy pasted over its original a step down and right', () => {
    // The pointer over the original's centre: the wanted offset is (almost) nothing.
    expect(clearPasteOffset([note], [note], { x: 3, y: -2 })).toEqual({ x: 27, y: 22 });
  });
  it('moves past earlier copies too, so repeated pastes fan out', () => {
    const onBoard = [note, { ...note, x: 124, y: 124 }, { ...note, x: 148, y: 148 }];
    expect(clearPasteOffset([note], onBoard, { x: 0, y: 0 })).toEqual({ x: 72, y: 72 });
  });
});
