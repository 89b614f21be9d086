import { describe, expect, it } from 'vitest';
import {
  framesInReadingOrder,
  sameSlide,
  slideBounds,
  slideForBoard,
  slideIndex,
  slidesOf,
  slideTitle,
  stepSlide,
  type Slide,
} from '../../../shared/present/slides.ts';
import { presentationKeyAction } from '../../../shared/present/presentationKeys.ts';
import { add, frame, note, workshopOfBoards } from './fixtures.ts';

describe('presentation navigation', () => {
  it('walks every board in order, each followed by its frames in reading order', () => {
    const { doc, boards } = workshopOfBoards(2);
    const [b1, b2] = [boards[0]!.id, boards[1]!.id];
    // Drawn out of order on purpose: two rows, the lower one slightly skewed.
    const [plan, prepare, follow, act, evaluate] = add(
      doc,
      frame(b1, '2 Planlegge', { x: 900, y: 10 }),
      frame(b1, '1 Forberede', { x: 0, y: 0 }),
      frame(b1, '5 Følge opp', { x: 1800, y: 0 }),
      frame(b1, '3 Utføre', { x: 40, y: 720 }),
      frame(b1, '4 Evaluere', { x: 900, y: 700 }),
    );
    add(doc, note(b2, 'Ventetid BUP'));
    const slides = slidesOf(doc);
    expect(slides).toEqual([
      { boardId: b1, frameId: null },
      { boardId: b1, frameId: prepare!.id },
      { boardId: b1, frameId: plan!.id },
      { boardId: b1, frameId: follow!.id },
      { boardId: b1, frameId: act!.id },
      { boardId: b1, frameId: evaluate!.id },
      { boardId: b2, frameId: null },
    ]);
    expect(slideTitle(doc, slides, slides[2]!)).toEqual({ boardName: 'Tavle 1', frameTitle: '2 Planlegge', frameNumber: 2 });
    expect(slideTitle(doc, slides, slides[6]!)).toEqual({ boardName: 'Tavle 2', frameTitle: '', frameNumber: 0 });
  });

  it('steps forward and back and stops at both ends (a clicker pressed once too often does not wrap)', () => {
    const { doc, boards } = workshopOfBoards(3);
    const slides = slidesOf(doc);
    const first: Slide = { boardId: boards[0]!.id, frameId: null };
    const last: Slide = { boardId: boards[2]!.id, frameId: null };
    expect(stepSlide(slides, first, 1)).toEqual({ boardId: boards[1]!.id, frameId: null });
    expect(stepSlide(slides, first, -1)).toEqual(first);
    expect(stepSlide(slides, last, 1)).toEqual(last);
    expect(stepSlide(slides, last, -2)).toEqual(first);
    // From nowhere (the presentation just started) it goes to the first slide.
    expect(stepSlide(slides, null, 1)).toEqual(first);
    expect(stepSlide([], first, 1)).toBeNull();
  });

  it('keeps its place when the shown frame is deleted: it counts as its board', () => {
    const { doc, boards } = workshopOfBoards(2);
    const b1 = boards[0]!.id;
    const [f1, f2] = add(doc, frame(b1, 'A', { x: 0, y: 0 }), frame(b1, 'B', { x: 1000, y: 0 }));
    const shown: Slide = { boardId: b1, frameId: f1!.id };
    delete doc.items[f1!.id];
    const slides = slidesOf(doc);
    expect(slideIndex(slides, shown)).toBe(0);
    expect(stepSlide(slides, shown, 1)).toEqual({ boardId: b1, frameId: f2!.id });
    expect(slideIndex(slides, { boardId: 'b_gone' as never, frameId: null })).toBe(-1);
  });

  it('starts on the board the facilitator is looking at', () => {
    const { doc, boards } = workshopOfBoards(3);
    const slides = slidesOf(doc);
    expect(slideForBoard(slides, boards[1]!.id)).toEqual({ boardId: boards[1]!.id, frameId: null });
    expect(slideForBoard(slides, null)).toEqual({ boardId: boards[0]!.id, frameId: null });
  });

  it('fits the frame, or everything on the board; an empty board has nothing to fit', () => {
    const { doc, boards } = workshopOfBoards(2);
    const b1 = boards[0]!.id;
    const [f] = add(doc, frame(b1, 'A', { x: 100, y: 50, w: 400, h: 300 }), note(b1, 'x', { x: 2000, y: 1000 }));
    expect(slideBounds(doc, { boardId: b1, frameId: f!.id })).toEqual({ x: 100, y: 50, w: 400, h: 300 });
    expect(slideBounds(doc, { boardId: b1, frameId: null })).toEqual({ x: 100, y: 50, w: 2140, h: 1110 });
    expect(slideBounds(doc, { boardId: boards[1]!.id, frameId: null })).toBeNull();
  });

  it('reads frames side by side as a row even when they are not perfectly aligned', () => {
    const { doc, boards } = workshopOfBoards(1);
    const b = boards[0]!.id;
    const frames = add(doc, frame(b, 'right', { x: 900, y: 0 }), frame(b, 'left, a little lower', { x: 0, y: 120 }), frame(b, 'below', { x: 0, y: 800 }));
    expect(framesInReadingOrder(frames).map((f) => f.props['title'])).toEqual(['left, a little lower', 'right', 'below']);
  });

  it('compares slides by board and frame', () => {
    expect(sameSlide({ boardId: 'b_1' as never, frameId: null }, { boardId: 'b_1' as never, frameId: null })).toBe(true);
    expect(sameSlide({ boardId: 'b_1' as never, frameId: null }, null)).toBe(false);
  });

  it('maps the keys a clicker and a keyboard send', () => {
    expect(presentationKeyAction({ key: 'PageDown' })).toBe('next');
    expect(presentationKeyAction({ key: 'ArrowRight' })).toBe('next');
    expect(presentationKeyAction({ key: 'ArrowDown' })).toBe('next');
    expect(presentationKeyAction({ key: 'PageUp' })).toBe('previous');
    expect(presentationKeyAction({ key: 'ArrowLeft' })).toBe('previous');
    expect(presentationKeyAction({ key: 'Home' })).toBe('first');
    expect(presentationKeyAction({ key: 'End' })).toBe('last');
    expect(presentationKeyAction({ key: 'Escape' })).toBe('exit');
    expect(presentationKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(presentationKeyAction({ key: 'a' })).toBeNull();
  });
});
