import { applyPatches } from 'immer';
import { emptyDoc, type WorkshopDoc } from '../../../shared/model/document.ts';
import type { ActorId, BoardId } from '../../../shared/model/ids.ts';
import type { Actor, ActorCategory } from '../../../shared/model/records.ts';
import { perform, type Operation } from '../../../shared/ops/operation.ts';
import { defaultActorMapProps } from '../../../shared/kinds/actorMap/props.ts';

/** Test data for the actor map: a Værnesregionen workshop, readable ids, one empty actor map. */

export const mapId = 'b_aktorkart' as BoardId;

export const aid = (name: string) => `a_${name}` as ActorId;

export function actor(key: string, name: string, category: ActorCategory, extra: Partial<Actor> = {}): Actor {
  return {
    id: aid(key), name, shortName: '', category, organisation: '', interest: '', importance: '', influence: '',
    attitude: '', informationNeeds: '', strategy: '', notes: '', order: 1, ...extra,
  };
}

/** The actors most tests use: the user, a municipality service, the DPS, NAV, the GPs, Statsforvalteren. */
export const vaernesActors = (): Actor[] => [
  actor('bruker', 'Brukeren', 'user', { shortName: 'Bruker', order: 1 }),
  actor('stjordal', 'Psykisk helse og rus, Stjørdal', 'municipality', { shortName: 'Stjørdal', order: 2 }),
  actor('dps', 'Stjørdal DPS', 'specialist', { order: 3, importance: 'A', influence: 'H' }),
  actor('nav', 'NAV', 'municipality', { order: 4 }),
  actor('fastlege', 'Fastlegene', 'municipality', { shortName: 'Fastlege', order: 5 }),
  actor('sf', 'Statsforvalteren i Trøndelag', 'premise', { shortName: 'Statsforvalteren', order: 6 }),
];

export function workshop(actors: Actor[] = vaernesActors()): WorkshopDoc {
  const doc = emptyDoc({ title: 'Læringsnettverk psykisk helse og rus', region: 'Værnesregionen', createdAt: '2025-01-01T00:00:00.000Z' });
  doc.boards[mapId] = { id: mapId, kind: 'actorMap', name: 'Aktørkart Værnes', order: 1, props: defaultActorMapProps() };
  for (const a of actors) doc.actors[a.id] = a;
  return doc;
}

/** Runs operations in sequence, keeping every step's inverse so a test can undo them all. */
export class Session {
  private readonly undoStack: Parameters<typeof applyPatches>[1][] = [];
  constructor(public doc: WorkshopDoc) {}
  run<A>(op: Operation<A>, args: A): this {
    const result = perform(this.doc, op, args);
    this.undoStack.push(result.inverse);
    this.doc = result.doc;
    return this;
  }
  undo(): this {
    const inverse = this.undoStack.pop();
    if (inverse) this.doc = applyPatches(this.doc, inverse);
    return this;
  }
  get steps(): number {
    return this.undoStack.length;
  }
}
