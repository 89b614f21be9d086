import { z } from 'zod';
import type { Draft } from 'immer';
import { ActorIdSchema } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import { defineOperation, OperationError } from '../../ops/operation.ts';
import { boardIdArg as boardId, checked, loopProps, plain, stationIndex } from './loopProps.ts';
import { moveIndex } from './reorder.ts';
import {
  LocalIdSchema,
  StationNoteSchema,
  StationSchema,
  TimeOfDaySchema,
  maxNotesPerStation,
  maxStations,
  stationNoteKinds,
  type Station,
} from './schema.ts';

/** Edits of the stations: add between two, edit, remove, reorder (drag or keys), notes, breaks. */

const StationPatchSchema = z
  .object({
    name: z.string().max(limits.name),
    timeOfDay: TimeOfDaySchema.nullable(),
    durationMinutes: StationSchema.shape.durationMinutes.unwrap(),
    actorId: ActorIdSchema.nullable(),
    laneId: StationSchema.shape.laneId.unwrap(),
  })
  .partial();
export type StationPatch = z.infer<typeof StationPatchSchema>;

/**
 * Inserts a station at a position in the loop (0 = the top); `index` past the end appends. A mark
 * (break and its reason) on the transition the new station splits moves to one of the two new
 * transitions, so a "brudd" the room named does not vanish from the picture (issue 16): the first
 * (from → new) unless the room says it belongs on the second (new → to). One undo step either way.
 */
export const addStation = defineOperation({
  id: 'acuteLoop.addStation',
  labelKey: 'acuteLoop.op.addStation',
  args: z.object({ boardId, index: z.number().int().min(0), station: StationSchema, breakOn: z.enum(['first', 'second']).optional() }),
  apply(draft, { boardId, index, station, breakOn }) {
    const props = loopProps(draft, boardId);
    if (props.stations.length >= maxStations) throw new OperationError('error.invalidEdit', `at most ${maxStations} stations`);
    if (props.stations.some((s) => s.id === station.id)) throw new OperationError('error.invalidEdit', `station ${station.id} exists`);
    const n = props.stations.length;
    const at = Math.min(index, n);
    if (n >= 2) {
      const prev = props.stations[(at - 1 + n) % n]!;
      const next = props.stations[at % n]!;
      const mark = props.transitions.find((t) => t.fromId === prev.id && t.toId === next.id);
      if (mark && breakOn === 'second') mark.fromId = station.id;
      else if (mark) mark.toId = station.id;
    }
    props.stations.splice(at, 0, station as Draft<Station>);
  },
});

export const updateStation = defineOperation({
  id: 'acuteLoop.updateStation',
  labelKey: 'acuteLoop.op.updateStation',
  args: z.object({ boardId, stationId: LocalIdSchema, patch: StationPatchSchema }),
  apply(draft, { boardId, stationId, patch }) {
    const props = loopProps(draft, boardId);
    const station = props.stations[stationIndex(props, stationId)]!;
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (key === 'actorId') station.responsible.actorId = value as Station['responsible']['actorId'];
      else (station as Record<string, unknown>)[key] = value;
    }
    checked(props);
  },
});

/** Removes a station and the marks of its transitions (they were about handovers to and from it). */
export const removeStation = defineOperation({
  id: 'acuteLoop.removeStation',
  labelKey: 'acuteLoop.op.removeStation',
  args: z.object({ boardId, stationId: LocalIdSchema }),
  apply(draft, { boardId, stationId }) {
    const props = loopProps(draft, boardId);
    props.stations.splice(stationIndex(props, stationId), 1);
    for (let i = props.transitions.length - 1; i >= 0; i--) {
      const t = props.transitions[i]!;
      if (t.fromId === stationId || t.toId === stationId) props.transitions.splice(i, 1);
    }
  },
});

/**
 * Moves a station to another place in the loop (a drag along the loop, or "earlier"/"later"),
 * and, from the swimlane view, optionally into a lane (null = back to its actor's lane).
 */
