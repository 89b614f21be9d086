import { useId, useState } from 'react';
import { GitMerge } from 'lucide-react';
import { mergeActors } from '../../../../shared/actors/registryOps.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import { localeOf } from '../../../../shared/i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { notify, useApp } from '../../state/appStore.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { UsesList } from './UsesList.tsx';

/**
 * Two entries for one actor ("DPS" and "Stjørdal DPS"): keep one, and everything that named the
 * other follows it. One undo step.
 */
export function MergeActorDialog({ actorId, onClose }: { actorId: ActorId; onClose(): void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const store = useWorkshopStore();
  const actors = useWorkshop((s) => s.doc.actors);
  const actor = actors[actorId];
  const others = Object.values(actors)
    .filter((a) => a.id !== actorId)
    .sort((a, b) => a.name.localeCompare(b.name, localeOf(language)));
  const [keepId, setKeepId] = useState<string>(others[0]?.id ?? '');
  const usesId = useId();
  if (!actor) return null;
  const confirm = () => {
    const keep = actors[keepId as ActorId];
    if (!keep) return;
    if (store.getState().run(mergeActors, { keepId: keep.id, mergeId: actorId })) {
      notify('info', 'actorMap.merge.done', { from: actor.name, into: keep.name }, { labelKey: 'common.undo', commandId: 'edit.undo' });
      onClose();
    }
  };
  return (
    <Dialog
      title={t('actorMap.merge.title', { name: actor.name })}
      onClose={onClose}
      onSubmit={confirm}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={!keepId}>
            <GitMerge aria-hidden /> {t('actorMap.merge.confirm')}
          </button>
        </>
      }
    >
      <p>{t('actorMap.merge.explain', { name: actor.name })}</p>
      <p id={usesId} className="sr-only">
        {t('actorMap.registry.uses')}
      </p>
      <UsesList actorId={actorId} labelledBy={usesId} />
      {others.length === 0 ? (
        <p>{t('actorMap.merge.noOther')}</p>
      ) : (
        <div className="field">
          <label htmlFor="merge-into">{t('actorMap.merge.into')}</label>
          <select id="merge-into" value={keepId} onChange={(e) => setKeepId(e.target.value)} autoFocus>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </Dialog>
  );
}
