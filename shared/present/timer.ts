import { z } from 'zod';

/**
 * The workshop timer ("ti minutter til å skrive lapper") as a pure state machine. Time is passed
 * in, never read, so tests drive it with fake time and two windows (the projection and the
 * presenter view) compute the same remaining time from the same state: it stores when it was
 * started (wall-clock ms), not a ticking counter.
 */

export const timerStatuses = ['idle', 'running', 'paused'] as const;
export type TimerStatus = (typeof timerStatuses)[number];

const minute = 60_000;
/** One second to one day: longer than any workshop session, short enough to catch a typo. */
export const minTimerMs = 1_000;
export const maxTimerMs = 24 * 60 * minute;

/** Durations facilitators reach for, in minutes. */
export const timerPresetMinutes = [1, 2, 3, 5, 10, 15, 20, 30, 45] as const;

/** The last stretch, shown in a warning colour so the room sees time is nearly up. */
export const endingMs = minute;

export const TimerStateSchema = z.object({
  status: z.enum(timerStatuses),
  durationMs: z.number().int().min(minTimerMs).max(maxTimerMs),
  /** Wall-clock ms of the last start; null unless running. */
  startedAt: z.number().finite().nullable(),
  /** Time run before `startedAt` (from earlier runs, before a pause). */
  elapsedMs: z.number().finite().min(0),
});
export type TimerState = z.infer<typeof TimerStateSchema>;

/** What the display shows: ready, counting down, nearly up, paused, or done (and over time). */
export type TimerPhase = 'idle' | 'running' | 'ending' | 'paused' | 'done';

export function clampDuration(ms: number): number {
  if (!Number.isFinite(ms)) return 5 * minute;
  return Math.round(Math.min(maxTimerMs, Math.max(minTimerMs, ms)));
}

export function createTimer(durationMs = 5 * minute): TimerState {
  return { status: 'idle', durationMs: clampDuration(durationMs), startedAt: null, elapsedMs: 0 };
}

/** Time run so far. A clock that went backwards (a changed system time) counts as no time. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.status === 'running' && timer.startedAt !== null ? Math.max(0, now - timer.startedAt) : 0;
  return timer.elapsedMs + running;
}

export function remainingMs(timer: TimerState, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}

/** How far past the end the timer has run; 0 before the end. */
export function overtimeMs(timer: TimerState, now: number): number {
  return Math.max(0, elapsedMs(timer, now) - timer.durationMs);
}

export function isTimeUp(timer: TimerState, now: number): boolean {
  return timer.status !== 'idle' && elapsedMs(timer, now) >= timer.durationMs;
}

export function timerPhase(timer: TimerState, now: number): TimerPhase {
  if (timer.status === 'idle') return 'idle';
  if (isTimeUp(timer, now)) return 'done';
  if (timer.status === 'paused') return 'paused';
  return remainingMs(timer, now) <= endingMs ? 'ending' : 'running';
}

/** Starts or resumes. A timer that has run out starts over from its full duration. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'running' && !isTimeUp(timer, now)) return timer;
  const elapsed = isTimeUp(timer, now) ? 0 : timer.elapsedMs;
  return { ...timer, status: 'running', startedAt: now, elapsedMs: elapsed };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return { ...timer, status: 'paused', startedAt: null, elapsedMs: elapsedMs(timer, now) };
}

/** What one "start/pause" button does. */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'running' && !isTimeUp(timer, now) ? pauseTimer(timer, now) : startTimer(timer, now);
}

export function resetTimer(timer: TimerState): TimerState {
  return { ...timer, status: 'idle', startedAt: null, elapsedMs: 0 };
}

/** Picks a new duration (a preset): the timer is reset to it, ready to start. */
export function setTimerDuration(timer: TimerState, durationMs: number): TimerState {
  return { status: 'idle', durationMs: clampDuration(durationMs), startedAt: null, elapsedMs: 0 };
}

/**
 * "One more minute": lengthens the running (or paused, or finished) timer without resetting it.
 * A timer already past its end gets the time from now, not from its original end.
 */
export function addTime(timer: TimerState, ms: number, now: number): TimerState {
  const base = isTimeUp(timer, now) ? Math.max(timer.durationMs, elapsedMs(timer, now)) : timer.durationMs;
  return { ...timer, durationMs: clampDuration(base + ms) };
}

/** True when the timer reached its end between two looks at it: the moment for the signal. */
export function endedBetween(timer: TimerState, before: number, now: number): boolean {
  if (timer.status !== 'running') return false;
  return elapsedMs(timer, before) < timer.durationMs && elapsedMs(timer, now) >= timer.durationMs;
}

/**
 * The clock face: "4:59", "1:00:00". Remaining time is rounded up, so the display shows 0:00
 * exactly when time is up, never a second early.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000 - 1e-9));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** What the timer shows now: the remaining time, or the time over as "+0:42" once it is done. */
export function timerFace(timer: TimerState, now: number): string {
  if (isTimeUp(timer, now)) {
    const over = overtimeMs(timer, now);
    return over >= 1000 ? `+${formatClock(Math.floor(over / 1000) * 1000)}` : '0:00';
  }
  return formatClock(remainingMs(timer, now));
}
