import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, encodeUtf8, parseCsv } from '../../../shared/csv/index.ts';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { Language } from '../../../shared/i18n/messages.ts';
import { acuteLoopCsv } from '../../../shared/kinds/acuteLoop/acuteLoopCsv.ts';
import { readAcuteLoopProps, type AcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { stationTable } from '../../../shared/kinds/acuteLoop/stationTable.ts';

const tr = (language: Language) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);

describe('the acute loop’s data as one CSV file', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'acuteLoop')!;
  const example = readAcuteLoopProps(board.props);
  // æøå and Sami letters in every kind of field: the label, the source, a station, a pain point.
  const props: AcuteLoopProps = {
    ...example,
    hourly: { ...example.hourly, label: 'Innleggelser på Værnes – «Snåase»', source: 'Tall fra analyseavdelingen; Helse Nord-Trøndelag, Åsen' },
    stations: example.stations.map((s, i) => (i === 0 ? { ...s, name: 'Hjemme på Skjærvø', painPoints: [{ id: 'n_1', text: 'Ærlig talt: ingen å ringe;\nmåtte vente' }] } : s)),
  };

  it('is UTF-8 with a BOM, semicolons and CRLF, and æøå survive a round trip through the bytes', () => {
    const text = acuteLoopCsv(props, doc.actors, tr('nb'));
    const bytes = encodeUtf8(text);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith('Hendelser per time;Innleggelser på Værnes – «Snåase»\r\n')).toBe(true);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    const { delimiter, records, problems } = parseCsv(decoded.text);
    expect(problems).toEqual([]);
    expect(delimiter).toBe(';');
    expect(records[1]!.fields).toEqual(['Kilde', 'Tall fra analyseavdelingen; Helse Nord-Trøndelag, Åsen']);
    expect(records[2]!.fields).toEqual(['Kontortid', translate('nb', 'acuteLoop.picture.office', { from: '08:00', to: '15:30' })]);
  });

  it('has the 24 hours with their counts and how much of each hour is office time, the total and the share outside', () => {
    const { records } = parseCsv(acuteLoopCsv(props, doc.actors, tr('nb')));
    const header = records.findIndex((r) => r.fields[0] === 'Time');
    expect(records[header]!.fields).toEqual(['Time', 'Innleggelser på Værnes – «Snåase»', 'Andel av timen i kontortid']);
    const hours = records.slice(header + 1, header + 25).map((r) => r.fields);
    expect(hours[0]).toEqual(['00–01', '15', '0']);
    expect(hours[8]).toEqual(['08–09', '7', '1']);
    expect(hours[15]).toEqual(['15–16', '16', '0,5']);
    expect(hours[23]).toEqual(['23–24', '18', '0']);
    expect(hours.map((h) => Number(h[1]))).toEqual(props.hourly.counts);
    expect(records[header + 25]!.fields).toEqual(['Sum', '340']);
    const outside = records[header + 26]!.fields;
    expect(outside[0]).toBe('Utenfor kontortid');
    expect(outside[2]).toBe(translate('nb', 'acuteLoop.share.percent', { percent: 76 }));
    expect(records.find((r) => r.fields[0] === 'Runder i loopen per pasient per år')!.fields[1]).toBe('17');
    expect(records.find((r) => r.fields[0] === 'Pasienter i gruppen')!.fields[1]).toBe('20');
  });

  it('ends with the stations table as the report shows it, line breaks and semicolons kept in quoted fields', () => {
    const { records } = parseCsv(acuteLoopCsv(props, doc.actors, tr('nb')));
    const title = records.findIndex((r) => r.fields[0] === 'Stasjoner i loopen');
    expect(title).toBeGreaterThan(0);
    expect(records.slice(title + 1).map((r) => r.fields)).toEqual(stationTable(props, doc.actors, tr('nb')));
    expect(records[title + 2]!.fields.slice(0, 2)).toEqual(['1', 'Hjemme på Skjærvø']);
    expect(records[title + 2]!.fields[6]).toBe('Ærlig talt: ingen å ringe;\nmåtte vente');
  });

  it('speaks English when asked', () => {
    const text = acuteLoopCsv(example, doc.actors, tr('en'));
    expect(text.startsWith('\uFEFFEvents by hour;')).toBe(true);
    expect(text).toContain('\r\nTotal;340\r\n');
    expect(text).toContain('\r\nStations of the loop\r\n');
  });

  it('a loop without numbers or stations still gives a readable file', () => {
    const empty = readAcuteLoopProps({});
    const { records, problems } = parseCsv(acuteLoopCsv(empty, {}, tr('nb')));
    expect(problems).toEqual([]);
    expect(records.find((r) => r.fields[0] === 'Sum')!.fields[1]).toBe('0');
    expect(records.find((r) => r.fields[0] === 'Utenfor kontortid')!.fields[2]).toBe(translate('nb', 'acuteLoop.share.none'));
    expect(records.at(-1)!.fields[0]).toBe('#');
  });
});