export const moveStation = defineOperation({
  id: 'acuteLoop.moveStation',
  labelKey: 'acuteLoop.op.moveStation',
  args: z.object({ boardId, stationId: LocalIdSchema, toIndex: z.number().int().min(0), laneId: StationSchema.shape.laneId.unwrap().optional() }),
  apply(draft, { boardId, stationId, toIndex, laneId }) {
    const props = loopProps(draft, boardId);
    const from = stationIndex(props, stationId);
    const to = Math.min(toIndex, props.stations.length - 1);
    if (from !== to) {
      const before = plain(props.stations) as Station[];
      const reordered = moveIndex(before, from, to);
      // Write back only the positions that changed, so the undo step stays small.
      reordered.forEach((s, i) => {
        if (before[i]!.id !== s.id) props.stations[i] = s as Draft<Station>;
      });
    }
    if (laneId !== undefined) {
      const station = props.stations[to]!;
      if (laneId !== null && !props.lanes.some((l) => l.id === laneId)) throw new OperationError('error.invalidEdit', `lane ${laneId} not found`);
      station.laneId = laneId;
    }
  },
});

const noteKind = z.enum(stationNoteKinds);

export const addStationNote = defineOperation({
  id: 'acuteLoop.addStationNote',
  labelKey: 'acuteLoop.op.addStationNote',
  args: z.object({ boardId, stationId: LocalIdSchema, kind: noteKind, note: StationNoteSchema }),
  apply(draft, { boardId, stationId, kind, note }) {
    const props = loopProps(draft, boardId);
    const list = props.stations[stationIndex(props, stationId)]![kind];
    if (list.length >= maxNotesPerStation) throw new OperationError('error.invalidEdit', `at most ${maxNotesPerStation} notes`);
    if (list.some((n) => n.id === note.id)) throw new OperationError('error.invalidEdit', `note ${note.id} exists`);
    list.push(note);
  },
});

export const updateStationNote = defineOperation({
  id: 'acuteLoop.updateStationNote',
  labelKey: 'acuteLoop.op.updateStationNote',
  args: z.object({ boardId, stationId: LocalIdSchema, kind: noteKind, noteId: LocalIdSchema, text: z.string().max(limits.text) }),
  apply(draft, { boardId, stationId, kind, noteId, text }) {
    const props = loopProps(draft, boardId);
    const note = props.stations[stationIndex(props, stationId)]![kind].find((n) => n.id === noteId);
    if (!note) throw new OperationError('error.invalidEdit', `note ${noteId} not found`);
    note.text = text;
  },
});

export const removeStationNote = defineOperation({
  id: 'acuteLoop.removeStationNote',
  labelKey: 'acuteLoop.op.removeStationNote',
  args: z.object({ boardId, stationId: LocalIdSchema, kind: noteKind, noteId: LocalIdSchema }),
  apply(draft, { boardId, stationId, kind, noteId }) {
    const props = loopProps(draft, boardId);
    const list = props.stations[stationIndex(props, stationId)]![kind];
    const i = list.findIndex((n) => n.id === noteId);
    if (i < 0) throw new OperationError('error.invalidEdit', `note ${noteId} not found`);
    list.splice(i, 1);
  },
});

/**
 * Marks the transition from one station to the next as broken (brudd) or whole, with a reason.
 * A whole transition without a note keeps no record.
 */
export const setTransition = defineOperation({
  id: 'acuteLoop.setTransition',
  labelKey: 'acuteLoop.op.setTransition',
  args: z.object({ boardId, fromId: LocalIdSchema, toId: LocalIdSchema, broken: z.boolean().optional(), note: z.string().max(limits.text).optional() }),
  apply(draft, { boardId, fromId, toId, broken, note }) {
    const props = loopProps(draft, boardId);
    stationIndex(props, fromId);
    stationIndex(props, toId);
    if (fromId === toId) throw new OperationError('error.invalidEdit', 'a transition joins two stations');
    const i = props.transitions.findIndex((t) => t.fromId === fromId && t.toId === toId);
    const existing = i >= 0 ? props.transitions[i]! : undefined;
    const next = { fromId, toId, broken: broken ?? existing?.broken ?? false, note: note ?? existing?.note ?? '' };
    if (!next.broken && next.note === '') {
      if (i >= 0) props.transitions.splice(i, 1);
      return;
    }
    if (existing) {
      if (existing.broken !== next.broken) existing.broken = next.broken;
      if (existing.note !== next.note) existing.note = next.note;
    } else {
      props.transitions.push(next);
    }
  },
});
