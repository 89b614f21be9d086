import { createContext, useContext } from 'react';

/**
 * Whether this window is presenting the workshop now. The presentation owns that state (its
 * window store, renderer/src/present/presentingWindow.ts); the workshop screen hands it down
 * through this context, so a kind can put away what is for the facilitator (the loop's editing
 * panel and handles, the actor map's tabs and panel, the puzzle's inventory, a HUKI cell's
 * selection) and the room sees only the picture, without the kinds importing the presentation.
 * Outside a workshop screen (the presenter view, an export drawn off screen) it is false.
 */
export const PresentingContext = createContext(false);

export function usePresenting(): boolean {
  return useContext(PresentingContext);
}
