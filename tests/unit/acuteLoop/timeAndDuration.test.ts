import { describe, expect, it } from 'vitest';
import { clockInputValue, formatClock, parseClock } from '../../../shared/kinds/acuteLoop/time.ts';
import { durationParts, loopDuration, parseDuration } from '../../../shared/kinds/acuteLoop/duration.ts';

describe('times of day', () => {
  it.each([
    ['08:00', 480],
    ['8', 480],
    ['0800', 480],
    ['800', 480],
    ['15.30', 930],
    ['kl. 15:30', 930],
    ['kl 7', 420],
    ['00:00', 0],
    ['23:59', 1439],
    ['3:30 pm', 930],
    ['12 am', 0],
    ['12 pm', 720],
  ])('reads %s', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });

  it.each(['24:00', '25', '12:60', 'ti', '', '13 pm'])('refuses %s as a time of day', (text) => {
    expect(parseClock(text)).toBeNull();
  });

  it('accepts 24:00 as the end of office hours', () => {
    expect(parseClock('24:00', true)).toBe(1440);
    expect(parseClock('24:01', true)).toBeNull();
  });

  it('writes HH:MM, and the end of the day fits a time field', () => {
    expect(formatClock(930)).toBe('15:30');
    expect(formatClock(5)).toBe('00:05');
    expect(formatClock(1440)).toBe('24:00');
    expect(clockInputValue(1440)).toBe('23:59');
    expect(clockInputValue(null)).toBe('');
  });
});

describe('durations', () => {
  it.each([
    ['45 min', 45],
    ['2 t', 120],
    ['2,5 timer', 150],
    ['2.5h', 150],
    ['3 døgn', 3 * 1440],
    ['3 dager', 3 * 1440],
    ['1 uke', 7 * 1440],
    ['2 weeks', 14 * 1440],
    ['3 days', 3 * 1440],
    ['4', 240],
    ['  ', null],
    // Combined units add up (issue 16: "1 døgn 6 t" was refused).
    ['1 døgn 6 t', 1440 + 360],
    ['2 t 30 min', 150],
    ['1 uke og 2 dager', 9 * 1440],
    ['1 day, 2 hours', 1560],
    ['1d6t', 1440 + 360],
    ['1 day 6 h', 1440 + 360],
  ])('reads %s', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['lenge', '3 år', 't 3', '-2 t', '60 uker', '1 døgn 6', '6 2 t', '1 døgn lenge'])('refuses %s', (text) => {
    expect(parseDuration(text)).toBe('invalid');
  });

  it('shows a duration in the largest readable unit', () => {
    expect(durationParts(45)).toEqual({ value: 45, unit: 'minutes' });
    expect(durationParts(150)).toEqual({ value: 2.5, unit: 'hours' });
    expect(durationParts(3 * 1440)).toEqual({ value: 3, unit: 'days' });
    expect(durationParts(17 * 1440)).toEqual({ value: 2.4, unit: 'weeks' });
  });

  it('adds up a round of the loop and counts stations without a duration', () => {
    expect(loopDuration([60, null, 120, null])).toEqual({ minutes: 180, unknown: 2 });
  });
});
