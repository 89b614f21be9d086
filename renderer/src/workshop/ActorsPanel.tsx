import { Plus, Trash2 } from 'lucide-react';
import { actorCategoryValues, type Actor } from '../../../shared/model/records.ts';
import { nextOrder, sortedByOrder } from '../../../shared/model/document.ts';
import { newActorId } from '../../../shared/model/ids.ts';
import { limits } from '../../../shared/model/limits.ts';
import { actorOps } from '../../../shared/ops/workshopOps.ts';
import { categoryStyle } from '../../../shared/actors/categories.ts';
import { useT } from '../i18n/useT.ts';
import { CommitField } from '../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from './WorkshopContext.ts';

/** The actor registry as a plain list. The actor-map board builds the full actor UI on this data. */
export function ActorsPanel() {
  const t = useT();
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const run = store.getState().run;
  const add = () => {
    const actor: Actor = {
      id: newActorId(), name: t('actors.newActor'), shortName: '', category: 'municipality', organisation: '',
      interest: '', importance: '', influence: '', attitude: '', informationNeeds: '', strategy: '', notes: '', order: nextOrder(actors),
    };
    run(actorOps.add, { record: actor });
  };
  const list = sortedByOrder(actors);
  return (
    <div className="page-panel">
      <div className="panel-head">
        <h1>{t('actors.title')}</h1>
        <button type="button" className="btn primary" onClick={add}><Plus aria-hidden /> {t('actors.add')}</button>
      </div>
      {list.length === 0 && <p>{t('actors.empty')}</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('actors.name')}</th><th scope="col">{t('actors.shortName')}</th><th scope="col">{t('actors.category')}</th><th scope="col">{t('actors.organisation')}</th>
            <th scope="col"><span className="sr-only">{t('common.remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          {list.map((a) => {
            const style = categoryStyle(a.category);
            return (
              <tr key={a.id}>
                <td>
                  <div className="actor-name-cell">
                    <span className="swatch" style={{ background: style.fill, borderColor: style.text }} aria-hidden />
                    <CommitField className="cell-input" aria-label={`${t('actors.name')}: ${a.name}`} value={a.name} maxLength={limits.name} onCommit={(v) => run(actorOps.update, { id: a.id, patch: { name: v } })} />
                  </div>
                </td>
                <td><CommitField className="cell-input" aria-label={`${t('actors.shortName')}: ${a.name}`} value={a.shortName} maxLength={limits.name} onCommit={(v) => run(actorOps.update, { id: a.id, patch: { shortName: v } })} /></td>
                <td>
                  <select className="cell-input" aria-label={`${t('actors.category')}: ${a.name}`} value={a.category} onChange={(e) => run(actorOps.update, { id: a.id, patch: { category: e.target.value as Actor['category'] } })}>
                    {actorCategoryValues.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
                  </select>
                </td>
                <td><CommitField className="cell-input" aria-label={`${t('actors.organisation')}: ${a.name}`} value={a.organisation} maxLength={limits.name} onCommit={(v) => run(actorOps.update, { id: a.id, patch: { organisation: v } })} /></td>
                <td><button type="button" className="btn quiet icon-btn" aria-label={t('actors.remove', { name: a.name })} onClick={() => run(actorOps.remove, { id: a.id })}><Trash2 aria-hidden /></button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
