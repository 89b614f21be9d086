import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, encodeUtf8 } from '../../../shared/csv/index.ts';
import { csvToMatrix, matrixToCsv, matrixToCsvRows, type CsvImportProblem } from '../../../shared/kinds/huki/csv.ts';
import { replaceMatrix } from '../../../shared/kinds/huki/ops.ts';
import { actorNamed, columnNames, matrixOf, matrixWith, run, tableOf } from './fixtures.ts';

/** The HUKI matrix to CSV for Norwegian Excel and back, all or nothing. */

const headings = { phase: 'Fase', task: 'Oppgave' };

describe('export', () => {
  it('writes a BOM, semicolons, one line per task, the phase on each line, letters in the board’s system', () => {
    const f = matrixWith(['Psykisk helse og rus, Stjørdal', 'Stjørdal DPS'], {
      'Følge opp': { 'Månedlige dialogmøter; første- og andrelinjen': 'HU' },
      Evaluere: {},
    });
    const text = matrixToCsv(matrixOf(f), f.doc.actors, 'raci', headings);
    expect(text).toBe(
      '\uFEFFFase;Oppgave;"Psykisk helse og rus, Stjørdal";Stjørdal DPS\r\n' +
        'Følge opp;"Månedlige dialogmøter; første- og andrelinjen";A;R\r\n' +
        'Evaluere;;;\r\n',
    );
  });

  it('uses the current names and leaves out columns of actors no longer in the registry', () => {
    const f = matrixWith(['NAV', 'Fastlege', 'DPS'], { Planlegge: { Kartlegge: 'HUK' } });
    f.doc.actors[f.a['NAV']!] = { ...f.doc.actors[f.a['NAV']!]!, name: 'NAV Stjørdal' };
    delete f.doc.actors[f.a['Fastlege']!];
    expect(matrixToCsvRows(matrixOf(f), f.doc.actors, 'huki', headings)).toEqual([
      ['Fase', 'Oppgave', 'NAV Stjørdal', 'DPS'],
      ['Planlegge', 'Kartlegge', 'H', 'K'],
    ]);
  });
});

describe('round trip', () => {
  it('keeps æøå, Sami names, semicolons, quotes and line breaks in names, and every letter', () => {
    const columns = ['Psykisk helse; rus – Snåase/Snåsa', 'Raarvihke – Røyrvik "kommune"', 'Ungdomsrådet i HNT'];
    const rows = {
      'Etabler samarbeid': { 'Kartlegge eksisterende tjenester og tilbud': 'HUK', 'Lage puslespillet «SAMMEN»; del 1': 'UHI' },
      'Følge opp': { 'Månedlige dialogmøter mellom første- og andrelinjetjenesten\nmed rapportmodul': 'IUH' },
      'Tom fase': {},
    };
    const source = matrixWith(columns, rows);
    for (const system of ['huki', 'raci'] as const) {
      const bytes = encodeUtf8(matrixToCsv(matrixOf(source), source.doc.actors, system, headings));
      const { text } = decodeCsvBytes(bytes);
      // Into another workshop, whose registry already has one of the actors under the same name.
      const target = matrixWith([columns[1]!], { Gammel: { Oppgave: 'H' } });
      const result = csvToMatrix(text, target.doc.actors);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.taskCount).toBe(3);
      expect(result.newActors.map((a) => a.name)).toEqual([columns[0], columns[2]]);
      expect(result.newActors.every((a) => a.category === 'other')).toBe(true);
      run(target, replaceMatrix, { itemId: target.itemId, matrix: result.matrix, newActors: result.newActors });
      expect(columnNames(target)).toEqual(columns);
      expect(tableOf(target)).toEqual(rows);
      // The existing actor was reused, not duplicated.
      expect(matrixOf(target).actorIds[1]).toBe(target.a[columns[1]!]);
    }
  });

  it('reads what Excel writes by hand: commas, lower case, RACI letters, blank phase cells, Windows-1252', () => {
    const f = matrixWith(['NAV'], {});
    // "Følge opp" and "Måle" in Windows-1252; a blank phase continues the one above.
    const latin = 'Phase,Task,NAV,Fastlege\r\nF\xf8lge opp,M\xe5le effekt,a,r\r\n,Rapportere,c,i\r\n';
    const bytes = Uint8Array.from([...latin].map((c) => c.charCodeAt(0)));
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const result = csvToMatrix(decoded.text, f.doc.actors);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.delimiter).toBe(',');
    run(f, replaceMatrix, { itemId: f.itemId, matrix: result.matrix, newActors: result.newActors });
    expect(tableOf(f)).toEqual({ 'Følge opp': { 'Måle effekt': 'HU', Rapportere: 'KI' } });
  });

  it('matches columns to actors by short name, case and spacing aside', () => {
    const f = matrixWith([], {});
    const dps = actorNamed('Distriktspsykiatrisk senter (DPS)', 1, 'specialist', 'DPS');
    f.doc.actors[dps.id] = dps;
    const result = csvToMatrix('Fase;Oppgave; dps \nA;B;H\n', f.doc.actors);
    expect(result.ok && result.matrix.actorIds).toEqual([dps.id]);
    expect(result.ok && result.newActors).toEqual([]);
  });

  it('merges lines of a phase that appears twice', () => {
    const result = csvToMatrix('Fase;Oppgave\nA;1\nB;2\nA;3\n', {});
    expect(result.ok && result.matrix.phases.map((p) => [p.name, p.tasks.map((t) => t.name)])).toEqual([
      ['A', ['1', '3']],
      ['B', ['2']],
    ]);
  });
});

