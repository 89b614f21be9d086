import { describe, expect, it } from 'vitest';
import { encodeUtf8, decodeCsvBytes } from '../../../shared/csv/index.ts';
import { readHourlyCsv, writeHourlyCsv } from '../../../shared/kinds/acuteLoop/hourlyCsv.ts';
import { exampleAdmissionsByHour } from '../../../shared/kinds/acuteLoop/example.ts';

const counts = [...exampleAdmissionsByHour];

describe('hourly counts in CSV files', () => {
  it('read a table with a header, one line per hour, as Norwegian Excel saves it', () => {
    const text = `\uFEFFTime;Innleggelser i PAM\r\n${counts.map((c, h) => `${h}–${h + 1};${c}`).join('\r\n')}\r\n`;
    expect(readHourlyCsv(text)).toEqual({ ok: true, counts, label: 'Innleggelser i PAM' });
  });

  it('read decimal commas inside quotes from a comma-separated file, and a single column without header', () => {
    const text = `Time,Antall\n${counts.map((c, h) => `${h},"${c},5"`).join('\n')}\n`;
    expect(readHourlyCsv(text)).toEqual({ ok: true, counts: counts.map((c) => c + 0.5), label: 'Antall' });
    expect(readHourlyCsv(counts.join('\r\n'))).toEqual({ ok: true, counts, label: '' });
  });

  it('read a single row with a label first, and a tab-separated row', () => {
    expect(readHourlyCsv(`Innleggelser;${counts.join(';')}`)).toEqual({ ok: true, counts, label: 'Innleggelser' });
    expect(readHourlyCsv(counts.join('\t'))).toEqual({ ok: true, counts, label: '' });
  });

  it('say what is wrong with a file that is not 24 hours', () => {
    expect(readHourlyCsv(`Time;Antall\n${counts.slice(0, 12).map((c, h) => `${h};${c}`).join('\n')}`)).toEqual({ ok: false, error: 'count', found: 12 });
    expect(readHourlyCsv('')).toEqual({ ok: false, error: 'empty' });
    const bad = `Time;Antall\n${counts.map((c, h) => `${h};${h === 5 ? 'mange' : c}`).join('\n')}`;
    expect(readHourlyCsv(bad)).toEqual({ ok: false, error: 'notANumber', token: 'mange' });
  });

  it('write a file that reads back the same, æøå and decimal commas included, through the bytes', () => {
    const decimals = counts.map((c, i) => (i % 3 === 0 ? c + 0.5 : c));
    const text = writeHourlyCsv(decimals, { hour: 'Time', label: 'Innleggelser i akuttpsykiatrien, Værnes' });
    expect(text.startsWith('\uFEFFTime;"Innleggelser i akuttpsykiatrien, Værnes"\r\n00–01;"15,5"\r\n01–02;12\r\n')).toBe(true);
    const { text: decoded } = decodeCsvBytes(encodeUtf8(text));
    expect(readHourlyCsv(decoded)).toEqual({ ok: true, counts: decimals, label: 'Innleggelser i akuttpsykiatrien, Værnes' });
  });
});
