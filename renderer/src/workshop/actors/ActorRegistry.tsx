import { useMemo, useState } from 'react';
import { GitMerge, Library, Pencil, Plus, Trash2 } from 'lucide-react';
import { categoryOrder, categoryStyle } from '../../../../shared/actors/categories.ts';
import { collectActorUses } from '../../../../shared/actors/references.ts';
import { chipName } from '../../../../shared/actors/shortName.ts';
import { foldName } from '../../../../shared/actors/findActor.ts';
import { addActor, addActorsFromCatalogue, editActor } from '../../../../shared/actors/registryOps.ts';
import { nextOrder } from '../../../../shared/model/document.ts';
import { newActorId, type ActorId } from '../../../../shared/model/ids.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { actorCategoryValues, type Actor, type ActorCategory } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { ActorEditor } from './ActorEditor.tsx';
import { CataloguePicker, type CataloguePick } from './CataloguePicker.tsx';
import { DeleteActorDialog } from './DeleteActorDialog.tsx';
import { MergeActorDialog } from './MergeActorDialog.tsx';
import { summariseUses } from './usesSummary.ts';
import { blankActor } from './blankActor.ts';
import './actors.css';

type Dialogs = { kind: 'catalogue' } | { kind: 'edit' | 'merge' | 'delete'; id: ActorId } | null;

/**
 * The actor registry: every actor of the workshop once, in category order. Pick from the
 * catalogue or add a new one, edit names in place (the change shows on every board), open the
 * full record, merge duplicates, delete with a list of where the actor is used.
 */
export function ActorRegistry() {
  const t = useT();
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const boards = useWorkshop((s) => s.doc.boards);
  const items = useWorkshop((s) => s.doc.items);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialogs>(null);
  const run = store.getState().run;

  const uses = useMemo(() => collectActorUses({ boards, items }), [boards, items]);
  const list = useMemo(() => {
    const q = foldName(query);
    return Object.values(actors)
      .filter((a) => !q || foldName(`${a.name} ${a.shortName} ${a.organisation}`).includes(q))
      .sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.order - b.order || a.name.localeCompare(b.name, 'nb'));
  }, [actors, query]);

  const addBlank = () => {
    const actor = blankActor(t('actors.newActor'), 'municipality', nextOrder(actors));
    if (run(addActor, { record: actor })) setDialog({ kind: 'edit', id: actor.id });
  };
  const addPicked = (pick: CataloguePick) => {
    if (pick.entries.length > 0) run(addActorsFromCatalogue, { entries: pick.entries.map((e) => ({ id: newActorId(), name: e.name })) });
    if (pick.custom) run(addActor, { record: blankActor(pick.custom.name, pick.custom.category, nextOrder(store.getState().doc.actors)) });
    setDialog(null);
  };
  const update = (id: ActorId, patch: Partial<Actor>) => run(editActor, { id, patch });

  return (
    <div className="page-panel actor-registry">
      <div className="panel-head">
        <h1>{t('actors.title')}</h1>
        <div className="registry-actions">
          <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'catalogue' })}>
            <Library aria-hidden /> {t('actorMap.registry.fromCatalogue')}
          </button>
          <button type="button" className="btn" onClick={addBlank}>
            <Plus aria-hidden /> {t('actorMap.registry.new')}
          </button>
        </div>
      </div>
      <p className="registry-intro">{t('actorMap.registry.intro')}</p>
      <div className="registry-search">
        <label htmlFor="registry-search">{t('actorMap.registry.search')}</label>
        <input id="registry-search" type="search" className="cell-input" value={query} maxLength={limits.name} onChange={(e) => setQuery(e.target.value)} />
        <span className="registry-count" aria-live="polite">
          {t('actorMap.registry.count', { n: list.length })}
        </span>
      </div>
      {Object.keys(actors).length === 0 && <p>{t('actors.empty')}</p>}
      {Object.keys(actors).length > 0 && list.length === 0 && <p>{t('actorMap.registry.noMatch')}</p>}
      {list.length > 0 && (
        <table className="data-table registry-table">
          <thead>
            <tr>
              <th scope="col">{t('actors.name')}</th>
              <th scope="col">{t('actors.shortName')}</th>
              <th scope="col">{t('actors.category')}</th>
              <th scope="col">{t('actors.organisation')}</th>
              <th scope="col">{t('actorMap.registry.uses')}</th>
              <th scope="col">
                <span className="sr-only">{t('actorMap.registry.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => {
              const style = categoryStyle(a.category);
              const lines = summariseUses({ boards }, uses.get(a.id) ?? [], t);
              return (
                <tr key={a.id}>
                  <td>
                    <div className="actor-name-cell">
                      <span className="swatch" style={{ background: style.fill, borderColor: '#0b1f33' }} aria-hidden />
                      <CommitField
                        className="cell-input"
                        aria-label={`${t('actors.name')}: ${a.name}`}
                        value={a.name}
                        maxLength={limits.name}
                        onCommit={(v) => v.trim() && update(a.id, { name: v.trim() })}
                      />
                    </div>
                  </td>
                  <td>
                    <CommitField
                      className="cell-input"
                      aria-label={`${t('actors.shortName')}: ${a.name}`}
                      aria-describedby={`chip-name-${a.id}`}
                      placeholder={a.name}
                      value={a.shortName}
                      maxLength={limits.name}
                      onCommit={(v) => update(a.id, { shortName: v })}
                    />
                    <span id={`chip-name-${a.id}`} className="chip-name muted">
                      {t('actorMap.registry.chipShows', { name: chipName(a) })}
                    </span>
                  </td>
                  <td>
                    <select className="cell-input" aria-label={`${t('actors.category')}: ${a.name}`} value={a.category} onChange={(e) => update(a.id, { category: e.target.value as ActorCategory })}>
                      {actorCategoryValues.map((c) => (
                        <option key={c} value={c}>
                          {t(`category.${c}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <CommitField className="cell-input" aria-label={`${t('actors.organisation')}: ${a.name}`} value={a.organisation} maxLength={limits.name} onCommit={(v) => update(a.id, { organisation: v })} />
                  </td>
                  <td className="registry-uses">
                    {lines.length === 0 ? (
                      <span className="muted">{t('actorMap.registry.unused')}</span>
                    ) : (
                      <ul>
                        {lines.map((line) => (
                          <li key={line.boardId}>
                            {line.title}: {line.detail}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="registry-row-actions">
                    <button type="button" className="btn quiet icon-btn" aria-label={t('actorMap.registry.edit', { name: a.name })} title={t('actorMap.registry.edit', { name: a.name })} onClick={() => setDialog({ kind: 'edit', id: a.id })}>
                      <Pencil aria-hidden />
                    </button>
                    <button type="button" className="btn quiet icon-btn" aria-label={t('actorMap.registry.merge', { name: a.name })} title={t('actorMap.registry.merge', { name: a.name })} onClick={() => setDialog({ kind: 'merge', id: a.id })}>
                      <GitMerge aria-hidden />
                    </button>
                    <button type="button" className="btn quiet icon-btn danger-icon" aria-label={t('actorMap.registry.delete', { name: a.name })} title={t('actorMap.registry.delete', { name: a.name })} onClick={() => setDialog({ kind: 'delete', id: a.id })}>
                      <Trash2 aria-hidden />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'catalogue' && <CataloguePicker onClose={() => setDialog(null)} onAdd={addPicked} />}
      {dialog?.kind === 'edit' && <ActorEditor actorId={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'merge' && <MergeActorDialog actorId={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteActorDialog actorId={dialog.id} onClose={() => setDialog(null)} />}
    </div>
  );
}
