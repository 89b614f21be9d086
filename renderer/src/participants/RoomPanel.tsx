import { useState } from 'react';
import { Check, CheckCheck, Pause, Play, Power, QrCode, UserX, Users, X } from 'lucide-react';
import type { BoardId } from '../../../shared/model/ids.ts';
import type { RoomInboxNote } from '../../../shared/participants/room.ts';
import { useT } from '../i18n/useT.ts';
import { api, reportError } from '../state/appStore.ts';
import { useWorkshop } from '../state/WorkshopContext.ts';
import { OpenRoomDialog } from './OpenRoomDialog.tsx';
import { useNow } from '../present/useNow.ts';
import { roomAction, setRoomView, useRoom } from './roomStore.ts';

/** After this long with no request at all, the room says phones probably can't reach the machine. */
const UNREACHABLE_AFTER_MS = 90_000;

/** Fasilitering's participant section: open the room, then the address, inbox and who has joined. */
export function RoomPanel({ boardId }: { boardId: BoardId }) {
  const t = useT();
  const view = useRoom((s) => s.view);
  const showQr = useRoom((s) => s.showQr);
  const handle = useWorkshop((s) => s.handle);
  const [dialog, setDialog] = useState(false);
  const ours = view.open && view.settings?.handle === handle;
  // Ticks only while nobody has reached the room, so the warning can appear without any other change.
  const now = useNow(ours && view.contacts === 0, 5000);

  if (!ours) {
    return (
      <section className="facilitation-section" aria-labelledby="room-title">
        <h3 id="room-title">{t('participants.title')}</h3>
        <button type="button" className="btn" onClick={() => setDialog(true)}>
          <Users aria-hidden /> {t('participants.open')}
        </button>
        {dialog && <OpenRoomDialog boardId={boardId} onClose={() => setDialog(false)} />}
      </section>
    );
  }
  const unreachable = view.contacts === 0 && now - Date.parse(view.openedAt) > UNREACHABLE_AFTER_MS;
  return (
    <section className="facilitation-section room-panel" aria-labelledby="room-title">
      <h3 id="room-title">{t('participants.title')}</h3>
      <p className="room-address">
        <span>{view.url}</span> <strong>{view.code}</strong>
      </p>
      {unreachable && (
        <p className="room-warning" role="alert">
          {t('participants.unreachable')}
        </p>
      )}
      {view.paused && <p className="room-warning" role="status">{t('participants.paused')}</p>}
      <div className="button-row">
        <button type="button" className="btn" aria-pressed={showQr} onClick={() => useRoom.setState({ showQr: !showQr })}>
          <QrCode aria-hidden /> {t('participants.showQr')}
        </button>
        <button type="button" className="btn" onClick={() => void roomAction({ kind: 'pause', paused: !view.paused })}>
          {view.paused ? <Play aria-hidden /> : <Pause aria-hidden />} {t(view.paused ? 'participants.resume' : 'participants.pause')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void api()
              .closeParticipantRoom()
              .then(() => api().awaitParticipantRoom(-1))
              .then(setRoomView, reportError)
          }
        >
          <Power aria-hidden /> {t('participants.close')}
        </button>
      </div>
      {view.settings?.review && <Inbox notes={view.inbox} />}
      <h4>
        {t('participants.joined')}: {t('participants.count', { count: view.participants.length })}
      </h4>
      {view.participants.length === 0 ? (
        <p className="hint">{t('participants.nobody')}</p>
      ) : (
        <ul className="room-people">
          {view.participants.map((p) => (
            <li key={p.id}>
              <span className="room-person">{p.name || t('participants.anonymous')}</span>
              <span className="hint">{t('participants.noteCount', { notes: p.notes, dots: p.dots })}</span>
              <button type="button" className="btn quiet icon-btn" aria-label={t('participants.remove', { name: p.name || t('participants.anonymous') })} title={t('participants.remove', { name: p.name || t('participants.anonymous') })} onClick={() => void roomAction({ kind: 'remove', participantId: p.id })}>
                <UserX aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The notes waiting for approval; the focused one is approved or rejected with one key. */
function Inbox({ notes }: { notes: RoomInboxNote[] }) {
  const t = useT();
  const act = (kind: 'approve' | 'reject', note: RoomInboxNote) => void roomAction({ kind, noteId: note.id });
  return (
    <div className="room-inbox">
      <h4 id="room-inbox-title">
        {t('participants.inbox')} ({notes.length})
      </h4>
      <p className="hint" id="room-inbox-hint">
        {t('participants.inboxHint')}
      </p>
      {notes.length > 1 && (
        <button type="button" className="btn" onClick={() => void roomAction({ kind: 'approveAll' })}>
          <CheckCheck aria-hidden /> {t('participants.approveAll', { count: notes.length })}
        </button>
      )}
      {notes.length === 0 ? (
        <p className="hint">{t('participants.inboxEmpty')}</p>
      ) : (
        <ul aria-labelledby="room-inbox-title" aria-describedby="room-inbox-hint">
          {notes.map((note) => (
            <li
              key={note.id}
              tabIndex={0}
              className={`room-inbox-note note-${note.colour}`}
              aria-label={t('participants.inboxItem', { author: note.author || t('participants.anonymous'), text: note.text })}
              onKeyDown={(e) => {
                if (e.ctrlKey || e.metaKey || e.altKey || e.target !== e.currentTarget) return;
                const key = e.key.toLowerCase();
                const next = (e.currentTarget.nextElementSibling ?? e.currentTarget.previousElementSibling) as HTMLElement | null;
                if (key === 'a' || key === 'enter') act('approve', note);
                else if (key === 'r' || key === 'delete') act('reject', note);
                else return;
                e.preventDefault();
                e.stopPropagation();
                next?.focus();
              }}
            >
              <span className="room-inbox-text">
                <strong>{note.author || t('participants.anonymous')}</strong> {note.text}
              </span>
              <span className="room-inbox-actions">
                <button type="button" className="btn quiet icon-btn" tabIndex={-1} aria-label={t('participants.approve')} title={t('participants.approve')} onClick={() => act('approve', note)}>
                  <Check aria-hidden />
                </button>
                <button type="button" className="btn quiet icon-btn" tabIndex={-1} aria-label={t('participants.reject')} title={t('participants.reject')} onClick={() => act('reject', note)}>
                  <X aria-hidden />
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
