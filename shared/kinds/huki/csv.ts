import { formatCsv, unescapeCsvFormula } from '../../csv/format.ts';
import { parseCsv } from '../../csv/parse.ts';
import { nextOrder } from '../../model/document.ts';
import { newActorId, type ActorId } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import type { Actor } from '../../model/records.ts';
import { findActorByName, foldName } from '../../actors/findActor.ts';
import { displayLetter, letterFromKey } from './letters.ts';
import { letterOf, newPhaseId, newTaskId, visibleActorIds, type HukiCell, type HukiMatrixProps, type HukiPhase, type LetterSystem } from './model.ts';

/**
 * The matrix as a spreadsheet, for Excel and back:
 *
 *     Fase;Oppgave;Psykisk helse- og rustjeneste;NAV;Distriktspsykiatrisk senter (DPS)
 *     Etabler samarbeid;Kartlegge eksisterende samhandling, arenaer og avtaler;H;K;U
 *
 * One line per task (a phase without tasks gets a line with no task), the phase repeated on each
 * line so the sheet sorts and filters well, actors by their current names, letters in the board's
 * system. Import reads the same layout: the first two columns are phase and task whatever their
 * headings say, every further heading is an actor (found in the registry by name or short name,
 * else added), letters in either system and either case. An empty phase cell continues the phase
 * above, as a sheet with merged cells comes out.
 *
 * Import is all or nothing: every bad line is reported with its line number and reason, and if
 * there is any, nothing is imported.
 */

export interface CsvHeadings {
  phase: string;
  task: string;
}

/** The rows of the export, heading first. */
export function matrixToCsvRows(matrix: HukiMatrixProps, actors: Readonly<Record<string, Actor>>, system: LetterSystem, headings: CsvHeadings): string[][] {
  const columns = visibleActorIds(matrix, actors);
  const rows: string[][] = [[headings.phase, headings.task, ...columns.map((id) => actors[id]!.name)]];
  for (const phase of matrix.phases) {
    if (phase.tasks.length === 0) rows.push([phase.name, '', ...columns.map(() => '')]);
    for (const task of phase.tasks) {
      rows.push([phase.name, task.name, ...columns.map((id) => {
        const letter = letterOf(task, id);
        return letter ? displayLetter(letter, system) : '';
      })]);
    }
  }
  return rows;
}

/** The export as CSV text for Norwegian Excel: BOM, semicolons, CRLF. */
export function matrixToCsv(matrix: HukiMatrixProps, actors: Readonly<Record<string, Actor>>, system: LetterSystem, headings: CsvHeadings): string {
  return formatCsv(matrixToCsvRows(matrix, actors, system, headings));
}

export type CsvImportProblem =
  | { code: 'empty'; line: number }
  | { code: 'noTasks'; line: number }
  | { code: 'fewColumns'; line: number }
  | { code: 'emptyActorName'; line: number; column: number }
  | { code: 'duplicateActor'; line: number; name: string }
  | { code: 'tooManyFields'; line: number; count: number; expected: number }
  | { code: 'missingTask'; line: number }
  | { code: 'badLetter'; line: number; name: string; value: string }
  | { code: 'tooLong'; line: number; max: number }
  | { code: 'tooManyRows'; line: number; max: number }
  | { code: 'unterminatedQuote'; line: number }
  | { code: 'textAfterQuote'; line: number };

export type CsvImportProblemCode = CsvImportProblem['code'];

export type CsvImportResult =
  | { ok: true; matrix: HukiMatrixProps; newActors: Actor[]; taskCount: number; delimiter: string }
  | { ok: false; problems: CsvImportProblem[] };

/** Bounds that keep a wrong file (a whole register pasted in) from freezing the board. */
export const csvImportLimits = { tasks: 2000, columns: 300 } as const;

/**
 * Reads a CSV export (ours or one made in Excel by hand) into matrix content. `actors` is the
 * registry: columns are matched to it; actors it lacks come back in `newActors` (category
 * "Andre"), to be added in the same step as the import.
 */
