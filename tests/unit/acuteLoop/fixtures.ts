import { emptyDoc, type WorkshopDoc } from '../../../shared/model/document.ts';
import { newActorId, newBoardId, type BoardId } from '../../../shared/model/ids.ts';
import type { Actor, ActorCategory } from '../../../shared/model/records.ts';
import { addBoard } from '../../../shared/ops/boardOps.ts';
import { perform, type Operation } from '../../../shared/ops/operation.ts';
import { readAcuteLoopProps, newStation, type AcuteLoopProps, type Station } from '../../../shared/kinds/acuteLoop/schema.ts';

/** A registry actor with only what the acute loop reads filled in. */
export function actor(name: string, category: ActorCategory, shortName = ''): Actor {
  return {
    id: newActorId(), name, shortName, category, organisation: '', interest: '', importance: '', influence: '',
    attitude: '', informationNeeds: '', strategy: '', notes: '', order: 1,
  };
}

/** A workshop holding one acute-loop board, added through the real operation (optionally with the template). */
export function workshopWithLoop(options: { template?: boolean; actors?: Actor[] } = {}): { doc: WorkshopDoc; boardId: BoardId } {
  let doc = emptyDoc({ title: 'Svingdør', region: 'Øyane' });
  for (const a of options.actors ?? []) doc.actors[a.id] = a;
  const boardId = newBoardId();
  doc = perform(doc, addBoard, { id: boardId, kind: 'acuteLoop', name: 'Akuttloopen', withTemplate: options.template ?? false }).doc;
  return { doc, boardId };
}

/** The stations as names, in loop order. */
export const names = (props: AcuteLoopProps) => props.stations.map((s) => s.name);

export function loopOf(doc: WorkshopDoc, boardId: BoardId): AcuteLoopProps {
  return readAcuteLoopProps(doc.boards[boardId]!.props);
}

/** Runs operations one after another, as the store does. */
export function run<A>(doc: WorkshopDoc, op: Operation<A>, args: A): WorkshopDoc {
  return perform(doc, op, args).doc;
}

export function stations(...list: string[]): Station[] {
  return list.map((n) => newStation(n));
}
