import { create } from 'zustand';
import type { LoopViewMode } from '../../../../shared/kinds/acuteLoop/slide.ts';

/**
 * The acute loop's session data: which view each board shows, what is selected, whether the
 * editing panel is open. Never saved and never undone, like the canvas's camera: switching
 * between the loop and the swimlanes changes how the room looks at the data, not the data.
 */

export type LoopSelection =
  | { kind: 'station'; id: string }
  | { kind: 'transition'; fromId: string; toId: string }
  | null;

export const panelTabs = ['stations', 'data', 'needs', 'setup'] as const;
export type PanelTab = (typeof panelTabs)[number];

interface LoopSessionState {
  modes: Readonly<Record<string, LoopViewMode>>;
  selection: LoopSelection;
  panelOpen: boolean;
  tab: PanelTab;
  /** A field the panel should focus once it has rendered (after "add station" on the picture). */
  focusRequest: { stationId: string; field: 'name' | 'brokenToggle' } | null;
}

export const useLoopSession = create<LoopSessionState>(() => ({
  modes: {},
  selection: null,
  panelOpen: true,
  tab: 'stations',
  focusRequest: null,
}));

const set = useLoopSession.setState;

export function viewModeOf(modes: Readonly<Record<string, LoopViewMode>>, boardId: string): LoopViewMode {
  return modes[boardId] ?? 'loop';
}

export function setViewMode(boardId: string, mode: LoopViewMode): void {
  set((s) => ({ modes: { ...s.modes, [boardId]: mode } }));
}

export function selectStation(id: string | null, focus?: 'name'): void {
  set({
    selection: id ? { kind: 'station', id } : null,
    ...(id ? { tab: 'stations' as const } : {}),
    focusRequest: id && focus ? { stationId: id, field: focus } : null,
  });
}

export function selectTransition(fromId: string, toId: string): void {
  set({ selection: { kind: 'transition', fromId, toId }, tab: 'stations', panelOpen: true, focusRequest: { stationId: fromId, field: 'brokenToggle' } });
}

export function clearFocusRequest(): void {
  set({ focusRequest: null });
}

export function setPanelOpen(open: boolean): void {
  set({ panelOpen: open });
}

export function setTab(tab: PanelTab): void {
  set({ tab });
}
