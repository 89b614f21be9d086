import { useState } from 'react';
import { Link2, Trash2 } from 'lucide-react';
import { isActorChip, type ActorChip } from '../../../../../shared/kinds/actorMap/chip.ts';
import { addRelation, newRelationId, removeRelation, updateRelation } from '../../../../../shared/kinds/actorMap/ops.ts';
import { relationTypes, type RelationType } from '../../../../../shared/kinds/actorMap/props.ts';
import type { ActorId } from '../../../../../shared/model/ids.ts';
import { limits } from '../../../../../shared/model/limits.ts';
import type { Board } from '../../../../../shared/model/records.ts';
import { useCanvasSession } from '../../../canvas/sessionStore.ts';
import { useT } from '../../../i18n/useT.ts';
import { CommitField } from '../../../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../../../state/WorkshopContext.ts';
import { RelationSample } from './RelationSample.tsx';
import { relationName, type MapData } from './useMapData.ts';

/** The two actors whose chips are selected on the canvas, if exactly two are. */
function useSelectedPair(board: Board): [ActorId, ActorId] | null {
  const selection = useCanvasSession((s) => s.selection);
  const items = useWorkshop((s) => s.doc.items);
  const chips = selection.map((id) => items[id]).filter((item): item is ActorChip => item !== undefined && item.boardId === board.id && isActorChip(item));
  if (chips.length !== 2 || selection.length !== 2) return null;
  const [a, b] = chips.map((c) => c.props.actorId);
  return a && b && a !== b ? [a, b] : null;
}

/**
 * Relations between the actors on the map: connect the two selected chips, or pick two actors in
 * the form (the keyboard way); then change a relation's type or label, or remove it, in the list.
 */
export function RelationsSection({ board, data }: { board: Board; data: MapData }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const pair = useSelectedPair(board);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [type, setType] = useState<RelationType>('regular');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState(false);
  const headingId = `relations-${board.id}`;

  const relate = (a: ActorId, b: ActorId) => {
    if (a === b) {
      setProblem(true);
      return;
    }
    setProblem(false);
    if (run(addRelation, { boardId: board.id, relation: { id: newRelationId(), actorIds: [a, b], type, label: label.trim() } })) setLabel('');
  };
  const names = pair ? relationName(data.actors, pair) : null;

  return (
    <section className="map-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actorMap.relations.title')}</h2>
      <form
        className="relation-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) relate(from as ActorId, to as ActorId);
        }}
      >
        <label>
          <span>{t('actorMap.relations.from')}</span>
          <select className="cell-input" value={from} onChange={(e) => setFrom(e.target.value)} required>
            <option value="">{t('actorMap.relations.pick')}</option>
            {data.onMap.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('actorMap.relations.to')}</span>
          <select className="cell-input" value={to} onChange={(e) => setTo(e.target.value)} required>
            <option value="">{t('actorMap.relations.pick')}</option>
            {data.onMap.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('actorMap.relations.type')}</span>
          <select className="cell-input" value={type} onChange={(e) => setType(e.target.value as RelationType)}>
            {relationTypes.map((r) => (
              <option key={r} value={r}>
                {t(`actorMap.relation.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('actorMap.relations.label')}</span>
          <input className="cell-input" value={label} maxLength={limits.name} onChange={(e) => setLabel(e.target.value)} />
        </label>
        {problem && (
          <p className="error" role="alert">
            {t('actorMap.relations.same')}
          </p>
        )}
        <div className="map-section-actions">
          <button type="submit" className="btn">
            <Link2 aria-hidden /> {t('actorMap.relations.add')}
          </button>
          {pair && names && (
            <button type="button" className="btn primary" onClick={() => relate(pair[0], pair[1])}>
              <Link2 aria-hidden /> {t('actorMap.relations.relateSelected', names)}
            </button>
          )}
        </div>
      </form>

      {data.props.relations.length === 0 ? (
        <p className="empty">{t('actorMap.relations.empty')}</p>
      ) : (
        <ul className="relation-list">
          {data.props.relations.map((r) => {
            const n = relationName(data.actors, r.actorIds);
            const shown = data.chipOf.has(r.actorIds[0]) && data.chipOf.has(r.actorIds[1]);
            return (
              <li key={r.id}>
                <div className="relation-head">
                  <RelationSample type={r.type} />
                  <strong>
                    {n.from} – {n.to}
                  </strong>
                  <button type="button" className="btn quiet icon-btn" aria-label={t('actorMap.relations.remove', n)} title={t('actorMap.relations.remove', n)} onClick={() => run(removeRelation, { boardId: board.id, id: r.id })}>
                    <Trash2 aria-hidden />
                  </button>
                </div>
                {!shown && <p className="hint">{t('actorMap.relations.hidden')}</p>}
                <div className="relation-edit">
                  <select className="cell-input" aria-label={t('actorMap.relations.typeOf', n)} value={r.type} onChange={(e) => run(updateRelation, { boardId: board.id, id: r.id, patch: { type: e.target.value as RelationType } })}>
                    {relationTypes.map((rt) => (
                      <option key={rt} value={rt}>
                        {t(`actorMap.relation.${rt}`)}
                      </option>
                    ))}
                  </select>
                  <CommitField
                    className="cell-input"
                    aria-label={t('actorMap.relations.labelOf', n)}
                    placeholder={t('actorMap.relations.label')}
                    value={r.label}
                    maxLength={limits.name}
                    onCommit={(v) => run(updateRelation, { boardId: board.id, id: r.id, patch: { label: v.trim() } })}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