describe('import refuses a bad file and says why, line by line', () => {
  const problemsOf = (text: string): CsvImportProblem[] => {
    const result = csvToMatrix(text, {});
    if (result.ok) throw new Error('expected the import to fail');
    return result.problems;
  };

  it('reports every bad line with its number and reason, and imports nothing', () => {
    const text = [
      'Fase;Oppgave;NAV;DPS', // 1
      'Planlegge;Kartlegge;H;U', // 2 fine
      'Planlegge;Avklare;X;U', // 3 bad letter
      'Planlegge;Dialogmøter;H;U;K', // 4 too many fields
      'Utføre;;H;', // 5 letters without a task
      '"Utføre";"To', // 6–7: a field over two lines, fine
      'linjer";HU;', // 7 (continued): "HU" is not one letter
      'Evaluere;Måle;;', // 8 fine
    ].join('\r\n');
    expect(problemsOf(text)).toEqual([
      { code: 'badLetter', line: 3, name: 'NAV', value: 'X' },
      { code: 'tooManyFields', line: 4, count: 5, expected: 4 },
      { code: 'missingTask', line: 5 },
      { code: 'badLetter', line: 6, name: 'NAV', value: 'HU' },
    ]);
  });

  it('tolerates empty trailing fields beyond the heading (Excel pads rows)', () => {
    const result = csvToMatrix('Fase;Oppgave;NAV\nA;B;H;;\n', {});
    expect(result.ok).toBe(true);
  });

  it('checks the heading: two columns at least, no empty or repeated actor', () => {
    expect(problemsOf('Oppgave\nA\n')).toEqual([{ code: 'fewColumns', line: 1 }]);
    expect(problemsOf('Fase;Oppgave;NAV;;nav\nA;B;H;;\n')).toEqual([
      { code: 'emptyActorName', line: 1, column: 4 },
      { code: 'duplicateActor', line: 1, name: 'nav' },
    ]);
  });

  it('refuses an empty file, a heading without tasks, and damaged quoting', () => {
    expect(problemsOf('')).toEqual([{ code: 'empty', line: 1 }]);
    expect(problemsOf('\uFEFF;;;\r\n')).toEqual([{ code: 'empty', line: 1 }]);
    expect(problemsOf('Fase;Oppgave;NAV\nA;;\n')).toEqual([{ code: 'noTasks', line: 1 }]);
    expect(problemsOf('Fase;Oppgave\nA;"never closed\nB;C\n')).toEqual([{ code: 'unterminatedQuote', line: 2 }]);
  });

  it('refuses names longer than the limit', () => {
    expect(problemsOf(`Fase;Oppgave\nA;${'x'.repeat(501)}\n`)).toEqual([{ code: 'tooLong', line: 2, max: 500 }]);
  });
});
