import { describe, expect, it } from 'vitest';
import { inventoryRows } from '../../../shared/kinds/puzzle/inventory.ts';
import { inventoryCsv } from '../../../shared/kinds/puzzle/inventoryCsv.ts';
import { updatePiece } from '../../../shared/kinds/puzzle/ops.ts';
import { parseCsv } from '../../../shared/csv/parse.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { PuzzleFixture, provider } from './fixtures.ts';

function fixture() {
  const helsestasjon = provider('Helsestasjon, Snåase – Snåsa', 'municipality');
  const bup = provider('Barne- og ungdomspsykiatrisk poliklinikk (BUP)', 'specialist');
  const f = new PuzzleFixture({ actors: [helsestasjon, bup] });
  const a = f.piece('Åpen dør; drop-in', [0, 1], helsestasjon.id);
  f.run(updatePiece, { id: a, patch: { targetGroup: 'Ungdom «13–20»', ageRange: '13–20 år', capacity: 'Ventetid 2 uker', contact: '+47 74 00 00 00', notes: 'Linje 1\nLinje 2 – æøå ÆØÅ' } });
  const b = f.piece('BUP – utredning', [3, 1], bup.id);
  f.run(updatePiece, { id: b, patch: { capacity: 'Stor pågang' } });
  f.piece('Ønskeliste', null);
  f.piece('Ærlig samtale', null);
  f.piece('Barnevern', null);
  return { f, helsestasjon, bup };
}

describe('the inventory', () => {
  it('lists placed pieces by row and column, then loose ones in Norwegian order (æ, ø, å last)', () => {
    const { f } = fixture();
    const rows = inventoryRows(f.props, f.pieces(), f.doc.actors);
    expect(rows.map((r) => r.props.text)).toEqual(['Åpen dør; drop-in', 'BUP – utredning', 'Barnevern', 'Ærlig samtale', 'Ønskeliste']);
    expect(rows[0]).toMatchObject({ rowLabel: 'Nivå 0 – undring og bekymring', columnLabel: 'Kartlegging', category: 'municipality', provider: 'Helsestasjon, Snåase – Snåsa' });
    expect(rows.at(-1)).toMatchObject({ row: null, col: null, provider: '', category: 'none' });
  });

  it('shows the provider’s current name: renaming the actor renames it in the inventory', () => {
    const { f, bup } = fixture();
    f.doc = { ...f.doc, actors: { ...f.doc.actors, [bup.id]: { ...bup, name: 'BUP Helse Nord-Trøndelag' } } };
    expect(inventoryRows(f.props, f.pieces(), f.doc.actors)[1]!.provider).toBe('BUP Helse Nord-Trøndelag');
  });
});

describe('the inventory as CSV', () => {
  it('is UTF-8 with a BOM, semicolons and CRLF, with a header in the chosen language', () => {
    const { f } = fixture();
    const csv = inventoryCsv(inventoryRows(f.props, f.pieces(), f.doc.actors), (key) => translate('nb', key));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = csv.slice(1).split('\r\n');
    expect(header).toBe('Nivå;Fase;Tjeneste eller tilbud;Tilbyder;Kategori;Målgruppe;Alder;Kapasitet eller ventetid;Kontakt;Merknader');
    expect(inventoryCsv([], (key) => translate('en', key)).slice(1)).toBe('Level;Phase;Service or offer;Provider;Category;Target group;Age;Capacity or waiting time;Contact;Notes\r\n');
  });

  it('keeps æøå, quotes semicolons, quotes and line breaks, and reads back to the same values', () => {
    const { f } = fixture();
    const csv = inventoryCsv(inventoryRows(f.props, f.pieces(), f.doc.actors), (key) => translate('nb', key));
    expect(csv).toContain('"Åpen dør; drop-in"');
    expect(csv).toContain('Helsestasjon, Snåase – Snåsa');
    expect(csv).toContain('"Linje 1\nLinje 2 – æøå ÆØÅ"');
    const records = parseCsv(csv).records.map((r) => r.fields);
    expect(records).toHaveLength(6);
    expect(records[1]).toEqual([
      'Nivå 0 – undring og bekymring', 'Kartlegging', 'Åpen dør; drop-in', 'Helsestasjon, Snåase – Snåsa', 'Kommune',
      'Ungdom «13–20»', '13–20 år', 'Ventetid 2 uker', "'+47 74 00 00 00", 'Linje 1\nLinje 2 – æøå ÆØÅ',
    ]);
    expect(records[2]!.slice(0, 5)).toEqual(['Nivå 3 – omfattende tverrfaglig innsats', 'Kartlegging', 'BUP – utredning', 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', 'Spesialisthelsetjeneste']);
    expect(records[3]!.slice(0, 5)).toEqual(['Ikke plassert', '', 'Barnevern', '', 'Uten tilbyder']);
  });

  it('never lets a cell run as a formula in Excel', () => {
    const f = new PuzzleFixture();
    const a = f.piece('=HYPERLINK("http://example.com")', [0, 0]);
    f.run(updatePiece, { id: a, patch: { notes: '@SUM(A1)' } });
    const csv = inventoryCsv(inventoryRows(f.props, f.pieces(), f.doc.actors), (key) => translate('nb', key));
    const fields = parseCsv(csv).records[1]!.fields;
    expect(fields[2]).toBe(`'=HYPERLINK("http://example.com")`);
    expect(fields[9]).toBe(`'@SUM(A1)`);
  });
});
