import { create } from 'zustand';
import type { ActorId } from '../../../../shared/model/ids.ts';
import type { ActorCategory } from '../../../../shared/model/records.ts';
import type { RelationType } from '../../../../shared/kinds/actorMap/props.ts';

/**
 * Session state of the actor-map boards: which view is showing, what the filter hides, whether
 * the side panel is open. Never saved, never undone: a filter is a way of looking, not an edit.
 */

export const mapViews = ['map', 'table', 'grid'] as const;
export type MapView = (typeof mapViews)[number];

export interface MapSessionState {
  view: MapView;
  panelOpen: boolean;
  hiddenRelations: readonly RelationType[];
  hiddenCategories: readonly ActorCategory[];
  /** The stakeholder table shows this map's actors or the whole registry. */
  tableScope: 'map' | 'all';
  /** The actor whose card is open (from a chip), or null. */
  editingActor: ActorId | null;
}

const initial: MapSessionState = { view: 'map', panelOpen: true, hiddenRelations: [], hiddenCategories: [], tableScope: 'map', editingActor: null };

export const useMapSessions = create<{ boards: Record<string, MapSessionState> }>(() => ({ boards: {} }));

/** The session of one board (defaults until something is changed). */
export function useMapSession(boardId: string): MapSessionState {
  return useMapSessions((s) => s.boards[boardId] ?? initial);
}

export function mapSessionOf(boardId: string): MapSessionState {
  return useMapSessions.getState().boards[boardId] ?? initial;
}

export function updateMapSession(boardId: string, patch: Partial<MapSessionState>): void {
  useMapSessions.setState((s) => ({ boards: { ...s.boards, [boardId]: { ...(s.boards[boardId] ?? initial), ...patch } } }));
}

export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
