import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from '../../../shared/i18n/dateInput.ts';

describe('dates typed in the app’s language', () => {
  it('writes day, month, year as Norwegian and British English do', () => {
    expect(formatDateInput('2026-03-24', 'nb')).toBe('24.03.2026');
    expect(formatDateInput('2026-03-24', 'en')).toBe('24/03/2026');
    expect(formatDateInput('', 'nb')).toBe('');
  });
  it('reads day first, with any usual separator, and two-digit years', () => {
    expect(parseDateInput('24.03.2026')).toBe('2026-03-24');
    expect(parseDateInput(' 4.3.26 ')).toBe('2026-03-04');
    expect(parseDateInput('24/03/2026')).toBe('2026-03-24');
    expect(parseDateInput('2026-03-24')).toBe('2026-03-24');
    expect(parseDateInput('')).toBe('');
  });
  it('refuses what is not a date, so the field can say so and keep the text', () => {
    expect(parseDateInput('31.02.2026')).toBeNull();
    expect(parseDateInput('29.02.2025')).toBeNull();
    expect(parseDateInput('29.02.2024')).toBe('2024-02-29');
    expect(parseDateInput('03/24/2026')).toBeNull();
    expect(parseDateInput('neste tirsdag')).toBeNull();
  });
});
