import { create } from 'zustand';
import { closedRoomView, type RoomAction, type RoomView } from '../../../shared/participants/room.ts';
import { api, reportError } from '../state/appStore.ts';

interface RoomState {
  view: RoomView;
  /** Session data of this window: whether the projection shows the QR code. */
  showQr: boolean;
}

/** The participant room as this window last heard of it (every facilitator window polls on its own). */
export const useRoom = create<RoomState>(() => ({ view: closedRoomView(0), showQr: true }));

let polling = false;
/** How often a window looks whether a room has opened (the window that opens it knows at once). */
const CLOSED_POLL_MS = 3000;

/** Starts the long-poll loop for this window once; it runs for the window's lifetime. */
export function watchRoom(): void {
  if (polling) return;
  polling = true;
  void (async () => {
    for (;;) {
      try {
        // While no room is open, a quick look every few seconds instead of a long-poll: a browser
        // has only six connections per host, and the presentation sync already holds one per tab.
        const open = useRoom.getState().view.open;
        if (!open) await new Promise((r) => setTimeout(r, CLOSED_POLL_MS));
        const view = await api().awaitParticipantRoom(open ? useRoom.getState().view.revision : -1);
        if (view.revision !== useRoom.getState().view.revision) useRoom.setState({ view });
      } catch {
        // The host went away or a call failed: try again shortly rather than spin.
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  })();
}

/** A facilitator action; the answer is the room's new state. */
export async function roomAction(action: RoomAction): Promise<void> {
  try {
    const view = await api().participantRoomAction(action);
    if (view.revision > useRoom.getState().view.revision) useRoom.setState({ view });
  } catch (error) {
    reportError(error);
  }
}

export function setRoomView(view: RoomView): void {
  if (view.revision >= useRoom.getState().view.revision) useRoom.setState({ view });
}
