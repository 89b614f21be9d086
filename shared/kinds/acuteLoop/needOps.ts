import { z } from 'zod';
import type { Draft } from 'immer';
import { limits } from '../../model/limits.ts';
import { defineOperation, OperationError } from '../../ops/operation.ts';
import { boardIdArg as boardId, loopProps, plain } from './loopProps.ts';
import { moveIndex } from './reorder.ts';
import { LocalIdSchema, NeedSchema, maxNeeds, type AcuteLoopProps } from './schema.ts';

/** Edits of Behovet, the needs list beside the loop. */

export const addNeed = defineOperation({
  id: 'acuteLoop.addNeed',
  labelKey: 'acuteLoop.op.addNeed',
  args: z.object({ boardId, index: z.number().int().min(0), need: NeedSchema }),
  apply(draft, { boardId, index, need }) {
    const props = loopProps(draft, boardId);
    if (props.needs.length >= maxNeeds) throw new OperationError('error.invalidEdit', `at most ${maxNeeds} needs`);
    if (props.needs.some((n) => n.id === need.id)) throw new OperationError('error.invalidEdit', `need ${need.id} exists`);
    props.needs.splice(Math.min(index, props.needs.length), 0, need);
  },
});

function needIndex(props: Draft<AcuteLoopProps>, needId: string): number {
  const i = props.needs.findIndex((n) => n.id === needId);
  if (i < 0) throw new OperationError('error.invalidEdit', `need ${needId} not found`);
  return i;
}

export const updateNeed = defineOperation({
  id: 'acuteLoop.updateNeed',
  labelKey: 'acuteLoop.op.updateNeed',
  args: z.object({ boardId, needId: LocalIdSchema, text: z.string().max(limits.text).optional(), level: NeedSchema.shape.level.unwrap().optional() }),
  apply(draft, { boardId, needId, text, level }) {
    const props = loopProps(draft, boardId);
    const need = props.needs[needIndex(props, needId)]!;
    if (text !== undefined) need.text = text;
    if (level !== undefined) need.level = level;
  },
});

export const removeNeed = defineOperation({
  id: 'acuteLoop.removeNeed',
  labelKey: 'acuteLoop.op.removeNeed',
  args: z.object({ boardId, needId: LocalIdSchema }),
  apply(draft, { boardId, needId }) {
    const props = loopProps(draft, boardId);
    props.needs.splice(needIndex(props, needId), 1);
  },
});

export const moveNeed = defineOperation({
  id: 'acuteLoop.moveNeed',
  labelKey: 'acuteLoop.op.moveNeed',
  args: z.object({ boardId, needId: LocalIdSchema, toIndex: z.number().int().min(0) }),
  apply(draft, { boardId, needId, toIndex }) {
    const props = loopProps(draft, boardId);
    const from = needIndex(props, needId);
    const reordered = moveIndex(plain(props.needs), from, toIndex);
    reordered.forEach((n, i) => {
      if (props.needs[i]!.id !== n.id) props.needs[i] = n;
    });
  },
});
