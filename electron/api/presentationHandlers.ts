import { initialPresentationState, type PresentationState, type PublishResult } from '../../shared/present/presentationState.ts';
import type { CallContext, Platform } from './platform.ts';

/** A long-poll is answered after this long even if nothing changed, well inside any HTTP timeout. */
export const AWAIT_TIMEOUT_MS = 25_000;

interface Waiter {
  since: number;
  resolve(state: PresentationState): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The presentation's one shared state in this process (session data: held in memory, never
 * written to a file). The projection and the presenter view each publish changes and long-poll
 * for the other's; the newest revision wins, so a change that lost a race is answered with the
 * winner and re-applied on top of it by its window. One per app (or host): one room, one projector.
 */
export class PresentationChannel {
  private state: PresentationState = initialPresentationState();
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly timeoutMs = AWAIT_TIMEOUT_MS) {}

  current(): PresentationState {
    return this.state;
  }

  /**
   * Keeps `next` if it is newer than what the channel has, and wakes every window waiting for a
   * newer state. A window that starts over (a reload) publishes from revision 0 and loses: it
   * adopts the answer, so a reload never throws the presentation back to the start.
   */
  publish(next: PresentationState): PublishResult {
    if (next.revision <= this.state.revision) return { accepted: false, state: this.state };
    this.state = next;
    for (const waiter of [...this.waiters]) {
      if (next.revision > waiter.since) this.settle(waiter);
    }
    return { accepted: true, state: next };
  }

  /** The first state newer than `since`; the current one at once if it already is, or at the timeout. */
  await(since: number): Promise<PresentationState> {
    if (this.state.revision > since) return Promise.resolve(this.state);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        since,
        resolve,
        timer: setTimeout(() => this.settle(waiter), this.timeoutMs),
      };
      // A pending long-poll must not keep the process (or a test run) alive.
      waiter.timer.unref?.();
      this.waiters.add(waiter);
    });
  }

  /** Answers every waiting long-poll now (the host is shutting down). */
  releaseAll(): void {
    for (const waiter of [...this.waiters]) this.settle(waiter);
  }

  get waiting(): number {
    return this.waiters.size;
  }

  private settle(waiter: Waiter): void {
    if (!this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    waiter.resolve(this.state);
  }
}

/** Hooks the platform may give: Electron opens and places the presenter window from them. */
export interface PresentationHooks {
  onPresentationPublished?(ctx: CallContext, state: PresentationState): void;
}

/**
 * The two contract methods of the presentation sync, spread into the one handler table. The
 * arguments arrive validated against PresentationStateSchema by dispatch. The platform is passed
 * whole; a platform with `onPresentationPublished` (Electron) hears every accepted state.
 */
export function presentationHandlers(hooks: Pick<Platform, 'transport'> & PresentationHooks, channel = new PresentationChannel()) {
  return {
    async publishPresentation(ctx: CallContext, state: PresentationState): Promise<PublishResult> {
      const result = channel.publish(state);
      if (result.accepted) hooks.onPresentationPublished?.(ctx, result.state);
      return result;
    },
    async awaitPresentation(_ctx: CallContext, since: number): Promise<PresentationState> {
      return channel.await(since);
    },
  };
}
