import { useState } from 'react';
import { ArrowDown, ArrowUp, Copy, LayoutDashboard, Pencil, Plus, Trash2 } from 'lucide-react';
import { boardKinds, getBoardKind } from '../../../shared/kinds/registry.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';
import { newBoardId, type BoardId } from '../../../shared/model/ids.ts';
import { newBoardName } from '../../../shared/model/newBoardName.ts';
import { limits } from '../../../shared/model/limits.ts';
import type { Board } from '../../../shared/model/records.ts';
import { addBoard, deleteBoard, duplicateBoard, moveBoard, renameBoard } from '../../../shared/ops/boardOps.ts';
import { notify } from '../state/appStore.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';

/** The workshop's boards: pick, add (of any registered kind), rename, reorder, duplicate, delete. */
export function BoardList() {
  const t = useT();
  const store = useWorkshopStore();
  const boards = useWorkshop((s) => s.doc.boards);
  const view = useWorkshop((s) => s.view);
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<BoardId | null>(null);
  const [dragged, setDragged] = useState<BoardId | null>(null);
  const ordered = boardsInOrder({ boards } as never);
  const run = store.getState().run;

  const add = (kind: string) => {
    const id = newBoardId();
    const name = newBoardName(ordered, kind, t(getBoardKind(kind)!.labelKey));
    if (run(addBoard, { id, kind, name, withTemplate: true })) {
      store.getState().setView({ kind: 'board', boardId: id });
      setRenaming(id);
    }
    setAdding(false);
  };

  const remove = (board: Board) => {
    if (run(deleteBoard, { id: board.id })) notify('info', 'workshop.boardDeleted', { name: board.name }, { labelKey: 'common.undo', commandId: 'edit.undo' });
  };

  return (
    <nav className="board-list" aria-labelledby="boards-title">
      <div className="panel-head">
        <h2 id="boards-title">{t('workshop.boards')}</h2>
        <button type="button" className="btn" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          <Plus aria-hidden /> {t('workshop.addBoard')}
        </button>
      </div>
      {adding && (
        <ul className="kind-picker" aria-label={t('workshop.addBoard')}>
          {boardKinds().map((k) => (
            <li key={k.kind}>
              <button type="button" className="kind-option" aria-label={t('workshop.addBoardOfKind', { kind: t(k.labelKey) })} onClick={() => add(k.kind)}>
                <span className="title">{t(k.labelKey)}</span>
                <span className="hint">{t(k.descriptionKey)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {ordered.length === 0 && <p className="empty">{t('workshop.noBoards')}</p>}
      <ol className="boards">
        {ordered.map((board, index) => {
          const current = view.kind === 'board' && view.boardId === board.id;
          return (
            <li
              key={board.id}
              className={`board-row${current ? ' current' : ''}${dragged === board.id ? ' dragging' : ''}`}
              draggable={renaming !== board.id}
              onDragStart={() => setDragged(board.id)}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged && dragged !== board.id) run(moveBoard, { id: dragged, toIndex: index });
                setDragged(null);
              }}
            >
              {renaming === board.id ? (
                <RenameField board={board} onDone={() => setRenaming(null)} />
              ) : (
                <button
                  type="button"
                  className="board-pick"
                  aria-current={current ? 'page' : undefined}
                  onClick={() => store.getState().setView({ kind: 'board', boardId: board.id })}
                  onDoubleClick={() => setRenaming(board.id)}
                >
                  <LayoutDashboard aria-hidden size={20} />
                  <span className="name">{board.name}</span>
                  <span className="kind">{getBoardKind(board.kind) ? t(getBoardKind(board.kind)!.labelKey) : board.kind}</span>
                </button>
              )}
              <div className="board-tools">
                <button type="button" className="btn quiet icon-btn" aria-label={t('workshop.renameBoard', { name: board.name })} title={t('common.rename')} onClick={() => setRenaming(board.id)}><Pencil aria-hidden size={18} /></button>
                <button type="button" className="btn quiet icon-btn" disabled={index === 0} aria-label={t('workshop.moveBoardUp', { name: board.name })} title={t('common.moveUp')} onClick={() => run(moveBoard, { id: board.id, toIndex: index - 1 })}><ArrowUp aria-hidden size={18} /></button>
                <button type="button" className="btn quiet icon-btn" disabled={index === ordered.length - 1} aria-label={t('workshop.moveBoardDown', { name: board.name })} title={t('common.moveDown')} onClick={() => run(moveBoard, { id: board.id, toIndex: index + 1 })}><ArrowDown aria-hidden size={18} /></button>
                <button type="button" className="btn quiet icon-btn" aria-label={t('workshop.duplicateBoard', { name: board.name })} title={t('common.duplicate')} onClick={() => run(duplicateBoard, { id: board.id, newId: newBoardId(), name: t('workshop.copyOf', { name: board.name }).slice(0, limits.name) })}><Copy aria-hidden size={18} /></button>
                <button type="button" className="btn quiet icon-btn" aria-label={t('workshop.deleteBoard', { name: board.name })} title={t('common.delete')} onClick={() => remove(board)}><Trash2 aria-hidden size={18} /></button>
              </div>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function RenameField({ board, onDone }: { board: Board; onDone(): void }) {
  const t = useT();
  const store = useWorkshopStore();
  const [name, setName] = useState(board.name);
  const commit = () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== board.name) store.getState().run(renameBoard, { id: board.id, name: trimmed });
    onDone();
  };
  return (
    <input
      className="cell-input board-rename"
      autoFocus
      aria-label={t('workshop.boardName')}
      value={name}
      maxLength={limits.name}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setName(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') onDone();
      }}
    />
  );
}
