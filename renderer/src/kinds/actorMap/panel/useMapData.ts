import { useMemo } from 'react';
import { chipsOfBoard, type ActorChip } from '../../../../../shared/kinds/actorMap/chip.ts';
import { readActorMapProps, type ActorMapProps } from '../../../../../shared/kinds/actorMap/props.ts';
import type { ActorId } from '../../../../../shared/model/ids.ts';
import type { Actor, Board } from '../../../../../shared/model/records.ts';
import { useWorkshop } from '../../../state/WorkshopContext.ts';

export interface MapData {
  props: ActorMapProps;
  chips: ActorChip[];
  /** The chip of each actor on the map. */
  chipOf: Map<ActorId, ActorChip>;
  actors: Record<string, Actor>;
  /** The actors on the map, in name order. */
  onMap: Actor[];
}

/** The map's data as the panels read it: props, chips, and which actors are on it. */
export function useMapData(board: Board): MapData {
  const items = useWorkshop((s) => s.doc.items);
  const actors = useWorkshop((s) => s.doc.actors) as Record<string, Actor>;
  return useMemo(() => {
    const props = readActorMapProps(board.props);
    const chips = chipsOfBoard(items, board.id);
    const chipOf = new Map<ActorId, ActorChip>(chips.map((c) => [c.props.actorId, c]));
    const onMap = [...chipOf.keys()]
      .map((id) => actors[id])
      .filter((a): a is Actor => a !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    return { props, chips, chipOf, actors, onMap };
  }, [board.props, board.id, items, actors]);
}

/** "A – B": a relation named by its two actors' current names. */
export function relationName(actors: Record<string, Actor>, ids: readonly [string, string]): { from: string; to: string } {
  const name = (id: string) => {
    const a = actors[id];
    return a ? a.shortName.trim() || a.name : '?';
  };
  return { from: name(ids[0]), to: name(ids[1]) };
}
