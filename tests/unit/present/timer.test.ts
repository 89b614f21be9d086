import { describe, expect, it } from 'vitest';
import {
  addTime,
  createTimer,
  endedBetween,
  formatClock,
  isTimeUp,
  maxTimerMs,
  minTimerMs,
  pauseTimer,
  remainingMs,
  resetTimer,
  setTimerDuration,
  startTimer,
  timerFace,
  timerPhase,
  toggleTimer,
  TimerStateSchema,
} from '../../../shared/present/timer.ts';

const s = 1000;
const min = 60 * s;
/** A fake clock: the test says what time it is. */
const t0 = Date.UTC(2025, 8, 17, 9, 0, 0);

describe('the workshop timer, driven by fake time', () => {
  it('counts down from its duration only while running', () => {
    let timer = createTimer(10 * min);
    expect(timer.status).toBe('idle');
    expect(remainingMs(timer, t0 + 5 * min)).toBe(10 * min);
    timer = startTimer(timer, t0);
    expect(remainingMs(timer, t0 + 90 * s)).toBe(8 * min + 30 * s);
    expect(timerFace(timer, t0 + 90 * s)).toBe('8:30');
    expect(timerPhase(timer, t0 + 90 * s)).toBe('running');
  });

  it('pauses and resumes without losing or gaining time', () => {
    let timer = startTimer(createTimer(5 * min), t0);
    timer = pauseTimer(timer, t0 + 2 * min);
    expect(timer.status).toBe('paused');
    // A long coffee break while paused changes nothing.
    expect(remainingMs(timer, t0 + 60 * min)).toBe(3 * min);
    expect(timerPhase(timer, t0 + 60 * min)).toBe('paused');
    timer = startTimer(timer, t0 + 60 * min);
    expect(remainingMs(timer, t0 + 61 * min)).toBe(2 * min);
    // Toggle is what the one start/pause button does.
    timer = toggleTimer(timer, t0 + 61 * min);
    expect(timer.status).toBe('paused');
    timer = toggleTimer(timer, t0 + 62 * min);
    expect(timer.status).toBe('running');
    expect(remainingMs(timer, t0 + 62 * min)).toBe(2 * min);
  });

  it('warns in the last minute, then is done and counts the time over', () => {
    const timer = startTimer(createTimer(3 * min), t0);
    expect(timerPhase(timer, t0 + 119 * s)).toBe('running');
    expect(timerPhase(timer, t0 + 2 * min)).toBe('ending');
    expect(isTimeUp(timer, t0 + 3 * min - 1)).toBe(false);
    expect(timerFace(timer, t0 + 3 * min - 1)).toBe('0:01');
    expect(isTimeUp(timer, t0 + 3 * min)).toBe(true);
    expect(timerPhase(timer, t0 + 3 * min)).toBe('done');
    expect(timerFace(timer, t0 + 3 * min)).toBe('0:00');
    expect(timerFace(timer, t0 + 3 * min + 42 * s)).toBe('+0:42');
  });

  it('signals the end exactly once: between the last look before it and the first after', () => {
    const timer = startTimer(createTimer(1 * min), t0);
    const looks = [0, 20, 40, 59.9, 60.1, 60.3, 90].map((sec) => t0 + sec * s);
    const signals = looks.slice(1).filter((now, i) => endedBetween(timer, looks[i]!, now));
    expect(signals).toEqual([t0 + 60.1 * s]);
    expect(endedBetween(pauseTimer(timer, t0 + 10 * s), t0, t0 + 2 * min)).toBe(false);
  });

  it('reset and presets make it ready again; a finished timer starts over from the top', () => {
    let timer = startTimer(createTimer(1 * min), t0);
    expect(resetTimer(timer)).toEqual({ status: 'idle', durationMs: min, startedAt: null, elapsedMs: 0 });
    timer = startTimer(timer, t0 + 5 * min);
    expect(remainingMs(timer, t0 + 5 * min)).toBe(min);
    timer = setTimerDuration(timer, 15 * min);
    expect(timer).toEqual({ status: 'idle', durationMs: 15 * min, startedAt: null, elapsedMs: 0 });
  });

  it('one more minute lengthens a running timer, and a finished one gets the minute from now', () => {
    let timer = startTimer(createTimer(5 * min), t0);
    timer = addTime(timer, min, t0 + 2 * min);
    expect(remainingMs(timer, t0 + 2 * min)).toBe(4 * min);
    const finished = startTimer(createTimer(min), t0);
    const extended = addTime(finished, min, t0 + 3 * min);
    expect(isTimeUp(extended, t0 + 3 * min)).toBe(false);
    expect(remainingMs(extended, t0 + 3 * min)).toBe(min);
  });

  it('survives a clock that jumps backwards, and keeps durations within bounds', () => {
    const timer = startTimer(createTimer(min), t0);
    expect(remainingMs(timer, t0 - 10 * min)).toBe(min);
    expect(createTimer(0).durationMs).toBe(minTimerMs);
    expect(createTimer(10 * 24 * 60 * min).durationMs).toBe(maxTimerMs);
    expect(createTimer(Number.NaN).durationMs).toBe(5 * min);
  });

  it('formats the clock as people read it', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(10 * min)).toBe('10:00');
    expect(formatClock(61 * min + 5 * s)).toBe('1:01:05');
  });

  it('every state it produces passes the schema the host validates with', () => {
    let timer = createTimer(2 * min);
    for (const step of [(x: typeof timer) => startTimer(x, t0), (x: typeof timer) => pauseTimer(x, t0 + s), (x: typeof timer) => addTime(x, min, t0 + 2 * s), resetTimer]) {
      timer = step(timer);
      expect(TimerStateSchema.safeParse(timer).success).toBe(true);
    }
  });
});
