import { useState } from 'react';
import { maxParticipantName } from '../../../shared/participants/contract.ts';
import { callParticipant, ParticipantCallError, participantToken } from './participantApi.ts';
import type { T } from './ParticipantApp.tsx';

/** The code may come in the address's fragment (the QR code carries it), so a scan needs no typing. */
function codeFromAddress(): string {
  return decodeURIComponent(window.location.hash.slice(1)).slice(0, 12);
}

export function JoinForm({ t, onJoined }: { t: T; onJoined(): void }) {
  const [code, setCode] = useState(codeFromAddress);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const result = await callParticipant('join', { code, name });
      participantToken.set(result.token);
      onJoined();
    } catch (e) {
      if (!(e instanceof ParticipantCallError)) throw e;
      setError(t(`participant.error.${e.key}`));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="participant-card"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h1>{t('participant.joinHeading')}</h1>
      <div className="participant-field">
        <label htmlFor="room-code">{t('participant.code')}</label>
        <input
          id="room-code"
          className="participant-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          required
          aria-describedby="room-code-hint"
        />
        <span id="room-code-hint" className="participant-hint">{t('participant.codeHint')}</span>
      </div>
      <div className="participant-field">
        <label htmlFor="participant-name">{t('participant.nameOptional')}</label>
        <input id="participant-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" maxLength={maxParticipantName} />
      </div>
      {error && (
        <p className="participant-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="participant-primary" disabled={busy}>
        {t('participant.join')}
      </button>
    </form>
  );
}
