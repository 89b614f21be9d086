import { Pause, Play, Plus, RotateCcw } from 'lucide-react';
import { addTime, isTimeUp, resetTimer, setTimerDuration, timerPresetMinutes, toggleTimer, type TimerState } from '../../../shared/present/timer.ts';
import { useT } from '../i18n/useT.ts';
import { unlockChime } from './chime.ts';
import { changePresentation } from './presentationStore.ts';
import { useNow } from './useNow.ts';

const minute = 60_000;

/** Start/pause, reset, one more minute and the preset durations. Used by the panel and the presenter view. */
export function TimerControls({ timer }: { timer: TimerState }) {
  const t = useT();
  const now = useNow(timer.status === 'running', 1000);
  const running = timer.status === 'running' && !isTimeUp(timer, now);
  const change = (f: (timer: TimerState, now: number) => TimerState) => {
    unlockChime();
    const at = Date.now();
    changePresentation((s) => ({ ...s, timer: f(s.timer, at) }));
  };
  const presetMinutes = Math.round(timer.durationMs / minute);
  return (
    <div className="timer-controls">
      <div className="timer-buttons">
        <button type="button" className="btn primary" onClick={() => change(toggleTimer)}>
          {running ? <Pause aria-hidden /> : <Play aria-hidden />}
          {running ? t('present.timer.pause') : timer.status === 'paused' ? t('present.timer.resume') : t('present.timer.start')}
        </button>
        <button type="button" className="btn" onClick={() => change((x) => resetTimer(x))} disabled={timer.status === 'idle'}>
          <RotateCcw aria-hidden /> {t('present.timer.reset')}
        </button>
        <button type="button" className="btn" aria-label={t('present.timer.addMinuteLong')} title={t('present.timer.addMinuteLong')} onClick={() => change((x, at) => addTime(x, minute, at))}>
          <Plus aria-hidden /> {t('present.timer.addMinute')}
        </button>
      </div>
      <div className="timer-presets" role="group" aria-label={t('present.timer.presets')}>
        {timerPresetMinutes.map((n) => (
          <button
            key={n}
            type="button"
            className={`btn preset${timer.status === 'idle' && presetMinutes === n ? ' current' : ''}`}
            aria-pressed={timer.status === 'idle' && presetMinutes === n}
            aria-label={t('present.timer.presetLong', { n })}
            onClick={() => change((x) => setTimerDuration(x, n * minute))}
          >
            {t('present.timer.preset', { n })}
          </button>
        ))}
      </div>
    </div>
  );
}
