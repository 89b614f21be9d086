import { describe, expect, it } from 'vitest';
import { bytesMatchFormat, exportFileName, MAX_EXPORT_BYTES, validateCall } from '../../../shared/api/contract.ts';
import { encodeUtf8 } from '../../../shared/csv/index.ts';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const pdf = encodeUtf8('%PDF-1.7\n');
const svg = encodeUtf8('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- Samkart -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Stjørdal</text></svg>');
const csv = encodeUtf8('\uFEFFNavn;Kategori\r\n');
const file = (format: string, suggestedName = 'Tavle 1') => ({ suggestedName, format });

describe('the saveExport validator', () => {
  it('accepts each format with bytes that begin as the format does, with or without a workshop handle', () => {
    expect(validateCall('saveExport', [null, file('png'), png]).ok).toBe(true);
    expect(validateCall('saveExport', ['w_abcdefgh12', file('pdf'), pdf]).ok).toBe(true);
    expect(validateCall('saveExport', [null, file('svg'), svg]).ok).toBe(true);
    expect(validateCall('saveExport', [null, file('csv'), csv]).ok).toBe(true);
  });

  it.each([
    ['bytes as the JSON of a Uint8Array (what the HTTP transport would carry)', [null, file('png'), JSON.parse(JSON.stringify(png)) as unknown]],
    ['a plain array of numbers', [null, file('png'), [...png]]],
    ['a string', [null, file('csv'), 'Navn;Kategori']],
    ['no bytes at all', [null, file('png'), new Uint8Array(0)]],
    ['a PNG saved as PDF', [null, file('pdf'), png]],
    ['a PDF saved as PNG', [null, file('png'), pdf]],
    ['binary saved as CSV', [null, file('csv'), png]],
    ['text without <svg> saved as SVG', [null, file('svg'), csv]],
    ['a format we do not write', [null, file('exe'), png]],
    ['an empty name', [null, file('png', ''), png]],
    ['a name longer than any title', [null, file('png', 'x'.repeat(501)), png]],
    ['a path for a handle', ['../w_abcdefgh', file('png'), png]],
    ['a missing argument', [null, file('png')]],
    ['an extra argument', [null, file('png'), png, '/etc/passwd']],
    ['a folder smuggled in the file', [null, { ...file('png'), folder: '/etc' }, png]],
  ])('rejects %s', (_what, args) => {
    expect(validateCall('saveExport', args).ok).toBe(false);
  });

  it('rejects bytes over the export limit', () => {
    const huge = new Uint8Array(MAX_EXPORT_BYTES + 1);
    huge.set(png);
    expect(validateCall('saveExport', [null, file('png'), huge]).ok).toBe(false);
    expect(validateCall('saveExport', [null, file('png'), huge.subarray(0, MAX_EXPORT_BYTES)]).ok).toBe(true);
  });
});

describe('export file names', () => {
  it('keep æøå, Sami letters and spaces, replace what Windows forbids, and end in exactly the extension', () => {
    expect(exportFileName('Aktørkart – Værnesregionen', 'png')).toBe('Aktørkart – Værnesregionen.png');
    expect(exportFileName('Før/etter: «Snåase»?', 'svg')).toBe('Før etter «Snåase».svg');
    expect(exportFileName('Rapport.pdf', 'pdf')).toBe('Rapport.pdf');
    expect(exportFileName('Rapport.PDF', 'pdf')).toBe('Rapport.pdf');
    expect(exportFileName('bilde.png', 'pdf')).toBe('bilde.png.pdf');
    expect(exportFileName('..\\..\\Windows\\system32', 'csv')).toBe('Windows system32.csv');
    expect(exportFileName('  navn med punktum til slutt...  ', 'csv')).toBe('navn med punktum til slutt.csv');
    expect(exportFileName('\u0000\u0007', 'png')).toBe('Samkart.png');
    expect(exportFileName('x'.repeat(400), 'png')).toHaveLength(255);
    expect(exportFileName('CON', 'png')).toBe('CON (1).png');
  });

  it('bytesMatchFormat tells the formats apart', () => {
    expect(bytesMatchFormat(png, 'png')).toBe(true);
    expect(bytesMatchFormat(pdf, 'pdf')).toBe(true);
    expect(bytesMatchFormat(svg, 'svg')).toBe(true);
    expect(bytesMatchFormat(csv, 'csv')).toBe(true);
    expect(bytesMatchFormat(svg, 'png')).toBe(false);
    expect(bytesMatchFormat(encodeUtf8('<svgfoo>'), 'svg')).toBe(false);
  });
});
