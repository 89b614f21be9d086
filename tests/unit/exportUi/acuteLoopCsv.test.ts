import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, encodeUtf8, parseCsv } from '../../../shared/csv/index.ts';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { Language } from '../../../shared/i18n/messages.ts';
import { acuteLoopFiguresCsv, acuteLoopHoursCsv, acuteLoopStationsCsv } from '../../../shared/kinds/acuteLoop/acuteLoopCsv.ts';
import { readAcuteLoopProps, type AcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { stationTable } from '../../../shared/kinds/acuteLoop/stationTable.ts';

const tr = (language: Language) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);

describe('the acute loop’s data as three CSV files, one table each', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'acuteLoop')!;
  const example = readAcuteLoopProps(board.props);
  // æøå and Sami letters in every kind of field: the label, the source, a station, a pain point.
  const props: AcuteLoopProps = {
    ...example,
    hourly: { ...example.hourly, label: 'Innleggelser på Værnes – «Snåase»', source: 'Tall fra analyseavdelingen; Helse Nord-Trøndelag, Åsen' },
    stations: example.stations.map((s, i) => (i === 0 ? { ...s, name: 'Hjemme på Skjærvø', painPoints: [{ id: 'n_1', text: 'Ærlig talt: ingen å ringe;\nmåtte vente' }] } : s)),
  };

  it('the figures: UTF-8 with a BOM, semicolons and CRLF, æøå kept, numbers as numbers', () => {
    const text = acuteLoopFiguresCsv(props, tr('nb'));
    const bytes = encodeUtf8(text);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    const { delimiter, records, problems } = parseCsv(decoded.text);
    expect(problems).toEqual([]);
    expect(delimiter).toBe(';');
    const value = (label: string) => records.find((r) => r.fields[0] === label)!.fields[1];
    expect(records[0]!.fields).toEqual(['Tall', 'Verdi']);
    expect(value('Hendelser per time')).toBe('Innleggelser på Værnes – «Snåase»');
    expect(value('Kilde')).toBe('Tall fra analyseavdelingen; Helse Nord-Trøndelag, Åsen');
    expect(value('Kontortid')).toBe(translate('nb', 'acuteLoop.picture.office', { from: '08:00', to: '15:30' }));
    expect(value('Sum')).toBe('340');
    expect(Math.round(Number(value('Andel utenfor kontortid (%)')!.replace(',', '.')))).toBe(76);
    expect(value('Runder i loopen per pasient per år')).toBe('17');
    expect(value('Pasienter i gruppen')).toBe('20');
    // Every row has the same two columns: one table.
    expect(new Set(records.map((r) => r.fields.length))).toEqual(new Set([2]));
  });

  it('the hours: 24 rows with their counts and how much of each hour is office time, nothing else', () => {
    const { records } = parseCsv(acuteLoopHoursCsv(props, tr('nb')));
    expect(records[0]!.fields).toEqual(['Time', 'Innleggelser på Værnes – «Snåase»', 'Andel av timen i kontortid']);
    const hours = records.slice(1).map((r) => r.fields);
    expect(hours).toHaveLength(24);
    expect(hours[0]).toEqual(['00–01', '15', '0']);
    expect(hours[8]).toEqual(['08–09', '7', '1']);
    expect(hours[15]).toEqual(['15–16', '16', '0,5']);
    expect(hours.map((h) => Number(h[1]))).toEqual(props.hourly.counts);
  });

  it('the stations as the report shows them, but the duration as a number of hours with the unit in the heading', () => {
    const { records } = parseCsv(acuteLoopStationsCsv(props, doc.actors, tr('nb')));
    const report = stationTable(props, doc.actors, tr('nb'));
    expect(records).toHaveLength(report.length);
    expect(records[0]!.fields[3]).toBe('Varighet (timer)');
    expect(records[1]!.fields.slice(0, 2)).toEqual(['1', 'Hjemme på Skjærvø']);
    expect(records[1]!.fields[6]).toBe('Ærlig talt: ingen å ringe;\nmåtte vente');
    props.stations.forEach((station, i) => {
      const cell = records[i + 1]!.fields[3]!;
      if (station.durationMinutes === null) expect(cell).toBe('');
      else expect(Number(cell.replace(',', '.'))).toBeCloseTo(station.durationMinutes / 60, 1);
      // The other columns as the report has them.
      expect(records[i + 1]!.fields.filter((_, c) => c !== 3)).toEqual(report[i + 1]!.filter((_, c) => c !== 3));
    });
    expect(props.stations.some((s) => s.durationMinutes !== null && s.durationMinutes >= 60 * 24)).toBe(true);
  });

  it('speaks English when asked', () => {
    expect(acuteLoopFiguresCsv(example, tr('en'))).toContain('\r\nTotal;340\r\n');
    expect(acuteLoopStationsCsv(example, doc.actors, tr('en'))).toContain('Duration (hours)');
  });

  it('a loop without numbers or stations still gives readable files', () => {
    const empty = readAcuteLoopProps({});
    const figures = parseCsv(acuteLoopFiguresCsv(empty, tr('nb')));
    expect(figures.problems).toEqual([]);
    expect(figures.records.find((r) => r.fields[0] === 'Sum')!.fields[1]).toBe('0');
    expect(parseCsv(acuteLoopStationsCsv(empty, {}, tr('nb'))).records).toHaveLength(1);
  });
});
