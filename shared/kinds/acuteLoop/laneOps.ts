import { z } from 'zod';
import type { Draft } from 'immer';
import { limits } from '../../model/limits.ts';
import { actorCategoryValues } from '../../model/records.ts';
import { defineOperation, OperationError } from '../../ops/operation.ts';
import { boardIdArg as boardId, loopProps, plain } from './loopProps.ts';
import { moveIndex } from './reorder.ts';
import { LaneSchema, maxLanes, type AcuteLoopProps } from './schema.ts';

/** Edits of the swimlanes of the linear view. */

const LaneIdSchema = LaneSchema.shape.id;

function laneIndex(props: Draft<AcuteLoopProps>, laneId: string): number {
  const i = props.lanes.findIndex((l) => l.id === laneId);
  if (i < 0) throw new OperationError('error.invalidEdit', `lane ${laneId} not found`);
  return i;
}

export const addLane = defineOperation({
  id: 'acuteLoop.addLane',
  labelKey: 'acuteLoop.op.addLane',
  args: z.object({ boardId, lane: LaneSchema }),
  apply(draft, { boardId, lane }) {
    const props = loopProps(draft, boardId);
    if (props.lanes.length >= maxLanes) throw new OperationError('error.invalidEdit', `at most ${maxLanes} lanes`);
    if (props.lanes.some((l) => l.id === lane.id)) throw new OperationError('error.invalidEdit', `lane ${lane.id} exists`);
    props.lanes.push(lane);
  },
});

export const updateLane = defineOperation({
  id: 'acuteLoop.updateLane',
  labelKey: 'acuteLoop.op.updateLane',
  args: z.object({ boardId, laneId: LaneIdSchema, name: z.string().max(limits.name).optional(), categories: z.array(z.enum(actorCategoryValues)).optional() }),
  apply(draft, { boardId, laneId, name, categories }) {
    const props = loopProps(draft, boardId);
    const lane = props.lanes[laneIndex(props, laneId)]!;
    if (name !== undefined) lane.name = name;
    if (categories !== undefined) lane.categories = [...new Set(categories)];
  },
});

/** Removes a lane; stations placed in it by hand go back to their actor's lane. The last lane stays. */
export const removeLane = defineOperation({
  id: 'acuteLoop.removeLane',
  labelKey: 'acuteLoop.op.removeLane',
  args: z.object({ boardId, laneId: LaneIdSchema }),
  apply(draft, { boardId, laneId }) {
    const props = loopProps(draft, boardId);
    if (props.lanes.length <= 1) throw new OperationError('error.invalidEdit', 'the last lane stays');
    props.lanes.splice(laneIndex(props, laneId), 1);
    for (const s of props.stations) if (s.laneId === laneId) s.laneId = null;
  },
});

export const moveLane = defineOperation({
  id: 'acuteLoop.moveLane',
  labelKey: 'acuteLoop.op.moveLane',
  args: z.object({ boardId, laneId: LaneIdSchema, toIndex: z.number().int().min(0) }),
  apply(draft, { boardId, laneId, toIndex }) {
    const props = loopProps(draft, boardId);
    const reordered = moveIndex(plain(props.lanes), laneIndex(props, laneId), toIndex);
    reordered.forEach((l, i) => {
      if (props.lanes[i]!.id !== l.id) props.lanes[i] = l;
    });
  },
});
