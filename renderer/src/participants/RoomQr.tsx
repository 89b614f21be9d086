import { useT } from '../i18n/useT.ts';
import { useRoom } from './roomStore.ts';

/**
 * On the projection while the room is open: a large QR code, the short address and the room code,
 * big enough to read and scan from the back of the room.
 */
export function RoomQr() {
  const t = useT();
  const view = useRoom((s) => s.view);
  const showQr = useRoom((s) => s.showQr);
  if (!view.open || !showQr || !view.qrSvg) return null;
  return (
    <aside className="room-qr" aria-label={t('participants.projectionJoin')}>
      <h2>{t('participants.projectionJoin')}</h2>
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(view.qrSvg)}`} alt={t('participants.qrAlt', { url: view.url })} />
      <p className="room-qr-url">{view.url.replace(/^http:\/\//, '')}</p>
      <p className="room-qr-code">
        <span>{t('participants.projectionCode')}</span> <strong>{view.code}</strong>
      </p>
    </aside>
  );
}

/** The presenter view's list of who has joined. */
export function RoomJoined() {
  const t = useT();
  const view = useRoom((s) => s.view);
  if (!view.open) return null;
  return (
    <section aria-labelledby="presenter-room-title">
      <h2 id="presenter-room-title">
        {t('participants.joined')} ({view.participants.length}) · {view.code}
      </h2>
      {view.participants.length === 0 ? (
        <p className="hint">{t('participants.nobody')}</p>
      ) : (
        <ul className="presenter-room-people">
          {view.participants.map((p) => (
            <li key={p.id}>{p.name || t('participants.anonymous')}</li>
          ))}
        </ul>
      )}
      {view.inbox.length > 0 && (
        <p>
          {t('participants.inbox')}: {view.inbox.length}
        </p>
      )}
    </section>
  );
}
