import { describe, expect, it } from 'vitest';
import {
  csvFileName,
  decodeCsvBytes,
  detectDelimiter,
  encodeUtf8,
  formatCsv,
  formatCsvField,
  parseCsv,
} from '../../../shared/csv/index.ts';

/** The generic CSV reader/writer for Norwegian Excel (shared/csv). */

const fields = (text: string, options = {}) => parseCsv(text, options).records.map((r) => r.fields);

describe('formatCsv', () => {
  it('writes a BOM, semicolons and CRLF, quoting only what needs it', () => {
    const text = formatCsv([
      ['Fase', 'Oppgave', 'NAV'],
      ['Forberede', 'Kartlegge; og «avklare»', 'H'],
      ['Følge opp', 'Si "ja"', ''],
      ['Utføre', 'To\nlinjer', ' innrykk'],
    ]);
    expect(text).toBe(
      '\uFEFFFase;Oppgave;NAV\r\n' +
        'Forberede;"Kartlegge; og «avklare»";H\r\n' +
        'Følge opp;"Si ""ja""";\r\n' +
        'Utføre;"To\nlinjer";" innrykk"\r\n',
    );
  });

  it('follows the options: comma, no BOM, LF, quote all, formula guard', () => {
    expect(formatCsv([['a,b', 'c']], { delimiter: ',', bom: false, newline: '\n' })).toBe('"a,b",c\n');
    expect(formatCsv([['a', '']], { bom: false, quoteAll: true })).toBe('"a";""\r\n');
    expect(formatCsvField('=SUM(A1)', ';')).toBe("'=SUM(A1)");
    expect(formatCsvField('-2', ';')).toBe('-2');
    expect(formatCsvField('-ingen møter', ';')).toBe("'-ingen møter");
    expect(formatCsv([], { bom: false })).toBe('');
  });

  it('quotes a field that would look like Excel’s sep= hint', () => {
    expect(formatCsvField('sep=,')).toBe('"sep=,"');
  });
});