export function csvToMatrix(text: string, actors: Readonly<Record<string, Actor>>): CsvImportResult {
  const parsed = parseCsv(text);
  const problems: CsvImportProblem[] = parsed.problems.map((p) => ({ code: p.code, line: p.line }));
  const [header, ...body] = parsed.records;
  if (!header) return { ok: false, problems: problems.length > 0 ? problems : [{ code: 'empty', line: 1 }] };
  if (header.fields.length < 2) problems.push({ code: 'fewColumns', line: header.line });

  // Columns: match or create actors, once per name.
  const newActors: Actor[] = [];
  const columnIds: ActorId[] = [];
  const seen = new Map<string, string>();
  let order = nextOrder(actors);
  header.fields.slice(2).forEach((raw, i) => {
    const name = unescapeCsvFormula(raw.trim());
    if (name === '') {
      problems.push({ code: 'emptyActorName', line: header.line, column: i + 3 });
      return;
    }
    if (name.length > limits.name) {
      problems.push({ code: 'tooLong', line: header.line, max: limits.name });
      return;
    }
    const key = foldName(name);
    if (seen.has(key)) {
      problems.push({ code: 'duplicateActor', line: header.line, name });
      return;
    }
    seen.set(key, name);
    const existing = findActorByName(actors, name);
    if (existing) {
      if (columnIds.includes(existing.id)) problems.push({ code: 'duplicateActor', line: header.line, name });
      else columnIds.push(existing.id);
      return;
    }
    const actor: Actor = {
      id: newActorId(), name, shortName: '', category: 'other', organisation: '', interest: '', importance: '', influence: '',
      attitude: '', informationNeeds: '', strategy: '', notes: '', order: order++,
    };
    newActors.push(actor);
    columnIds.push(actor.id);
  });
  if (header.fields.length - 2 > csvImportLimits.columns) problems.push({ code: 'tooManyRows', line: header.line, max: csvImportLimits.columns });
  const headerOk = problems.length === 0;
  const width = header.fields.length;
  const columnNames = header.fields.slice(2).map((f) => f.trim());

  const phases: HukiPhase[] = [];
  const phaseByName = new Map<string, HukiPhase>();
  let current: HukiPhase | undefined;
  let taskCount = 0;
  for (const record of body) {
    const { line, fields } = record;
    const extra = fields.slice(width);
    if (extra.some((f) => f.trim() !== '')) {
      problems.push({ code: 'tooManyFields', line, count: fields.length, expected: width });
      continue;
    }
    // Our own export escapes names that look like formulas ("'-ingen møter"); take that back off.
    const phaseName = unescapeCsvFormula((fields[0] ?? '').trim());
    const taskName = unescapeCsvFormula((fields[1] ?? '').trim());
    if (phaseName.length > limits.name || taskName.length > limits.name) {
      problems.push({ code: 'tooLong', line, max: limits.name });
      continue;
    }
    const cells: HukiCell[] = [];
    let rowOk = true;
    fields.slice(2, width).forEach((raw, i) => {
      const value = raw.trim();
      if (value === '') return;
      const letter = value.length === 1 ? letterFromKey(value) : null;
      if (!letter) {
        problems.push({ code: 'badLetter', line, name: columnNames[i] ?? '', value });
        rowOk = false;
        return;
      }
      const actorId = columnIds[i];
      if (actorId) cells.push({ actorId, letter });
    });
    if (taskName === '' && cells.length > 0) {
      problems.push({ code: 'missingTask', line });
      continue;
    }
    if (!rowOk || !headerOk) continue;
    if (phaseName !== '' || !current) {
      const key = foldName(phaseName);
      current = phaseByName.get(key);
      if (!current) {
        current = { id: newPhaseId(), name: phaseName, tasks: [] };
        phaseByName.set(key, current);
        phases.push(current);
      }
    }
    if (taskName === '') continue;
    taskCount++;
    if (taskCount === csvImportLimits.tasks + 1) problems.push({ code: 'tooManyRows', line, max: csvImportLimits.tasks });
    current.tasks.push({ id: newTaskId(), name: taskName, cells });
  }
  if (problems.length === 0 && taskCount === 0) problems.push({ code: 'noTasks', line: header.line });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, matrix: { actorIds: columnIds, phases }, newActors, taskCount, delimiter: parsed.delimiter };
}
