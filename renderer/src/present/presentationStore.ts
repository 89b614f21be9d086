import { create } from 'zustand';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import { initialPresentationState, type PresentationChange, type PresentationState } from '../../../shared/present/presentationState.ts';

/**
 * This window's view of the shared presentation state, and how it stays in step with the other
 * window (the projection, or the presenter view in another tab or window): every change is
 * published to the host at once, and a long-poll brings in the other window's changes. All of it
 * is session data: nothing here is saved in the workshop file or undone.
 *
 * How the two windows agree: this window keeps the last state it knows the host has (`base`)
 * and its own changes the host has not yet confirmed (`pending`, in the order they were made).
 * What the window shows is always base + pending. A publish sends that, one revision past the
 * base; the host keeps it only if nothing newer came in meanwhile. When something did (the other
 * window, or an answer this window has not read yet), the base moves to the host's state and the
 * same pending changes are applied on top again, in order. So every change is applied exactly
 * once more after the last one it came after, and both windows end on the same state: the last
 * key pressed wins, never an earlier one re-applied late.
 */
export interface PresentationSession {
  /** The newest state this window knows: the host's state with this window's unconfirmed changes on top. */
  state: PresentationState;
  /** The host answered the last call; false while it is unreachable (shown by the presenter view). */
  connected: boolean;
}

export const usePresentation = create<PresentationSession>(() => ({
  state: initialPresentationState(),
  connected: true,
}));

let api: SamkartApi | null = null;
/** The last state known to be the host's (or, with no host, this window's own). */
let base: PresentationState = usePresentation.getState().state;
/** This window's changes since `base`, oldest first. */
let pending: PresentationChange[] = [];
let publishing = false;

/** The base with this window's unconfirmed changes on top, one revision past the base. */
function withPending(): PresentationState {
  return { ...pending.reduce((s, change) => change(s), base), revision: base.revision + 1 };
}

function show(): void {
  usePresentation.setState({ state: pending.length > 0 ? withPending() : base });
}

/** The host's state is newer than the base: rebase this window's unconfirmed changes on it. */
function adopt(state: PresentationState): void {
  if (state.revision <= base.revision) return;
  base = state;
  show();
}

/** Sends base + pending until the host keeps it; one publish at a time, so none overtakes another. */
async function publish(): Promise<void> {
  if (publishing) return;
  publishing = true;
  try {
    while (api && pending.length > 0) {
      const target = api;
      const batch = pending.length;
      const attempt = withPending();
      try {
        const result = await target.publishPresentation(attempt);
        if (api !== target) return;
        usePresentation.setState({ connected: true });
        if (result.accepted) {
          base = attempt;
          pending = pending.slice(batch);
        } else {
          // Someone else published first: their state becomes the base and ours goes on top again.
          base = result.state;
        }
        show();
      } catch {
        // The host is unreachable: the changes stay pending (and shown here); the long-poll's
        // recovery publishes them again once it answers.
        usePresentation.setState({ connected: false });
        return;
      }
    }
  } finally {
    publishing = false;
  }
}

/**
 * Changes the presentation here and in the other window. Applied locally at once (the room never
 * waits for the host), then published; if the other window published first, the change is
 * applied again on top of its state, so neither change is lost.
 */
export function changePresentation(change: PresentationChange): void {
  if (!api) {
    base = { ...change(base), revision: base.revision + 1 };
    show();
    return;
  }
  pending.push(change);
  show();
  void publish();
}

/** The state as it is now; for event handlers and commands outside React. */
export function presentationState(): PresentationState {
  return usePresentation.getState().state;
}

/**
 * Starts following the other window: long-polls the host for newer states until stopped. Returns
 * the stop function. A window that reloads starts from the host's state (the timer and the slide
 * survive a reload of either window).
 */
export function startPresentationSync(connection: SamkartApi): () => void {
  api = connection;
  let stopped = false;
  const loop = async () => {
    let failures = 0;
    // The first call (and the first after a failure) asks for the host's state at once.
    let fresh = true;
    while (!stopped) {
      try {
        const since = fresh ? -1 : base.revision;
        fresh = false;
        const state = await connection.awaitPresentation(since);
        if (stopped) return;
        failures = 0;
        usePresentation.setState({ connected: true });
        if (state.revision < base.revision) {
          // The host is behind this window: it restarted, or the answer left before this window's
          // last publish arrived. Publishing this window's state again (one past the base) is kept
          // in the first case and harmless in the second.
          if (pending.length === 0) pending.push((s) => s);
        } else {
          adopt(state);
        }
        void publish();
      } catch {
        if (stopped) return;
        failures++;
        fresh = true;
        usePresentation.setState({ connected: false });
        await new Promise((r) => setTimeout(r, Math.min(5000, 500 * failures)));
      }
    }
  };
  void loop();
  return () => {
    stopped = true;
    if (api === connection) {
      api = null;
      // Whatever was not confirmed stays this window's state.
      base = presentationState();
      pending = [];
    }
  };
}
