import { overtimeMs, type TimerState } from '../../../shared/present/timer.ts';
import { TimerFace } from './TimerFace.tsx';
import { useNow } from './useNow.ts';

/** How long a finished timer stays on the projection; the presenter view keeps showing it. */
export const doneShownMs = 2 * 60_000;

/**
 * The timer, large in the projection's corner, while it counts, is paused, or has just run out.
 * A timer nobody reset leaves the wall two minutes after its end instead of counting the time
 * over for the rest of the day.
 */
export function ProjectionTimer({ timer }: { timer: TimerState }) {
  const now = useNow(timer.status === 'running', 1000);
  if (timer.status === 'idle' || overtimeMs(timer, now) > doneShownMs) return null;
  return (
    <div className="presentation-timer">
      <TimerFace timer={timer} />
    </div>
  );
}
