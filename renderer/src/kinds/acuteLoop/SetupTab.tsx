import { useId } from 'react';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { actorCategories } from '../../../../shared/actors/categories.ts';
import { addLane, moveLane, removeLane, updateLane, updateLoopSettings } from '../../../../shared/kinds/acuteLoop/ops.ts';
import { loopShapes, maxLanes, newLaneId, type AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { laneName } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';

/** The loop's setup: subtitle, shape (circle or rounded track) and the swimlanes of the linear view. */
export function SetupTab({ board, props }: { board: Board; props: AcuteLoopProps }) {
  const t = useT();
  const id = useId();
  const store = useWorkshopStore();
  const run = store.getState().run;
  return (
    <div className="al-tab-body">
      <div className="field">
        <label htmlFor={`${id}-subtitle`}>{t('acuteLoop.setup.subtitle')}</label>
        <CommitField id={`${id}-subtitle`} className="cell-input" value={props.subtitle} placeholder={t('acuteLoop.subtitle.default')} maxLength={limits.name} onCommit={(subtitle) => run(updateLoopSettings, { boardId: board.id, subtitle })} />
      </div>
      <fieldset className="al-shape">
        <legend>{t('acuteLoop.setup.shape')}</legend>
        {loopShapes.map((shape) => (
          <label key={shape} className="al-radio">
            <input type="radio" name={`${id}-shape`} value={shape} checked={props.shape === shape} onChange={() => run(updateLoopSettings, { boardId: board.id, shape })} />
            {t(`acuteLoop.setup.shape.${shape}`)}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby={`${id}-lanes`}>
        <h3 id={`${id}-lanes`}>{t('acuteLoop.setup.lanes')}</h3>
        <p className="al-hint">{t('acuteLoop.setup.lanesHint')}</p>
        <ol className="al-lanes">
          {props.lanes.map((lane, i) => {
            const name = laneName(lane, i, t);
            return (
              <li key={lane.id}>
                <div className="al-lane-head">
                  <CommitField className="cell-input" aria-label={t('acuteLoop.setup.laneName', { n: i + 1 })} value={lane.name} placeholder={name} maxLength={limits.name} onCommit={(v) => run(updateLane, { boardId: board.id, laneId: lane.id, name: v })} />
                  <div className="al-row-tools">
                    <button type="button" className="btn quiet icon-btn" disabled={i === 0} aria-label={t('acuteLoop.setup.moveLaneUp', { name })} title={t('acuteLoop.setup.moveLaneUp', { name })} onClick={() => run(moveLane, { boardId: board.id, laneId: lane.id, toIndex: i - 1 })}>
                      <ArrowUp aria-hidden size={18} />
                    </button>
                    <button type="button" className="btn quiet icon-btn" disabled={i === props.lanes.length - 1} aria-label={t('acuteLoop.setup.moveLaneDown', { name })} title={t('acuteLoop.setup.moveLaneDown', { name })} onClick={() => run(moveLane, { boardId: board.id, laneId: lane.id, toIndex: i + 1 })}>
                      <ArrowDown aria-hidden size={18} />
                    </button>
                    <button type="button" className="btn quiet icon-btn" disabled={props.lanes.length <= 1} aria-label={t('acuteLoop.setup.removeLane', { name })} title={t('acuteLoop.setup.removeLane', { name })} onClick={() => run(removeLane, { boardId: board.id, laneId: lane.id })}>
                      <Trash2 aria-hidden size={18} />
                    </button>
                  </div>
                </div>
                <fieldset className="al-lane-categories">
                  <legend className="sr-only">{t('acuteLoop.setup.laneCategories', { name })}</legend>
                  {actorCategories.map((c) => {
                    const checked = lane.categories.includes(c.category);
                    return (
                      <label key={c.category} className="al-chip-check">
                        <input
                          type="checkbox"
                          checked={checked}
                          aria-label={t('acuteLoop.setup.laneCategory', { category: t(c.labelKey), name })}
                          onChange={() =>
                            run(updateLane, {
                              boardId: board.id,
                              laneId: lane.id,
                              categories: checked ? lane.categories.filter((x) => x !== c.category) : [...lane.categories, c.category],
                            })
                          }
                        />
                        <span className="swatch" style={{ background: c.fill, borderColor: c.text }} aria-hidden />
                        <span aria-hidden>{t(c.labelKey)}</span>
                      </label>
                    );
                  })}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" className="btn" disabled={props.lanes.length >= maxLanes} onClick={() => run(addLane, { boardId: board.id, lane: { id: newLaneId(), name: t('acuteLoop.setup.newLane'), categories: [] } })}>
          <Plus aria-hidden /> {t('acuteLoop.setup.addLane')}
        </button>
      </section>
    </div>
  );
}
