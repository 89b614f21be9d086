import { create } from 'zustand';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import { applyChange, initialPresentationState, type PresentationChange, type PresentationState } from '../../../shared/present/presentationState.ts';

/**
 * This window's view of the shared presentation state, and how it stays in step with the other
 * window (the projection, or the presenter view in another tab or window): every change is
 * published to the host at once, and a long-poll brings in the other window's changes. All of it
 * is session data: nothing here is saved in the workshop file or undone.
 */
export interface PresentationSession {
  /** The newest state this window knows. */
  state: PresentationState;
  /** The host answered the last call; false while it is unreachable (shown by the presenter view). */
  connected: boolean;
}

export const usePresentation = create<PresentationSession>(() => ({
  state: initialPresentationState(),
  connected: true,
}));

let api: SamkartApi | null = null;
let sending: Promise<void> = Promise.resolve();

function adopt(state: PresentationState): void {
  const current = usePresentation.getState().state;
  if (state.revision > current.revision) usePresentation.setState({ state, connected: true });
}

/**
 * Changes the presentation here and in the other window. Applied locally at once (the room never
 * waits for the host), then published; if the other window published first, the change is
 * applied again on top of its state, so neither change is lost.
 */
export function changePresentation(change: PresentationChange): void {
  const next = applyChange(usePresentation.getState().state, change);
  usePresentation.setState({ state: next });
  if (!api) return;
  const target = api;
  // Publishes go out one at a time and in order, so the host never sees them overtake each other.
  sending = sending.then(async () => {
    let attempt = usePresentation.getState().state;
    for (let tries = 0; tries < 3; tries++) {
      try {
        const result = await target.publishPresentation(attempt);
        if (result.accepted) {
          usePresentation.setState({ connected: true });
          return;
        }
        adopt(result.state);
        attempt = applyChange(result.state, change);
        usePresentation.setState({ state: attempt });
      } catch {
        usePresentation.setState({ connected: false });
        return;
      }
    }
  });
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
        const since = fresh ? -1 : usePresentation.getState().state.revision;
        fresh = false;
        const state = await connection.awaitPresentation(since);
        if (stopped) return;
        failures = 0;
        // The host is behind this window (it restarted, or a publish was lost): it learns this window's state again.
        if (state.revision < usePresentation.getState().state.revision) {
          changePresentation((s) => s);
          continue;
        }
        adopt(state);
        usePresentation.setState({ connected: true });
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
    if (api === connection) api = null;
  };
}