describe('parseCsv', () => {
  it('reads semicolons, quotes, doubled quotes and line breaks inside fields', () => {
    const text = '\uFEFFFase;Oppgave\r\nForberede;"Kartlegge; og ""avklare"""\r\nUtføre;"To\r\nlinjer"\r\n';
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 1, fields: ['Fase', 'Oppgave'] },
      { line: 2, fields: ['Forberede', 'Kartlegge; og "avklare"'] },
      { line: 3, fields: ['Utføre', 'To\r\nlinjer'] },
    ]);
  });

  it('counts lines inside quoted fields, so line numbers match a text editor', () => {
    const parsed = parseCsv('a;b\n"1\n2\n3";x\nlast;y');
    expect(parsed.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('reads LF and lone CR line ends, and a last line without a line break', () => {
    expect(fields('a;b\nc;d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fields('a;b\rc;d\r')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps empty fields, including at the end of a line', () => {
    expect(fields('a;;c;\n;;x;')).toEqual([['a', '', 'c', ''], ['', '', 'x', '']]);
  });

  it('skips blank lines and Excel’s ;;;; rows unless asked not to', () => {
    expect(parseCsv('a;b\n\n;;\nc;d\n').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd'] },
    ]);
    expect(fields('a;b\n;\nc;d', { skipEmptyRecords: false })).toEqual([['a', 'b'], ['', ''], ['c', 'd']]);
  });

  it('honours and skips a sep= line', () => {
    const parsed = parseCsv('sep=,\r\nFase,Oppgave\r\nA,B\r\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.records).toEqual([
      { line: 2, fields: ['Fase', 'Oppgave'] },
      { line: 3, fields: ['A', 'B'] },
    ]);
  });

  it('treats a quote inside an unquoted field as a character, as Excel does', () => {
    const parsed = parseCsv('Skjerm 5" bred;x');
    expect(parsed.records[0]!.fields).toEqual(['Skjerm 5" bred', 'x']);
    expect(parsed.problems).toEqual([]);
  });

  it('reports a quote that never closes, and text after a closing quote, with their lines', () => {
    const unterminated = parseCsv('a;b\nc;"never\nclosed');
    expect(unterminated.problems).toEqual([{ line: 2, code: 'unterminatedQuote' }]);
    const after = parseCsv('a;b\n"x"y;z');
    expect(after.problems).toEqual([{ line: 2, code: 'textAfterQuote' }]);
    expect(after.records[1]!.fields).toEqual(['xy', 'z']);
  });

  it('uses a delimiter it is given', () => {
    expect(fields('a;b,c', { delimiter: ',' })).toEqual([['a;b', 'c']]);
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent of ; , and tab in the first record, outside quotes', () => {
    expect(detectDelimiter('Fase;Oppgave;NAV\n')).toBe(';');
    expect(detectDelimiter('Fase,Oppgave,NAV\n')).toBe(',');
    expect(detectDelimiter('Fase\tOppgave\tNAV\n')).toBe('\t');
    expect(detectDelimiter('"Psykisk helse og rus, Stjørdal";NAV\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
  });

  it('falls back to the semicolon: for one column, and for ties', () => {
    expect(detectDelimiter('Oppgave\nKartlegge\n')).toBe(';');
    expect(detectDelimiter('a;b,c\n')).toBe(';');
  });
});

describe('bytes', () => {
  it('round-trips æøå, Sami names, semicolons and emoji through UTF-8 with BOM', () => {
    const rows = [
      ['Fase', 'Oppgave', 'Psykisk helse og rus; Snåase – Snåsa'],
      ['Følge opp', 'Månedlige dialogmøter mellom første- og andrelinjetjenesten', 'H'],
      ['Evaluere', 'Raarvihke – Røyrvik 🚑 "sitat"', 'U'],
    ];
    const bytes = encodeUtf8(formatCsv(rows));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, encoding } = decodeCsvBytes(bytes);
    expect(encoding).toBe('utf-8');
    expect(fields(text)).toEqual(rows);
  });

  it('reads Windows-1252 as written by Excel’s "CSV (semikolondelt)"', () => {
    // "Følge opp;Å;€" in Windows-1252.
    const bytes = Uint8Array.from([0x46, 0xf8, 0x6c, 0x67, 0x65, 0x20, 0x6f, 0x70, 0x70, 0x3b, 0xc5, 0x3b, 0x80]);
    const { text, encoding } = decodeCsvBytes(bytes);
    expect(encoding).toBe('windows-1252');
    expect(fields(text)).toEqual([['Følge opp', 'Å', '€']]);
  });

  it('reads UTF-16 LE with BOM (Excel’s "Unicode-tekst", tab-separated)', () => {
    const source = 'Fase\tOppgave\r\nFølge opp\tÅse\r\n';
    const bytes = new Uint8Array(2 + source.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < source.length; i++) {
      bytes[2 + i * 2] = source.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = source.charCodeAt(i) >> 8;
    }
    const { text, encoding } = decodeCsvBytes(bytes);
    expect(encoding).toBe('utf-16le');
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.records.map((r) => r.fields)).toEqual([['Fase', 'Oppgave'], ['Følge opp', 'Åse']]);
  });

  it('encodes like TextEncoder, and decodes strictly', () => {
    const samples = ['æøå ÆØÅ', 'Snåase – Snåsa', '🚑👩‍👩‍👧', 'a\u0301', ''];
    for (const s of samples) {
      expect([...encodeUtf8(s)]).toEqual([...new TextEncoder().encode(s)]);
      expect(decodeCsvBytes(encodeUtf8(s)).text).toBe(s);
    }
    // Overlong "/" and a lone continuation byte are not UTF-8.
    expect(decodeCsvBytes(Uint8Array.from([0xc0, 0xaf])).encoding).toBe('windows-1252');
    expect(decodeCsvBytes(Uint8Array.from([0x61, 0x80])).encoding).toBe('windows-1252');
    // A truncated sequence at the end is not UTF-8 either.
    expect(decodeCsvBytes(Uint8Array.from([0x61, 0xc3])).encoding).toBe('windows-1252');
  });

  it('decodes large files', () => {
    const big = 'Kartlegge eksisterende tjenester og tilbud;æøå\r\n'.repeat(5000);
    expect(decodeCsvBytes(encodeUtf8(big)).text).toBe(big);
  });
});

describe('csvFileName', () => {
  it('keeps Norwegian letters and replaces what Windows forbids', () => {
    expect(csvFileName('HUKI-matrise – Værnesregionen')).toBe('HUKI-matrise – Værnesregionen.csv');
    expect(csvFileName('A/B: "C"?  ')).toBe('A B C.csv');
    expect(csvFileName('Rapport. ')).toBe('Rapport.csv');
    expect(csvFileName('  ')).toBe('tabell.csv');
  });
});
