import { create } from 'zustand';
import type { Camera } from '../canvas/camera.ts';

/**
 * What only this window knows about presenting (not shared with the presenter view): whether it
 * is showing the projection now, the camera it put on the board, whether the facilitation panel
 * is open, and whose turn it is to vote. Session data.
 */
export interface PresentingWindow {
  presenting: boolean;
  /** The camera the projection shows the current slide with; null until fitted. */
  camera: Camera | null;
  panelOpen: boolean;
  /** The participant at the machine now, placing dots; null between turns. */
  turnVoterId: string | null;
}

export const usePresentingWindow = create<PresentingWindow>(() => ({
  presenting: false,
  camera: null,
  panelOpen: false,
  turnVoterId: null,
}));

export function isPresenting(): boolean {
  return usePresentingWindow.getState().presenting;
}

export function setPanelOpen(open: boolean): void {
  usePresentingWindow.setState({ panelOpen: open });
}

export function setTurnVoter(voterId: string | null): void {
  usePresentingWindow.setState({ turnVoterId: voterId });
}
