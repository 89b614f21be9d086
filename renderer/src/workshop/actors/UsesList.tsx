import { useMemo } from 'react';
import { usesOfActor } from '../../../../shared/actors/references.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { summariseUses } from './usesSummary.ts';

/** The boards an actor is used on, one line each: what a merge moves and what a delete removes. */
export function UsesList({ actorId, labelledBy }: { actorId: ActorId; labelledBy?: string }) {
  const t = useT();
  const boards = useWorkshop((s) => s.doc.boards);
  const items = useWorkshop((s) => s.doc.items);
  const lines = useMemo(() => summariseUses({ boards }, usesOfActor({ boards, items }, actorId), t), [boards, items, actorId, t]);
  if (lines.length === 0) return null;
  return (
    <ul className="uses-list" aria-labelledby={labelledBy}>
      {lines.map((line) => (
        <li key={line.boardId}>
          <strong>{line.title}</strong>: {line.detail}
        </li>
      ))}
    </ul>
  );
}
