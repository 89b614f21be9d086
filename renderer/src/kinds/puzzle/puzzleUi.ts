import { create } from 'zustand';

/** The puzzle panel's session state: which tab shows, whether the inventory table is open. Never saved. */
export type PuzzleTab = 'piece' | 'summary' | 'grid';

interface PuzzleUi {
  tab: PuzzleTab;
  panelOpen: boolean;
  inventoryOpen: boolean;
}

export const usePuzzleUi = create<PuzzleUi>(() => ({ tab: 'piece', panelOpen: true, inventoryOpen: false }));

export function setPuzzleTab(tab: PuzzleTab): void {
  usePuzzleUi.setState({ tab, panelOpen: true });
}

export function setPanelOpen(panelOpen: boolean): void {
  usePuzzleUi.setState({ panelOpen });
}

export function setInventoryOpen(inventoryOpen: boolean): void {
  usePuzzleUi.setState({ inventoryOpen });
}
