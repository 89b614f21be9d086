import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../shared/api/contract.ts';
import { csvFileName } from '../../../shared/csv/fileName.ts';
import { fitBytes, isReservedFileName, safeFileName, utf8Length } from '../../../shared/util/fileName.ts';
import { fileNameFor, MAX_NAME_BYTES } from '../../../electron/store/fileNames.ts';

/** One sanitiser names workshop files, exports and CSV tables; these are its rules, through every caller. */

const bytes = (s: string) => Buffer.byteLength(s);
const callers = [
  (title: string) => fileNameFor(title),
  (title: string) => exportFileName(title, 'png'),
  (title: string) => csvFileName(title),
];

describe('the file-name sanitiser', () => {
  it('keeps æøå, Sami letters, emoji and right-to-left text, and replaces what Windows forbids', () => {
    expect(safeFileName('Snåase – Snåsa: «Før/etter»?', { extension: '.csv', fallback: 'x' })).toBe('Snåase – Snåsa «Før etter».csv');
    expect(safeFileName('Guovdageaidnu 🚑 שלום', { extension: '.pdf', fallback: 'x' })).toBe('Guovdageaidnu 🚑 שלום.pdf');
    expect(safeFileName('<script>alert(1)</script>', { extension: '.svg', fallback: 'x' })).toBe('script alert(1) script.svg');
  });

  it('refuses Windows device names through every caller, with any extension, case or trailing space', () => {
    for (const name of ['CON', 'con', 'NUL', 'Aux', 'PRN', 'COM1', 'com9', 'LPT1', 'COM¹', 'CONIN$', 'nul .tar']) {
      for (const nameFile of callers) {
        const out = nameFile(name);
        expect(isReservedFileName(out), `${name} → ${out}`).toBe(false);
        expect(out.startsWith(name.split('.')[0]!.trimEnd())).toBe(true);
      }
    }
    expect(fileNameFor('CON')).toBe('CON (1).samkart');
    expect(csvFileName('nul.tar')).toBe('nul (1).tar.csv');
    expect(exportFileName('Console', 'png')).toBe('Console.png');
    expect(exportFileName('COM10', 'png')).toBe('COM10.png');
  });

  it('caps the whole name at 255 bytes, cut between graphemes, and leaves room for suffixes where asked', () => {
    for (const nameFile of callers) {
      for (const long of ['x'.repeat(400), 'ø'.repeat(300), '🚑'.repeat(100), 'a\u030a'.repeat(200)]) {
        const out = nameFile(long);
        expect(bytes(out)).toBeLessThanOrEqual(255);
        expect(out).not.toContain('\ufffd');
        expect(out.normalize('NFC')).toBe(out);
      }
    }
    expect(bytes(fileNameFor('ø'.repeat(300)))).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(fileNameFor('ø'.repeat(300)) + '-journal' + ' (12)')).toBeLessThanOrEqual(255);
    expect(exportFileName('ø'.repeat(300), 'pdf')).toBe(`${'ø'.repeat(125)}.pdf`);
    expect(fitBytes('ab🚑', 5)).toBe('ab');
    expect(utf8Length('å🚑a')).toBe(bytes('å🚑a'));
  });

  it('gives the extension once, drops hidden-file dots and trailing dots, and falls back when nothing is left', () => {
    expect(fileNameFor('Verksted.SAMKART')).toBe('Verksted.samkart');
    expect(fileNameFor('...skjult')).toBe('skjult.samkart');
    expect(fileNameFor(' ??? ')).toBe('Verksted.samkart');
    expect(csvFileName('Rapport. ')).toBe('Rapport.csv');
    expect(csvFileName('\u0000')).toBe('tabell.csv');
    expect(exportFileName('Rapport . .pdf', 'pdf')).toBe('Rapport.pdf');
  });
});
