import { useState } from 'react';
import { ArrowDown, ArrowUp, IndentDecrease, IndentIncrease, Plus, Trash2 } from 'lucide-react';
import { addNeed, moveNeed, removeNeed, updateNeed } from '../../../../shared/kinds/acuteLoop/ops.ts';
import { maxNeeds, newNeedId, type AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';

/** Behovet: what the loop shows is needed, as a list with sub-points ("som kan hjelpe med: …"). */
export function NeedsTab({ board, props }: { board: Board; props: AcuteLoopProps }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const [focusId, setFocusId] = useState<string | null>(null);
  const add = () => {
    const need = { id: newNeedId(), text: '', level: 0 as const };
    if (run(addNeed, { boardId: board.id, index: props.needs.length, need })) setFocusId(need.id);
  };
  return (
    <div className="al-tab-body">
      {props.needs.length === 0 && <p className="empty">{t('acuteLoop.needs.empty')}</p>}
      <ol className="al-needs">
        {props.needs.map((need, i) => {
          const n = i + 1;
          return (
            <li key={need.id} className={need.level === 1 ? 'sub' : ''}>
              <CommitField
                multiline
                rows={2}
                className="cell-input"
                aria-label={t('acuteLoop.needs.text', { n })}
                placeholder={t('acuteLoop.needs.new')}
                value={need.text}
                maxLength={limits.text}
                autoFocus={focusId === need.id}
                onCommit={(text) => run(updateNeed, { boardId: board.id, needId: need.id, text })}
              />
              <div className="al-row-tools">
                {need.level === 0 ? (
                  <button type="button" className="btn quiet icon-btn" aria-label={t('acuteLoop.needs.indent', { n })} title={t('acuteLoop.needs.indent', { n })} onClick={() => run(updateNeed, { boardId: board.id, needId: need.id, level: 1 })}>
                    <IndentIncrease aria-hidden size={18} />
                  </button>
                ) : (
                  <button type="button" className="btn quiet icon-btn" aria-label={t('acuteLoop.needs.outdent', { n })} title={t('acuteLoop.needs.outdent', { n })} onClick={() => run(updateNeed, { boardId: board.id, needId: need.id, level: 0 })}>
                    <IndentDecrease aria-hidden size={18} />
                  </button>
                )}
                <button type="button" className="btn quiet icon-btn" disabled={i === 0} aria-label={t('acuteLoop.needs.moveUp', { n })} title={t('acuteLoop.needs.moveUp', { n })} onClick={() => run(moveNeed, { boardId: board.id, needId: need.id, toIndex: i - 1 })}>
                  <ArrowUp aria-hidden size={18} />
                </button>
                <button type="button" className="btn quiet icon-btn" disabled={i === props.needs.length - 1} aria-label={t('acuteLoop.needs.moveDown', { n })} title={t('acuteLoop.needs.moveDown', { n })} onClick={() => run(moveNeed, { boardId: board.id, needId: need.id, toIndex: i + 1 })}>
                  <ArrowDown aria-hidden size={18} />
                </button>
                <button type="button" className="btn quiet icon-btn" aria-label={t('acuteLoop.needs.remove', { n })} title={t('acuteLoop.needs.remove', { n })} onClick={() => run(removeNeed, { boardId: board.id, needId: need.id })}>
                  <Trash2 aria-hidden size={18} />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn" disabled={props.needs.length >= maxNeeds} onClick={add}>
        <Plus aria-hidden /> {t('acuteLoop.needs.add')}
      </button>
    </div>
  );
}
