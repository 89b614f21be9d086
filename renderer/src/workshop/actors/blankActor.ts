import { newActorId } from '../../../../shared/model/ids.ts';
import type { Actor, ActorCategory } from '../../../../shared/model/records.ts';

/** A new actor record with nothing assessed yet; the editor opens on it so the user fills it in at once. */
export function blankActor(name: string, category: ActorCategory, order: number): Actor {
  return {
    id: newActorId(), name, shortName: '', category, organisation: '', interest: '', importance: '', influence: '',
    attitude: '', informationNeeds: '', strategy: '', notes: '', order,
  };
}
