import { useEffect, useMemo, useState } from 'react';
import { defaultItem } from '../../../shared/items/itemTypes.ts';
import { itemBounds, unionBounds } from '../../../shared/items/geometry.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import { limits } from '../../../shared/model/limits.ts';
import { createItems } from '../../../shared/ops/itemOps.ts';
import type { ListenAddress } from '../../../shared/participants/room.ts';
import { useT } from '../i18n/useT.ts';
import { api, reportError } from '../state/appStore.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { setRoomView } from './roomStore.ts';

const NEW_FRAME = 'new';

/**
 * Fasilitering → «Åpne for deltakere»: what participants may do on this board, on which network,
 * and a reminder that no patient information belongs on notes. Opening makes the "Innspill" frame
 * first when asked (an ordinary, undoable item), so the room always has a frame to fill.
 */
export function OpenRoomDialog({ boardId, onClose }: { boardId: BoardId; onClose(): void }) {
  const t = useT();
  const store = useWorkshopStore();
  const handle = useWorkshop((s) => s.handle);
  const items = useWorkshop((s) => s.doc.items);
  const frames = useMemo(() => Object.values(items).filter((i) => i.boardId === boardId && i.type === 'frame'), [items, boardId]);
  const [prompt, setPrompt] = useState('');
  const [frameId, setFrameId] = useState<string>(NEW_FRAME);
  const [review, setReview] = useState(false);
  const [allowAnonymous, setAllowAnonymous] = useState(true);
  const [allowDots, setAllowDots] = useState(true);
  const [addresses, setAddresses] = useState<ListenAddress[] | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api()
      .listParticipantAddresses()
      .then((list) => {
        setAddresses(list);
        setAddress(list[0]?.address ?? '');
      }, reportError);
  }, []);

  function frameForNotes(): ItemId {
    if (frameId !== NEW_FRAME) return frameId as ItemId;
    const doc = store.getState().doc;
    const onBoard = Object.values(doc.items).filter((i) => i.boardId === boardId);
    const bounds = unionBounds(onBoard.map((i) => itemBounds(i)));
    const z = onBoard.reduce((m, i) => Math.max(m, i.z), 0) + 1;
    const frame = defaultItem('frame', boardId, {
      x: bounds ? bounds.x + bounds.w + 80 : 0,
      y: bounds ? bounds.y : 0,
      w: 1100,
      h: 700,
      z,
      props: { title: prompt.trim() || t('participants.innspill'), fill: '#f4f4f4' },
    });
    store.getState().run(createItems, { items: [frame] });
    return frame.id;
  }

  async function start() {
    if (!address) return;
    setBusy(true);
    try {
      const view = await api().openParticipantRoom({ handle, boardId, frameId: frameForNotes(), review, allowAnonymous, allowDots, prompt: prompt.trim(), address });
      setRoomView(view);
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('participants.dialogTitle')}
      onClose={onClose}
      onSubmit={() => void start()}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('participants.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={busy || !address}>
            {t('participants.start')}
          </button>
        </>
      }
    >
      <p>{t('participants.intro')}</p>
      <p className="room-privacy" role="note">
        {t('participants.privacy')}
      </p>
      <div className="field">
        <label htmlFor="room-prompt">{t('participants.prompt')}</label>
        <input id="room-prompt" value={prompt} maxLength={limits.name} placeholder={t('participants.promptPlaceholder')} onChange={(e) => setPrompt(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="room-frame">{t('participants.frame')}</label>
        <select id="room-frame" value={frameId} onChange={(e) => setFrameId(e.target.value)}>
          <option value={NEW_FRAME}>{t('participants.newFrame')}</option>
          {frames.map((f) => (
            <option key={f.id} value={f.id}>
              {t('participants.frameNamed', { name: String(f.props['title'] ?? '') })}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={review} onChange={(e) => setReview(e.target.checked)} /> {t('participants.review')}
      </label>
      <label className="check">
        <input type="checkbox" checked={allowAnonymous} onChange={(e) => setAllowAnonymous(e.target.checked)} /> {t('participants.allowAnonymous')}
      </label>
      <label className="check">
        <input type="checkbox" checked={allowDots} onChange={(e) => setAllowDots(e.target.checked)} /> {t('participants.allowDots')}
      </label>
      <div className="field">
        <label htmlFor="room-address">{t('participants.address')}</label>
        {addresses && addresses.length === 0 ? (
          <p role="alert">{t('participants.noAddress')}</p>
        ) : (
          <select id="room-address" value={address} onChange={(e) => setAddress(e.target.value)}>
            {(addresses ?? []).map((a) => (
              <option key={`${a.name}-${a.address}`} value={a.address}>
                {t(a.loopback ? 'participants.addressLoopback' : 'participants.addressOption', { address: a.address, name: a.name })}
              </option>
            ))}
          </select>
        )}
      </div>
    </Dialog>
  );
}
