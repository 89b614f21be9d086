import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isInOfficeHours,
  officeFractionByHour,
  officeMinutes,
  officeSpans,
  outsideOfficeShare,
  percentOf,
} from '../../../shared/kinds/acuteLoop/officeHours.ts';
import { defaultOfficeHours } from '../../../shared/kinds/acuteLoop/schema.ts';
import { exampleAdmissionsByHour } from '../../../shared/kinds/acuteLoop/example.ts';

const at = (h: number, m = 0) => h * 60 + m;
const zeros = () => Array.from({ length: 24 }, () => 0);
const only = (hour: number, count = 1) => zeros().map((_, h) => (h === hour ? count : 0));
const office = defaultOfficeHours();

describe('office hours', () => {
  it('default to 08:00–15:30', () => {
    expect(office).toEqual({ start: at(8), end: at(15, 30) });
    expect(officeSpans(office)).toEqual([{ start: 480, end: 930 }]);
    expect(officeMinutes(office)).toBe(450);
  });

  it('split the hour a boundary falls in: 15:30 makes 15–16 half office hours', () => {
    const f = officeFractionByHour(office);
    expect(f.slice(0, 8)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(f.slice(8, 15)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(f[15]).toBe(0.5);
    expect(f.slice(16)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('run across midnight when the end is before the start', () => {
    const night = { start: at(22), end: at(6) };
    expect(officeSpans(night)).toEqual([{ start: 1320, end: 1440 }, { start: 0, end: 360 }]);
    expect(officeMinutes(night)).toBe(8 * 60);
    expect(isInOfficeHours(at(23, 59), night)).toBe(true);
    expect(isInOfficeHours(at(0), night)).toBe(true);
    expect(isInOfficeHours(at(5, 59), night)).toBe(true);
    expect(isInOfficeHours(at(6), night)).toBe(false);
    expect(isInOfficeHours(at(12), night)).toBe(false);
  });

  it('with equal start and end are empty, and 00:00–24:00 is the whole day', () => {
    expect(officeSpans({ start: at(9), end: at(9) })).toEqual([]);
    expect(officeSpans({ start: 0, end: 1440 })).toEqual([{ start: 0, end: 1440 }]);
    expect(officeSpans({ start: 1440, end: at(8) })).toEqual([{ start: 0, end: 480 }]);
  });

  it('include the start minute and exclude the end minute', () => {
    expect(isInOfficeHours(at(8), office)).toBe(true);
    expect(isInOfficeHours(at(15, 29), office)).toBe(true);
    expect(isInOfficeHours(at(15, 30), office)).toBe(false);
    expect(isInOfficeHours(at(7, 59), office)).toBe(false);
  });
});

describe('the share outside office hours', () => {
  it('is the Bergen-like 76 % for the example numbers', () => {
    const share = outsideOfficeShare(exampleAdmissionsByHour, office);
    expect(share.total).toBe(340);
    expect(share.inside).toBe(80);
    expect(share.outsideShare).toBeCloseTo(260 / 340, 12);
    expect(percentOf(share.outsideShare)).toEqual({ kind: 'exact', value: 76 });
  });

  it('is none (not 0 % and not NaN) when every count is zero', () => {
    const share = outsideOfficeShare(zeros(), office);
    expect(share).toEqual({ total: 0, inside: 0, outside: 0, outsideShare: null });
    expect(percentOf(share.outsideShare)).toEqual({ kind: 'none' });
  });

  it('is all or nothing for events in a single hour, and half for the hour cut at 15:30', () => {
    expect(outsideOfficeShare(only(3, 7), office).outsideShare).toBe(1);
    expect(outsideOfficeShare(only(10, 7), office).outsideShare).toBe(0);
    expect(outsideOfficeShare(only(15, 10), office).outsideShare).toBe(0.5);
    expect(outsideOfficeShare(only(7, 1), office).outsideShare).toBe(1);
    expect(outsideOfficeShare(only(8, 1), office).outsideShare).toBe(0);
  });

  it('handles office hours across midnight', () => {
    const night = { start: at(22), end: at(6) };
    // 10 events at 23–24 (inside), 10 at 12–13 (outside).
    const counts = zeros();
    counts[23] = 10;
    counts[12] = 10;
    expect(outsideOfficeShare(counts, night).outsideShare).toBe(0.5);
    // Across midnight with fractional bounds: 22:30–05:15.
    const fractional = { start: at(22, 30), end: at(5, 15) };
    const f = officeFractionByHour(fractional);
    expect(f[22]).toBe(0.5);
    expect(f[23]).toBe(1);
    expect(f[0]).toBe(1);
    expect(f[5]).toBe(0.25);
    expect(f[6]).toBe(0);
    expect(outsideOfficeShare(only(5, 4), fractional).outsideShare).toBe(0.75);
  });

  it('is everything with no office hours, and nothing when the office never closes', () => {
    const counts = exampleAdmissionsByHour;
    expect(outsideOfficeShare(counts, { start: at(9), end: at(9) }).outsideShare).toBe(1);
    expect(outsideOfficeShare(counts, { start: 0, end: 1440 }).outsideShare).toBe(0);
  });

  it('uses fractional boundaries at minute precision (08:45–15:20)', () => {
    const hours = { start: at(8, 45), end: at(15, 20) };
    const f = officeFractionByHour(hours);
    expect(f[8]).toBeCloseTo(0.25, 12);
    expect(f[15]).toBeCloseTo(1 / 3, 12);
    const counts = zeros();
    counts[8] = 4; // 1 inside
    counts[15] = 3; // 1 inside
    counts[20] = 5; // outside
    expect(outsideOfficeShare(counts, hours).inside).toBeCloseTo(2, 12);
    expect(outsideOfficeShare(counts, hours).outsideShare).toBeCloseTo(10 / 12, 12);
  });

  it('ignores negative and non-finite counts rather than producing nonsense', () => {
    const counts = zeros();
    counts[2] = -5;
    counts[3] = Number.NaN;
    counts[20] = 4;
    expect(outsideOfficeShare(counts, office)).toEqual({ total: 4, inside: 0, outside: 4, outsideShare: 1 });
  });

  it('is always between 0 and 1, and moving an event into office hours never raises it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 1440 }),
        (counts, start, end) => {
          const share = outsideOfficeShare(counts, { start, end }).outsideShare;
          if (counts.every((c) => c === 0)) return share === null;
          if (share === null || share < 0 || share > 1) return false;
          const total = outsideOfficeShare(counts, { start, end });
          return Math.abs(total.inside + total.outside - total.total) < 1e-9;
        },
      ),
    );
  });
});

describe('the percentage shown', () => {
  it('rounds to whole per cent but never says 0 or 100 for a few events', () => {
    expect(percentOf(0.7647)).toEqual({ kind: 'exact', value: 76 });
    expect(percentOf(0.765)).toEqual({ kind: 'exact', value: 77 });
    expect(percentOf(0)).toEqual({ kind: 'exact', value: 0 });
    expect(percentOf(1)).toEqual({ kind: 'exact', value: 100 });
    expect(percentOf(0.004)).toEqual({ kind: 'below1' });
    expect(percentOf(0.996)).toEqual({ kind: 'above99' });
    expect(percentOf(0.005)).toEqual({ kind: 'exact', value: 1 });
    expect(percentOf(null)).toEqual({ kind: 'none' });
  });
});
