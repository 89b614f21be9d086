import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateCall } from '../../../shared/api/contract.ts';
import { applyChange, initialPresentationState, PresentationStateSchema, type PresentationState } from '../../../shared/present/presentationState.ts';
import { buildDeck } from '../../../shared/present/deck.ts';
import { slidesOf } from '../../../shared/present/slides.ts';
import { startTimer } from '../../../shared/present/timer.ts';
import { AWAIT_TIMEOUT_MS, PresentationChannel, presentationHandlers } from '../../../electron/api/presentationHandlers.ts';
import { add, frame, note, workshopOfBoards } from './fixtures.ts';

const ctx = { clientId: 'web' };

function changed(state: PresentationState, patch: Partial<PresentationState>): PresentationState {
  return applyChange(state, (s) => ({ ...s, ...patch }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the presentation channel (host side of the presenter sync)', () => {
  it('keeps the newest state by revision and answers a race with the winner', () => {
    const channel = new PresentationChannel();
    const start = channel.current();
    const fromProjection = changed(start, { active: true });
    const fromPresenter = changed(start, { showSummary: true });
    expect(channel.publish(fromProjection)).toEqual({ accepted: true, state: fromProjection });
    // Same revision, published second: refused, and told what won, so it re-applies its change on top.
    const lost = channel.publish(fromPresenter);
    expect(lost).toEqual({ accepted: false, state: fromProjection });
    const retried = applyChange(lost.state, (s) => ({ ...s, showSummary: true }));
    expect(channel.publish(retried).accepted).toBe(true);
    expect(channel.current()).toMatchObject({ active: true, showSummary: true, revision: 2 });
  });

  it('a long-poll answers at once when it is behind, when a newer state arrives, or at the timeout', async () => {
    vi.useFakeTimers();
    const channel = new PresentationChannel();
    const first = changed(channel.current(), { active: true });
    channel.publish(first);
    await expect(channel.await(0)).resolves.toEqual(first);

    const waiting = channel.await(1);
    expect(channel.waiting).toBe(1);
    const second = changed(first, { boardId: 'b_2' as never });
    channel.publish(second);
    await expect(waiting).resolves.toEqual(second);
    expect(channel.waiting).toBe(0);

    const idle = channel.await(2);
    let answered: PresentationState | null = null;
    void idle.then((s) => (answered = s));
    await vi.advanceTimersByTimeAsync(AWAIT_TIMEOUT_MS - 1);
    expect(answered).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toEqual(second);
  });

  it('the handlers validate through the contract and tell the platform about accepted states', async () => {
    const heard: PresentationState[] = [];
    const handlers = presentationHandlers({ transport: 'electron', onPresentationPublished: (_ctx, s) => heard.push(s) });
    const next = changed(initialPresentationState(), { active: true, presenterWanted: true });
    const call = validateCall('publishPresentation', [next]);
    expect(call.ok).toBe(true);
    expect(await handlers.publishPresentation(ctx, next)).toEqual({ accepted: true, state: next });
    expect(await handlers.publishPresentation(ctx, next)).toMatchObject({ accepted: false });
    expect(heard).toEqual([next]);
    await expect(handlers.awaitPresentation(ctx, 0)).resolves.toEqual(next);
  });

  it('the contract refuses malformed states and revisions', () => {
    const bad = { ...initialPresentationState(), revision: -1 };
    expect(validateCall('publishPresentation', [bad]).ok).toBe(false);
    expect(validateCall('publishPresentation', [{ ...initialPresentationState(), pointer: { x: 'a', y: 1 } }]).ok).toBe(false);
    expect(validateCall('awaitPresentation', [1.5]).ok).toBe(false);
    expect(validateCall('awaitPresentation', [-1]).ok).toBe(true);
  });

  it('a state with a full deck for the presenter view passes the contract', () => {
    const { doc, boards } = workshopOfBoards(2);
    const b1 = boards[0]!.id;
    const [f] = add(doc, frame(b1, '1 Forberede', { x: 0, y: 0 }), note(b1, 'Ventetid BUP', { x: 40, y: 80 }));
    doc.boards[b1] = { ...doc.boards[b1]!, notes: 'Spør om fastlegen.' };
    const slides = slidesOf(doc);
    const deck = buildDeck(doc, slides[0]!);
    expect(deck.slides).toHaveLength(3);
    expect(deck.notes).toBe('Spør om fastlegen.');
    expect(deck.next?.view).toEqual({ x: 0, y: 0, w: 800, h: 600 });
    expect(deck.current?.shapes.map((s) => s.kind)).toEqual(['frame', 'rect']);
    expect(buildDeck(doc, { boardId: b1, frameId: f!.id }).next?.view).toBeNull();
    const state: PresentationState = { ...initialPresentationState(), revision: 7, active: true, boardId: b1, frameId: null, timer: startTimer(initialPresentationState().timer, 1), pointer: { x: 12.5, y: -3 }, deck };
    expect(PresentationStateSchema.safeParse(state).success).toBe(true);
    expect(validateCall('publishPresentation', [state]).ok).toBe(true);
  });
});
