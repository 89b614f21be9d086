import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/results.ts';
import { patchesToChanges } from '../../../shared/model/changes.ts';
import { perform } from '../../../shared/ops/operation.ts';
import { updateMeta } from '../../../shared/ops/workshopOps.ts';
import { takeSnapshot } from '../../../electron/store/snapshots.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { workshopWith } from '../../helpers/workshop.ts';
import { nextEdit } from '../editScript.ts';
import { Rng } from '../rng.ts';
import { mutate, mutationKinds } from './mutations.ts';

/** A valid workshop to damage: a closed file, or one caught while open (a file and its -wal). */
export interface FuzzBase {
  main: Buffer;
  wal?: Buffer;
}

export interface CaseResult {
  index: number;
  mutation: string;
  status: string;
  /** An exception escaped the store, or a successfully opened file then failed unclearly. */
  crash?: string;
  /** A file that did not open was changed on disk anyway. */
  modified?: boolean;
}

export interface FuzzFigures {
  cases: number;
  crashes: number;
  modified: number;
  statuses: Record<string, number>;
  problems: string[];
}

export function emptyFuzzFigures(): FuzzFigures {
  return { cases: 0, crashes: 0, modified: 0, statuses: {}, problems: [] };
}

export function addCase(figures: FuzzFigures, result: CaseResult): void {
  figures.cases += 1;
  figures.statuses[result.status] = (figures.statuses[result.status] ?? 0) + 1;
  if (result.crash) {
    figures.crashes += 1;
    figures.problems.push(`case ${result.index} (${result.mutation}): ${result.crash}`);
  }
  if (result.modified) {
    figures.modified += 1;
    figures.problems.push(`case ${result.index} (${result.mutation}): ${result.status}, yet the file was changed`);
  }
}

/** Builds the two bases in `dir`: three boards of notes, actors and two snapshots (blobs on overflow pages). */
export function makeFuzzBases(dir: string): FuzzBase[] {
  const closedPath = join(dir, 'base.samkart');
  const file = WorkshopFile.create(closedPath, workshopWith({ boards: 3, notesPerBoard: 60, actors: ['Stjørdal kommune', 'Mental Helse'] }));
  takeSnapshot(file, { kind: 'auto', reason: 'open' });
  const edited = perform(file.load(), updateMeta, { patch: { title: 'Læringsnettverk – etter samling 1' } });
  file.apply(patchesToChanges(edited.patches, edited.doc));
  takeSnapshot(file, { kind: 'manual', label: 'Etter samling 1' });
  file.close();
  const main = readFileSync(closedPath);

  // Caught while open: edits sit in the WAL, not yet checkpointed into the file.
  const openPath = join(dir, 'open.samkart');
  writeFileSync(openPath, main);
  const opened = WorkshopFile.open(openPath);
  if (opened.status !== 'ok') throw new Error(`base did not open: ${opened.status}`);
  const rng = new Rng(99);
  let doc = opened.doc;
  for (let i = 0; i < 40; i++) {
    const edit = nextEdit(doc, rng);
    opened.file.apply(edit.changes);
    doc = edit.doc;
  }
  const caught = { main: readFileSync(openPath), wal: readFileSync(`${openPath}-wal`) };
  opened.file.close();
  return [{ main }, caught];
}

/** The bases as files, so a fuzz child process can read the very same ones. */
export function saveFuzzBases(dir: string, bases: readonly FuzzBase[]): void {
  bases.forEach((base, i) => {
    writeFileSync(join(dir, `base-${i}.bin`), base.main);
    if (base.wal) writeFileSync(join(dir, `base-${i}-wal.bin`), base.wal);
  });
}

export function loadFuzzBases(dir: string): FuzzBase[] {
  const bases: FuzzBase[] = [];
  for (let i = 0; existsSync(join(dir, `base-${i}.bin`)); i++) {
    const wal = join(dir, `base-${i}-wal.bin`);
    bases.push({ main: readFileSync(join(dir, `base-${i}.bin`)), ...(existsSync(wal) ? { wal: readFileSync(wal) } : {}) });
  }
  return bases;
}

function sameBytes(path: string, expected: Buffer | undefined): boolean {
  if (!existsSync(path)) return expected === undefined;
  return expected !== undefined && readFileSync(path).equals(expected);
}

/**
 * One fuzz case: a copy of a base with one to three mutations, opened through WorkshopFile. It
 * must give a typed status and never throw; a file that opens must take an edit and reopen; a
 * file that doesn't open must be left byte for byte as it was (no -wal made, none consumed).
 */
export function runFuzzCase(bases: readonly FuzzBase[], index: number, seed: number, dir: string): CaseResult {
  const rng = new Rng((seed + index * 7919) >>> 0 || 1);
  const base = bases.length > 1 && index % 5 === 4 ? bases[1]! : bases[0]!;
  const inWal = base.wal !== undefined && rng.chance(0.5);
  const kinds = Array.from({ length: rng.int(1, 3) }, () => rng.pick(mutationKinds));
  const mutation = `${inWal ? 'wal' : 'file'}:${kinds.join('+')}`;
  let main = base.main;
  let wal = base.wal;
  for (const kind of kinds) {
    if (inWal) wal = mutate(wal!, kind, rng);
    else main = mutate(main, kind, rng);
  }
  const caseDir = join(dir, `case-${index}`);
  mkdirSync(caseDir, { recursive: true });
  const path = join(caseDir, 'Skadet.samkart');
  writeFileSync(path, main);
  if (wal) writeFileSync(`${path}-wal`, wal);
  try {
    let outcome: ReturnType<typeof WorkshopFile.open>;
    try {
      outcome = WorkshopFile.open(path);
    } catch (error) {
      return { index, mutation, status: 'thrown', crash: `open threw: ${String(error).slice(0, 300)}` };
    }
    if (outcome.status !== 'ok' && outcome.status !== 'migrated') {
      const untouched = sameBytes(path, main) && sameBytes(`${path}-wal`, wal) && !existsSync(`${path}-shm`);
      return { index, mutation, status: outcome.status, ...(untouched ? {} : { modified: true }) };
    }
    // Opened: the damage was somewhere harmless, or repaired by the WAL. It must be usable.
    try {
      const edited = perform(outcome.doc, updateMeta, { patch: { title: 'Åpnet etter skade' } });
      outcome.file.apply(patchesToChanges(edited.patches, edited.doc));
      outcome.file.close();
      const again = WorkshopFile.open(path);
      if (again.status !== 'ok') return { index, mutation, status: outcome.status, crash: `opened, took an edit, then reopened as ${again.status}` };
      again.file.close();
    } catch (error) {
      // A latent damaged page met by the edit: a clear, translatable error is a fine answer.
      if (!(error instanceof ApiError)) return { index, mutation, status: outcome.status, crash: `after opening: ${String(error).slice(0, 300)}` };
      if (outcome.file.isOpen) outcome.file.close();
    }
    return { index, mutation, status: outcome.status };
  } finally {
    rmSync(caseDir, { recursive: true, force: true });
  }
}
