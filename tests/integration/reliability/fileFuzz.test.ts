import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCase, emptyFuzzFigures, makeFuzzBases, runFuzzCase } from '../../reliability/fuzz/fileFuzz.ts';
import { runSeed } from '../../reliability/rng.ts';
import { scale } from '../../reliability/scale.ts';
import { cleanupFolders, tempFolder } from '../../helpers/workshop.ts';

afterEach(cleanupFolders);

/**
 * What a user may be told about a damaged file; each has its own message, none is a crash. Not
 * "ioError": the disk is fine, and a message blaming it would send the user the wrong way.
 */
const clearStatuses = ['ok', 'migrated', 'corrupt', 'notOurFile', 'tooNew'];

describe(`opening ${scale.fileFuzzCases} mutated copies of a valid workshop`, () => {
  it('never crashes, always gives a clear status or a usable file, and never writes to one it refuses', () => {
    const dir = tempFolder();
    const [closed] = makeFuzzBases(dir);
    const seed = runSeed();
    const figures = emptyFuzzFigures();
    for (let i = 0; i < scale.fileFuzzCases; i++) addCase(figures, runFuzzCase([closed!], i, seed, dir));
    expect(figures.problems, `SAMKART_SEED=${seed}`).toEqual([]);
    expect(Object.keys(figures.statuses).filter((s) => !clearStatuses.includes(s))).toEqual([]);
    // The mutations reach both outcomes: damage SQLite shrugs off, and damage it refuses.
    expect(figures.statuses.corrupt).toBeGreaterThan(0);
    expect(figures.statuses.ok).toBeGreaterThan(0);
  });

  it('caught mid-session (file and -wal): never crashes, always a clear status, and neither the file nor its -wal is written when refused', () => {
    const dir = tempFolder();
    const [, caught] = makeFuzzBases(dir);
    const seed = runSeed();
    const figures = emptyFuzzFigures();
    for (let i = 0; i < Math.ceil(scale.fileFuzzCases / 4); i++) addCase(figures, runFuzzCase([caught!, caught!], i * 5 + 4, seed, dir));
    expect(figures.problems, `SAMKART_SEED=${seed}`).toEqual([]);
    expect(Object.keys(figures.statuses).filter((s) => !clearStatuses.includes(s))).toEqual([]);
    expect(figures.statuses.corrupt).toBeGreaterThan(0);
  });

  it('the fixture it starts from is never modified', () => {
    const fixture = join(import.meta.dirname, '../../fixtures/v1.samkart');
    const before = createHash('sha256').update(readFileSync(fixture)).digest('hex');
    const dir = tempFolder();
    const bases = [{ main: readFileSync(fixture) }];
    for (let i = 0; i < 20; i++) expect(runFuzzCase(bases, i, 7, dir).crash).toBeUndefined();
    expect(createHash('sha256').update(readFileSync(fixture)).digest('hex')).toBe(before);
  });
});
