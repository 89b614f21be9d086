import { useState } from 'react';
import { defaultNoteColour, palette, paletteKeys, type PaletteKey } from '../../../shared/items/palette.ts';
import { maxNoteText, type ParticipantNoteView, type ParticipantStateView } from '../../../shared/participants/contract.ts';
import { callParticipant, ParticipantCallError } from './participantApi.ts';
import type { T } from './ParticipantApp.tsx';

interface Props {
  t: T;
  state: ParticipantStateView;
  refresh(): Promise<void>;
}

/** Runs a call and turns a refusal into the participant's message. */
function useCall(t: T, refresh: () => Promise<void>) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  async function run(call: () => Promise<unknown>, success?: string): Promise<boolean> {
    try {
      await call();
      setMessage(success ? { text: success, error: false } : null);
      await refresh();
      return true;
    } catch (e) {
      if (!(e instanceof ParticipantCallError)) throw e;
      setMessage({ text: t(`participant.error.${e.key}`), error: true });
      return false;
    }
  }
  return { message, run };
}

export function RoomPage({ t, state, refresh }: Props) {
  const { message, run } = useCall(t, refresh);
  return (
    <>
      <section className="participant-card" aria-labelledby="prompt">
        {state.boardName && <p className="participant-board">{state.boardName}</p>}
        <h1 id="prompt">{state.prompt || state.boardName}</h1>
        <p className="participant-hint">{state.me.anonymous ? t('participant.welcomeAnonymous') : t('participant.welcome', { name: state.me.name })}</p>
      </section>
      {state.paused && (
        <p className="participant-paused" role="status">
          {t('participant.paused')}
        </p>
      )}
      <NoteForm t={t} disabled={state.paused} run={run} />
      {message && (
        <p className={message.error ? 'participant-error' : 'participant-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {state.vote && <VoteSection t={t} vote={state.vote} disabled={state.paused} run={run} />}
      <section className="participant-card" aria-labelledby="my-notes">
        <h2 id="my-notes">{t('participant.myNotes')}</h2>
        {state.notes.length === 0 ? (
          <p className="participant-hint">{t('participant.noNotes')}</p>
        ) : (
          <ul className="participant-notes">
            {state.notes.map((note) => (
              <MyNote key={note.id} t={t} note={note} run={run} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type Run = (call: () => Promise<unknown>, success?: string) => Promise<boolean>;

function ColourChoice({ t, value, onChange, name }: { t: T; value: PaletteKey; onChange(c: PaletteKey): void; name: string }) {
  return (
    <fieldset className="participant-colours">
      <legend>{t('participant.colour')}</legend>
      {paletteKeys.map((key) => (
        <label key={key} className="participant-swatch" style={{ backgroundColor: palette[key].fill, color: palette[key].text }}>
          <input type="radio" name={name} value={key} checked={value === key} onChange={() => onChange(key)} />
          <span>{t(palette[key].labelKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function NoteForm({ t, disabled, run }: { t: T; disabled: boolean; run: Run }) {
  const [text, setText] = useState('');
  const [colour, setColour] = useState<PaletteKey>(defaultNoteColour);
  const left = maxNoteText - text.length;
  return (
    <form
      className="participant-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        void run(() => callParticipant('addNote', { text, colour }), t('participant.sent')).then((ok) => ok && setText(''));
      }}
    >
      <div className="participant-field">
        <label htmlFor="note-text">{t('participant.noteLabel')}</label>
        <textarea
          id="note-text"
          className="participant-note-text"
          style={{ backgroundColor: palette[colour].fill, color: palette[colour].text }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={maxNoteText}
          rows={4}
          placeholder={t('participant.notePlaceholder')}
          aria-describedby="note-left"
        />
        <span id="note-left" className="participant-hint">{t('participant.charsLeft', { count: left })}</span>
      </div>
      <ColourChoice t={t} value={colour} onChange={setColour} name="new-colour" />
      <button type="submit" className="participant-primary" disabled={disabled || !text.trim()}>
        {t('participant.send')}
      </button>
    </form>
  );
}

function MyNote({ t, note, run }: { t: T; note: ParticipantNoteView; run: Run }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [colour, setColour] = useState<PaletteKey>(note.colour);
  const editable = note.status === 'pending';
  return (
    <li className="participant-note" style={{ backgroundColor: palette[note.colour].fill, color: palette[note.colour].text }}>
      {editing && editable ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => callParticipant('editNote', { id: note.id, text, colour })).then((ok) => ok && setEditing(false));
          }}
        >
          <label className="participant-field">
            <span>{t('participant.noteLabel')}</span>
            <textarea className="participant-note-text" value={text} maxLength={maxNoteText} rows={3} onChange={(e) => setText(e.target.value)} />
          </label>
          <ColourChoice t={t} value={colour} onChange={setColour} name={`colour-${note.id}`} />
          <button type="submit" className="participant-primary">
            {t('participant.save')}
          </button>
        </form>
      ) : (
        <>
          <p className="participant-note-body">{note.text}</p>
          <p className="participant-status">{t(`participant.status.${note.status}`)}</p>
          {editable && (
            <div className="participant-row">
              <button type="button" onClick={() => setEditing(true)}>
                {t('participant.edit')}
              </button>
              <button type="button" onClick={() => void run(() => callParticipant('withdrawNote', { id: note.id }))}>
                {t('participant.withdraw')}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

function VoteSection({ t, vote, disabled, run }: { t: T; vote: NonNullable<ParticipantStateView['vote']>; disabled: boolean; run: Run }) {
  const left = vote.dotsPerParticipant - vote.myDots.length;
  return (
    <section className="participant-card" aria-labelledby="vote-title">
      <h2 id="vote-title">{vote.question || t('participant.vote')}</h2>
      <p className="participant-dots-left" role="status">
        {t('participant.dotsLeft', { count: left })}
      </p>
      <ul className="participant-candidates">
        {vote.candidates.map((c) => {
          const mine = vote.myDots.filter((d) => d === c.itemId).length;
          return (
            <li key={c.itemId} className="participant-candidate">
              <span className="participant-candidate-text">{c.text}</span>
              <span className="participant-mine" aria-label={t('participant.myDotsOn', { count: mine })}>
                {'●'.repeat(mine)}
              </span>
              <span className="participant-row">
                <button type="button" disabled={disabled || mine === 0} aria-label={t('participant.removeDot', { text: c.text })} onClick={() => void run(() => callParticipant('removeDot', { itemId: c.itemId as never }))}>
                  −
                </button>
                <button type="button" disabled={disabled || left <= 0} aria-label={t('participant.addDot', { text: c.text })} onClick={() => void run(() => callParticipant('placeDot', { itemId: c.itemId as never }))}>
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
