import { useId } from 'react';
import { getBoardKind } from '../../../shared/kinds/registry.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import type { Board } from '../../../shared/model/records.ts';
import { useT } from '../i18n/useT.ts';

/**
 * Which boards go into a Word document or a presentation: a checkbox per board, in the boards'
 * order, and "Alle tavler" above them. `chosen` null means all (boards added later included).
 */
export function BoardPicker({ boards, chosen, onChange }: { boards: readonly Board[]; chosen: ReadonlySet<BoardId> | null; onChange(next: ReadonlySet<BoardId> | null): void }) {
  const t = useT();
  const id = useId();
  const isChosen = (boardId: BoardId) => chosen === null || chosen.has(boardId);
  const toggle = (boardId: BoardId, on: boolean) => {
    const next = new Set(chosen ?? boards.map((b) => b.id));
    if (on) next.add(boardId);
    else next.delete(boardId);
    onChange(next.size === boards.length ? null : next);
  };
  return (
    <fieldset className="export-group export-boards">
      <legend>{t('exportOffice.boards')}</legend>
      <div className="export-check">
        <input id={`${id}-all`} type="checkbox" checked={chosen === null} onChange={(e) => onChange(e.target.checked ? null : new Set())} />
        <label htmlFor={`${id}-all`}>{t('exportOffice.allBoards')}</label>
      </div>
      <ul className="export-board-list">
        {boards.map((b) => {
          const kind = getBoardKind(b.kind);
          return (
            <li key={b.id} className="export-check">
              <input id={`${id}-${b.id}`} type="checkbox" checked={isChosen(b.id)} onChange={(e) => toggle(b.id, e.target.checked)} />
              <label htmlFor={`${id}-${b.id}`}>{kind ? `${b.name} (${t(kind.labelKey)})` : b.name}</label>
            </li>
          );
        })}
      </ul>
      {chosen !== null && chosen.size === 0 && (
        <p className="export-hint" role="status">
          {t('exportOffice.noneChosen')}
        </p>
      )}
    </fieldset>
  );
}
