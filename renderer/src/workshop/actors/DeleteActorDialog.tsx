import { useId } from 'react';
import { Trash2 } from 'lucide-react';
import { usesOfActor } from '../../../../shared/actors/references.ts';
import { deleteActor } from '../../../../shared/actors/registryOps.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import { useT } from '../../i18n/useT.ts';
import { notify } from '../../state/appStore.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { UsesList } from './UsesList.tsx';

/**
 * Deleting an actor says first, plainly, where it is used and that it disappears from there; the
 * delete is one undo step, and the notice offers the undo.
 */
export function DeleteActorDialog({ actorId, onClose }: { actorId: ActorId; onClose(): void }) {
  const t = useT();
  const store = useWorkshopStore();
  const actor = useWorkshop((s) => s.doc.actors[actorId]);
  const used = useWorkshop((s) => usesOfActor(s.doc, actorId).length > 0);
  const listId = useId();
  if (!actor) return null;
  const confirm = () => {
    if (store.getState().run(deleteActor, { id: actorId })) {
      notify('info', 'actorMap.delete.done', { name: actor.name }, { labelKey: 'common.undo', commandId: 'edit.undo' });
      onClose();
    }
  };
  return (
    <Dialog
      title={t('actorMap.delete.title', { name: actor.name })}
      onClose={onClose}
      onSubmit={confirm}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn danger">
            <Trash2 aria-hidden /> {t('actorMap.delete.confirm')}
          </button>
        </>
      }
    >
      {used ? (
        <>
          <p id={listId} className="delete-warning">
            {t('actorMap.delete.used', { name: actor.name })}
          </p>
          <UsesList actorId={actorId} labelledBy={listId} />
        </>
      ) : (
        <p>{t('actorMap.delete.unused', { name: actor.name })}</p>
      )}
      <p className="hint">{t('actorMap.delete.undoHint')}</p>
    </Dialog>
  );
}
