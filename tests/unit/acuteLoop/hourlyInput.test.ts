import { describe, expect, it } from 'vitest';
import { formatHourlyCounts, parseHourlyCounts } from '../../../shared/kinds/acuteLoop/hourlyInput.ts';
import { exampleAdmissionsByHour } from '../../../shared/kinds/acuteLoop/example.ts';

const counts = [...exampleAdmissionsByHour];

describe('pasting 24 hourly numbers', () => {
  it.each([
    ['spaces', counts.join(' ')],
    ['semicolons (Norwegian CSV)', counts.join(';')],
    ['semicolons and a trailing one', `${counts.join('; ')};`],
    ['commas', counts.join(',')],
    ['commas and spaces', counts.join(', ')],
    ['a column from Excel (newlines, CRLF)', counts.join('\r\n')],
    ['a row from Excel (tabs)', counts.join('\t')],
    ['mixed whitespace and blank lines', `\n\n${counts.slice(0, 12).join('  ')}\n\n${counts.slice(12).join('\t')}\n`],
  ])('reads %s', (_, text) => {
    expect(parseHourlyCounts(text)).toEqual({ ok: true, counts });
  });

  it('reads Norwegian decimal commas when other separators leave no doubt', () => {
    const decimals = counts.map((c) => `${c},5`);
    expect(parseHourlyCounts(decimals.join(';'))).toEqual({ ok: true, counts: counts.map((c) => c + 0.5) });
    expect(parseHourlyCounts(decimals.join('\n'))).toEqual({ ok: true, counts: counts.map((c) => c + 0.5) });
    expect(parseHourlyCounts(decimals.join(' '))).toEqual({ ok: true, counts: counts.map((c) => c + 0.5) });
  });

  it('reads decimal points too, and thousands with a no-break space', () => {
    const text = ['1\u00a0234', '2.5', ...counts.slice(2)].join(';');
    expect(parseHourlyCounts(text)).toEqual({ ok: true, counts: [1234, 2.5, ...counts.slice(2)] });
  });

  it('reads a two-column table (hour; count) with a header, as copied from a spreadsheet', () => {
    const rows = counts.map((c, h) => `${String(h).padStart(2, '0')}–${String(h + 1).padStart(2, '0')}\t${c}`);
    expect(parseHourlyCounts(['Time\tInnleggelser', ...rows].join('\n'))).toEqual({ ok: true, counts });
    const semicolons = counts.map((c, h) => `${h};${c}`);
    expect(parseHourlyCounts(['Time;Antall', ...semicolons].join('\r\n'))).toEqual({ ok: true, counts });
    expect(parseHourlyCounts(semicolons.join('\n'))).toEqual({ ok: true, counts });
  });

  it('says how many numbers it found when there are not 24', () => {
    expect(parseHourlyCounts(counts.slice(0, 23).join(' '))).toEqual({ ok: false, error: 'count', found: 23 });
    expect(parseHourlyCounts([...counts, 1].join(';'))).toEqual({ ok: false, error: 'count', found: 25 });
    expect(parseHourlyCounts('1,2,3')).toEqual({ ok: false, error: 'count', found: 3 });
  });

  it('names the first thing that is not a number, and refuses negative counts', () => {
    expect(parseHourlyCounts(['tolv', ...counts.slice(1)].join(' '))).toEqual({ ok: false, error: 'notANumber', token: 'tolv' });
    expect(parseHourlyCounts(['-3', ...counts.slice(1)].join(' '))).toEqual({ ok: false, error: 'negative', token: '-3' });
    expect(parseHourlyCounts('   ')).toEqual({ ok: false, error: 'empty' });
  });

  it('writes numbers back in a form it reads again', () => {
    const decimals = counts.map((c, i) => (i % 2 ? c + 0.25 : c));
    expect(parseHourlyCounts(formatHourlyCounts(decimals))).toEqual({ ok: true, counts: decimals });
    expect(parseHourlyCounts(formatHourlyCounts(decimals, false))).toEqual({ ok: true, counts: decimals });
  });
});

describe('numbers typed into a field', () => {
  it('read Norwegian and English decimals, spaces as thousands, and empty as not filled in', async () => {
    const { parseNonNegative, numberFieldText } = await import('../../../shared/kinds/acuteLoop/numbers.ts');
    expect(parseNonNegative('12,5')).toBe(12.5);
    expect(parseNonNegative('12.5')).toBe(12.5);
    expect(parseNonNegative('1 234')).toBe(1234);
    expect(parseNonNegative('1\u00a0234')).toBe(1234);
    expect(parseNonNegative('  ')).toBeNull();
    expect(parseNonNegative('-3')).toBe('invalid');
    expect(parseNonNegative('tolv')).toBe('invalid');
    expect(parseNonNegative('1,2,3')).toBe('invalid');
    expect(numberFieldText(12.5, 'nb')).toBe('12,5');
    expect(numberFieldText(12.5, 'en')).toBe('12.5');
    expect(numberFieldText(null, 'nb')).toBe('');
  });
});
