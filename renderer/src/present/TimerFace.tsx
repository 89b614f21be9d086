import { timerFace, timerPhase, type TimerState } from '../../../shared/present/timer.ts';
import { useT } from '../i18n/useT.ts';
import { useNow } from './useNow.ts';

/**
 * The timer's clock face, in the projector theme's colours by phase: counting, the last minute
 * (deep red), paused (reversed colours), done (black and yellow). The phase is also said in words,
 * so it never depends on colour alone.
 */
export function TimerFace({ timer, size = 'large' }: { timer: TimerState; size?: 'large' | 'medium' }) {
  const t = useT();
  const now = useNow(timer.status === 'running');
  const phase = timerPhase(timer, now);
  const face = timerFace(timer, now);
  const word = phase === 'done' ? t('present.timer.done') : phase === 'paused' ? t('present.timer.paused') : null;
  const label = phase === 'done' && face.startsWith('+') ? t('present.timer.over', { time: face.slice(1) }) : t('present.timer.remaining', { time: face });
  return (
    <div className={`timer-face timer-${size} phase-${phase}`} role="timer" aria-label={label}>
      <span className="timer-digits" aria-hidden>{face}</span>
      {word && <span className="timer-word">{word}</span>}
    </div>
  );
}
