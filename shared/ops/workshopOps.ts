import { z } from 'zod';
import { ActorSchema, GatheringSchema, ParticipantSchema, WorkshopMetaSchema } from '../model/records.ts';
import { defineOperation } from './operation.ts';
import { recordOperations } from './recordOps.ts';

/** Edit the workshop's details (title, region, facilitator, description). */
export const updateMeta = defineOperation({
  id: 'meta.update',
  labelKey: 'op.meta.update',
  args: z.object({ patch: WorkshopMetaSchema.omit({ createdAt: true }).partial() }),
  apply(draft, { patch }) {
    Object.assign(draft.meta, patch);
  },
});

export const gatheringOps = recordOperations('gatherings', GatheringSchema, {
  add: 'op.gathering.add',
  update: 'op.gathering.update',
  remove: 'op.gathering.remove',
});

export const participantOps = recordOperations('participants', ParticipantSchema, {
  add: 'op.participant.add',
  update: 'op.participant.update',
  remove: 'op.participant.remove',
});

export const actorOps = recordOperations('actors', ActorSchema, {
  add: 'op.actor.add',
  update: 'op.actor.update',
  remove: 'op.actor.remove',
});
