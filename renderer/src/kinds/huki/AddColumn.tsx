import { useId, useState } from 'react';
import { Plus } from 'lucide-react';
import { sortedByOrder, nextOrder } from '../../../../shared/model/document.ts';
import { addColumn, addNewActorColumn } from '../../../../shared/kinds/huki/ops.ts';
import { newActorId, type ActorId, type ItemId } from '../../../../shared/model/ids.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { actorCategoryValues, type Actor, type ActorCategory } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { refitMatrixSoon } from './refit.ts';

/**
 * Adds a column: an actor picked from the registry, or a new actor typed by name (added to the
 * registry in the same step; a name already there is reused, never duplicated).
 */
export function AddColumn({ itemId, columnIds }: { itemId: ItemId; columnIds: readonly string[] }) {
  const t = useT();
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState('');
  const [name, setName] = useState('');
  const [category, setCategory] = useState<ActorCategory>('municipality');
  const id = useId();
  const available = sortedByOrder(actors).filter((a) => !columnIds.includes(a.id));

  const close = () => {
    setOpen(false);
    setPicked('');
    setName('');
  };
  const submit = () => {
    const run = store.getState().run;
    if (picked) {
      if (run(addColumn, { itemId, actorId: picked as ActorId })) {
        close();
        refitMatrixSoon();
      }
      return;
    }
    const trimmed = name.trim();
    if (!trimmed) return;
    const actor: Actor = {
      id: newActorId(), name: trimmed, shortName: '', category, organisation: '', interest: '', importance: '', influence: '',
      attitude: '', informationNeeds: '', strategy: '', notes: '', order: nextOrder(actors),
    };
    if (run(addNewActorColumn, { itemId, actor })) {
      close();
      refitMatrixSoon();
    }
  };

  if (!open) {
    return (
      <button type="button" className="btn" aria-expanded={false} onClick={() => setOpen(true)}>
        <Plus aria-hidden /> {t('huki.column.add')}
      </button>
    );
  }
  return (
    <form
      className="huki-add-column"
      aria-label={t('huki.column.add')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <label htmlFor={`${id}-pick`}>{t('huki.column.pick')}</label>
      {available.length > 0 ? (
        <select id={`${id}-pick`} className="cell-input" value={picked} autoFocus onChange={(e) => setPicked(e.target.value)}>
          <option value="">{t('huki.column.pickNone')}</option>
          {available.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      ) : (
        <p className="huki-hint">{t('huki.column.allIn')}</p>
      )}
      <label htmlFor={`${id}-name`}>{t('huki.column.newName')}</label>
      <div className="huki-new-actor">
        <input
          id={`${id}-name`}
          className="cell-input"
          value={name}
          maxLength={limits.name}
          disabled={picked !== ''}
          autoFocus={available.length === 0}
          onChange={(e) => setName(e.target.value)}
        />
        <select className="cell-input" aria-label={t('actors.category')} value={category} disabled={picked !== ''} onChange={(e) => setCategory(e.target.value as ActorCategory)}>
          {actorCategoryValues.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="huki-form-actions">
        <button type="submit" className="btn primary" disabled={!picked && name.trim() === ''}>
          {t('huki.column.confirm')}
        </button>
        <button type="button" className="btn quiet" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
