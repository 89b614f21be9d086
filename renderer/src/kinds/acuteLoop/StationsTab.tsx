import { useEffect, useId, useRef, useState } from 'react';
import { ArrowDown, ArrowUp, Download, Plus, Trash2 } from 'lucide-react';
import { removeStation, moveStation, setTransition } from '../../../../shared/kinds/acuteLoop/ops.ts';
import { maxStations, type AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { LoopView, StationView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { stationName } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { formatClock } from '../../../../shared/kinds/acuteLoop/time.ts';
import type { LoopTransition } from '../../../../shared/kinds/acuteLoop/transitions.ts';
import { stationTableCsv } from '../../../../shared/kinds/acuteLoop/stationTable.ts';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { notify, reportError } from '../../state/appStore.ts';
import { saveCsv } from '../../state/saveFile.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { clearFocusRequest, selectStation, useLoopSession } from './loopSession.ts';
import { StationEditor } from './StationEditor.tsx';
import { useLoopActions } from './useLoopActions.ts';

/**
 * The stations in loop order, each with its transition to the next: the accessible, keyboard
 * way to do everything the picture does (add between, reorder, remove, mark a break), and where
 * a station's details are edited.
 */
export function StationsTab({ board, props, view }: { board: Board; props: AcuteLoopProps; view: LoopView }) {
  const t = useT();
  const actions = useLoopActions(board.id);
  const store = useWorkshopStore();
  const n = view.stations.length;
  return (
    <div className="al-tab-body">
      {n === 0 && <p className="empty">{t('acuteLoop.station.empty')}</p>}
      <ol className="al-stations" aria-label={t('acuteLoop.station.list')}>
        {view.stations.map((s, i) => (
          <StationRow key={s.id} board={board} props={props} view={view} station={s} index={i} transition={view.transitions[i]} />
        ))}
      </ol>
      <div className="al-actions">
        <button type="button" className="btn" disabled={n >= maxStations} onClick={() => actions.addStationAt(n)}>
          <Plus aria-hidden /> {n === 0 ? t('acuteLoop.station.add') : t('acuteLoop.station.addAfter', { name: stationName(view.stations[n - 1]!.name, n, t) })}
        </button>
        <button type="button" className="btn quiet" disabled={n === 0} onClick={() => saveCsv(board.name, stationTableCsv(props, store.getState().doc.actors, t)).catch(reportError)}>
          <Download aria-hidden /> {t('acuteLoop.station.exportCsv')}
        </button>
      </div>
    </div>
  );
}

function StationRow({ board, props, view, station, index, transition }: { board: Board; props: AcuteLoopProps; view: LoopView; station: StationView; index: number; transition: LoopTransition | undefined }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const actions = useLoopActions(board.id);
  const selection = useLoopSession((s) => s.selection);
  const open = selection?.kind === 'station' && selection.id === station.id;
  const n = view.stations.length;
  const name = stationName(station.name, station.number, t);
  const style = station.actor ? categoryStyle(station.actor.category) : null;
  const rowRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (open) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  const remove = () => {
    if (run(removeStation, { boardId: board.id, stationId: station.id })) {
      notify('info', 'acuteLoop.station.removed', { name }, { labelKey: 'common.undo', commandId: 'edit.undo' });
      if (open) selectStation(null);
    }
  };
  return (
    <li ref={rowRef} className={`al-station${open ? ' open' : ''}`} data-station-id={station.id}>
      <div className="al-station-head">
        <button type="button" className="al-station-toggle" aria-expanded={open} onClick={() => selectStation(open ? null : station.id)}>
          <span className="al-num" style={{ background: style?.fill ?? '#ffffff', color: style?.text ?? '#0b1f33' }} aria-hidden>
            {station.number}
          </span>
          <span className="al-name">{name}</span>
          {station.timeOfDay !== null && <span className={`al-time${station.inOfficeHours ? '' : ' outside'}`}>{formatClock(station.timeOfDay)}</span>}
          <span className="sr-only">{t('acuteLoop.station.toggle', { name })}</span>
        </button>
        <div className="al-row-tools">
          <button type="button" className="btn quiet icon-btn" disabled={index === 0} aria-label={t('acuteLoop.station.moveEarlier', { name })} title={t('acuteLoop.station.moveEarlier', { name })} onClick={() => run(moveStation, { boardId: board.id, stationId: station.id, toIndex: index - 1 })}>
            <ArrowUp aria-hidden size={18} />
          </button>
          <button type="button" className="btn quiet icon-btn" disabled={index === n - 1} aria-label={t('acuteLoop.station.moveLater', { name })} title={t('acuteLoop.station.moveLater', { name })} onClick={() => run(moveStation, { boardId: board.id, stationId: station.id, toIndex: index + 1 })}>
            <ArrowDown aria-hidden size={18} />
          </button>
          <button type="button" className="btn quiet icon-btn" aria-label={t('acuteLoop.station.remove', { name })} title={t('acuteLoop.station.remove', { name })} onClick={remove}>
            <Trash2 aria-hidden size={18} />
          </button>
        </div>
      </div>
      {open && <StationEditor board={board} props={props} station={station} />}
      {transition && <TransitionRow board={board} view={view} transition={transition} onAdd={(breakOn) => actions.addStationAt(index + 1, breakOn)} />}
    </li>
  );
}

/**
 * The way on from a station: "broken" with its reason, and a station can be put in between. Put
 * into a broken transition, the new station splits it in two, so the room is asked which of the
 * two the break belongs on (issue 16); the picture's "+" keeps it on the first.
 */
function TransitionRow({ board, view, transition, onAdd }: { board: Board; view: LoopView; transition: LoopTransition; onAdd(breakOn?: 'first' | 'second'): void }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const focusRequest = useLoopSession((s) => s.focusRequest);
  const selection = useLoopSession((s) => s.selection);
  const toggle = useRef<HTMLInputElement>(null);
  const [askingWhere, setAskingWhere] = useState(false);
  const whereId = useId();
  const from = view.stations[transition.index]!;
  const to = view.stations[(transition.index + 1) % view.stations.length]!;
  const fromName = stationName(from.name, from.number, t);
  const toName = stationName(to.name, to.number, t);
  const wraps = transition.index === view.stations.length - 1;
  const selected = selection?.kind === 'transition' && selection.fromId === transition.fromId && selection.toId === transition.toId;
  const addLabel = wraps ? t('acuteLoop.station.addAfter', { name: fromName }) : t('acuteLoop.station.addBetween', { from: fromName, to: toName });
  useEffect(() => {
    if (focusRequest?.field === 'brokenToggle' && focusRequest.stationId === transition.fromId && selected) {
      toggle.current?.focus();
      toggle.current?.scrollIntoView({ block: 'nearest' });
      clearFocusRequest();
    }
  }, [focusRequest, selected, transition.fromId]);
  return (
    <div className={`al-transition${transition.broken ? ' broken' : ''}${selected ? ' selected' : ''}`}>
      <div className="al-transition-head">
        <span className="al-arrow" aria-hidden>
          {wraps ? '↩' : '↓'}
        </span>
        <span className="al-transition-to">{wraps ? t('acuteLoop.transition.back', { to: toName }) : t('acuteLoop.transition.to', { to: toName })}</span>
        <label className="al-broken-toggle">
          <input
            ref={toggle}
            type="checkbox"
            checked={transition.broken}
            aria-label={t('acuteLoop.transition.broken', { from: fromName, to: toName })}
            onChange={(e) => run(setTransition, { boardId: board.id, fromId: transition.fromId, toId: transition.toId, broken: e.target.checked })}
          />
          <span aria-hidden>{t('acuteLoop.picture.broken')}</span>
        </label>
        {view.stations.length < maxStations && (
          <button
            type="button"
            className="btn quiet icon-btn al-add-between"
            aria-label={addLabel}
            title={addLabel}
            aria-expanded={transition.broken ? askingWhere : undefined}
            onClick={() => (transition.broken ? setAskingWhere(!askingWhere) : onAdd())}
          >
            <Plus aria-hidden size={18} />
          </button>
        )}
      </div>
      {transition.broken && askingWhere && (
        <div className="al-break-where" role="group" aria-labelledby={whereId}>
          <span id={whereId}>{t('acuteLoop.transition.breakWhere')}</span>
          {(['first', 'second'] as const).map((place) => (
            <button
              key={place}
              type="button"
              className="btn"
              onClick={() => {
                setAskingWhere(false);
                onAdd(place);
              }}
            >
              {place === 'first' ? t('acuteLoop.transition.breakFirst', { from: fromName }) : t('acuteLoop.transition.breakSecond', { to: toName })}
            </button>
          ))}
          <button type="button" className="btn quiet" onClick={() => setAskingWhere(false)}>
            {t('acuteLoop.transition.breakCancel')}
          </button>
        </div>
      )}
      {transition.broken && (
        <CommitField
          className="cell-input al-broken-note"
          aria-label={t('acuteLoop.transition.note', { from: fromName, to: toName })}
          placeholder={t('acuteLoop.transition.notePlaceholder')}
          value={transition.note}
          maxLength={limits.text}
          onCommit={(note) => run(setTransition, { boardId: board.id, fromId: transition.fromId, toId: transition.toId, note })}
        />
      )}
    </div>
  );
}
