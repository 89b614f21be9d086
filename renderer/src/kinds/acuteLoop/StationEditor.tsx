import { useEffect, useId, useRef, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { categoryOrder, categoryStyle } from '../../../../shared/actors/categories.ts';
import { parseDuration } from '../../../../shared/kinds/acuteLoop/duration.ts';
import { automaticLane } from '../../../../shared/kinds/acuteLoop/lanes.ts';
import { addStationNote, removeStationNote, updateStation, updateStationNote, type StationPatch } from '../../../../shared/kinds/acuteLoop/ops.ts';
import { maxNotesPerStation, newNoteId, type AcuteLoopProps, type StationNoteKind } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { StationView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { durationText, laneName, stationName } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { formatClock, parseClock } from '../../../../shared/kinds/acuteLoop/time.ts';
import { actorCategories } from '../../../../shared/actors/categories.ts';
import { sortedByOrder } from '../../../../shared/model/document.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { ParsedField } from './fields.tsx';
import { clearFocusRequest, useLoopSession } from './loopSession.ts';

/** One station's details: name, time of day, duration, responsible actor, lane, pain points and quotes. */
export function StationEditor({ board, props, station }: { board: Board; props: AcuteLoopProps; station: StationView }) {
  const t = useT();
  const id = useId();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const actors = useWorkshop((s) => s.doc.actors);
  const focusRequest = useLoopSession((s) => s.focusRequest);
  const nameRef = useRef<HTMLInputElement>(null);
  const record = props.stations.find((s) => s.id === station.id)!;
  const name = stationName(station.name, station.number, t);
  const update = (patch: StationPatch) => run(updateStation, { boardId: board.id, stationId: station.id, patch });

  useEffect(() => {
    if (focusRequest?.stationId === station.id && focusRequest.field === 'name') {
      nameRef.current?.focus();
      nameRef.current?.select();
      clearFocusRequest();
    }
  }, [focusRequest, station.id]);

  const byCategory = actorCategories.map((c) => ({
    category: c,
    actors: sortedByOrder(actors).filter((a) => a.category === c.category).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  }));
  const auto = automaticLane(record, actors, props.lanes);
  const autoIndex = props.lanes.findIndex((l) => l.id === auto.id);
  const actorStyle = station.actor ? categoryStyle(station.actor.category) : null;

  return (
    <div className="al-station-editor">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('acuteLoop.station.name')}</label>
        <CommitFieldWithRef
          inputRef={nameRef}
          id={`${id}-name`}
          value={station.name}
          maxLength={limits.name}
          ariaLabel={t('acuteLoop.station.nameOf', { number: station.number })}
          onCommit={(v) => update({ name: v })}
        />
      </div>
      <div className="al-two">
        <div className="field">
          <span className="label">{t('acuteLoop.station.time')}</span>
          <ParsedField
            label={t('acuteLoop.station.timeOf', { name })}
            value={record.timeOfDay}
            format={(v) => (v === null ? '' : formatClock(v))}
            parse={(text) => (text.trim() === '' ? null : (parseClock(text) ?? 'invalid'))}
            onCommit={(v) => update({ timeOfDay: v })}
            errorText={t('acuteLoop.station.timeInvalid')}
            inputProps={{ placeholder: '21:30', inputMode: 'numeric', maxLength: 12 }}
          />
        </div>
        <div className="field">
          <span className="label">{t('acuteLoop.station.duration')}</span>
          <ParsedField
            label={t('acuteLoop.station.durationOf', { name })}
            value={record.durationMinutes}
            format={(v) => (v === null ? '' : durationText(v, t))}
            parse={(text) => parseDuration(text)}
            onCommit={(v) => update({ durationMinutes: v })}
            errorText={t('acuteLoop.station.durationInvalid')}
            hint={t('acuteLoop.station.durationHint')}
            inputProps={{ maxLength: 40 }}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-actor`}>{t('acuteLoop.station.actor')}</label>
        <span className="al-actor-pick">
          <span className="swatch" style={{ background: actorStyle?.fill ?? '#ffffff', borderColor: actorStyle?.text ?? '#0b1f33' }} aria-hidden />
          <select
            id={`${id}-actor`}
            className="cell-input"
            aria-label={t('acuteLoop.station.actorOf', { name })}
            value={record.responsible.actorId ?? ''}
            onChange={(e) => update({ actorId: e.target.value === '' ? null : (e.target.value as ActorId) })}
          >
            <option value="">{t('acuteLoop.station.noActor')}</option>
            {byCategory
              .filter((g) => g.actors.length > 0)
              .sort((a, b) => categoryOrder(a.category.category) - categoryOrder(b.category.category))
              .map((g) => (
                <optgroup key={g.category.category} label={t(g.category.labelKey)}>
                  {g.actors.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-lane`}>{t('acuteLoop.station.lane')}</label>
        <select
          id={`${id}-lane`}
          className="cell-input"
          aria-label={t('acuteLoop.station.laneOf', { name })}
          value={record.laneId && props.lanes.some((l) => l.id === record.laneId) ? record.laneId : ''}
          onChange={(e) => update({ laneId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('acuteLoop.station.laneAuto', { lane: laneName(auto, autoIndex, t) })}</option>
          {props.lanes.map((l, i) => (
            <option key={l.id} value={l.id}>
              {laneName(l, i, t)}
            </option>
          ))}
        </select>
      </div>
      <NotesEditor board={board} station={station} kind="painPoints" />
      <NotesEditor board={board} station={station} kind="quotes" />
    </div>
  );
}

/** CommitField with a ref to its input (to focus a new station's name for typing at once). */
function CommitFieldWithRef({ inputRef, value, onCommit, ariaLabel, id, maxLength }: { inputRef: React.RefObject<HTMLInputElement | null>; value: string; onCommit(v: string): void; ariaLabel: string; id: string; maxLength: number }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <input
      ref={inputRef}
      id={id}
      className="cell-input"
      aria-label={ariaLabel}
      value={draft}
      maxLength={maxLength}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

function NotesEditor({ board, station, kind }: { board: Board; station: StationView; kind: StationNoteKind }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = station[kind];
  const name = stationName(station.name, station.number, t);
  const pain = kind === 'painPoints';
  const add = () => {
    const note = { id: newNoteId(), text: '' };
    if (run(addStationNote, { boardId: board.id, stationId: station.id, kind, note })) setFocusId(note.id);
  };
  return (
    <fieldset className={`al-notes ${pain ? 'pain' : 'quote'}`}>
      <legend>{t(pain ? 'acuteLoop.notes.painPoints' : 'acuteLoop.notes.quotes')}</legend>
      <ul>
        {list.map((note, i) => (
          <li key={note.id}>
            <CommitField
              multiline
              rows={2}
              className="cell-input"
              aria-label={t(pain ? 'acuteLoop.notes.painPoint' : 'acuteLoop.notes.quote', { n: i + 1, name })}
              placeholder={t(pain ? 'acuteLoop.notes.newPainPoint' : 'acuteLoop.notes.newQuote')}
              value={note.text}
              maxLength={limits.text}
              autoFocus={focusId === note.id}
              onCommit={(text) => run(updateStationNote, { boardId: board.id, stationId: station.id, kind, noteId: note.id, text })}
            />
            <button
              type="button"
              className="btn quiet icon-btn"
              aria-label={t(pain ? 'acuteLoop.notes.removePainPoint' : 'acuteLoop.notes.removeQuote', { n: i + 1, name })}
              title={t('common.remove')}
              onClick={() => run(removeStationNote, { boardId: board.id, stationId: station.id, kind, noteId: note.id })}
            >
              <Trash2 aria-hidden size={18} />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn quiet" disabled={list.length >= maxNotesPerStation} onClick={add}>
        <Plus aria-hidden size={18} /> {t(pain ? 'acuteLoop.notes.addPainPoint' : 'acuteLoop.notes.addQuote', { name })}
      </button>
    </fieldset>
  );
}
