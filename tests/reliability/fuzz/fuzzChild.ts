import { writeSync } from 'node:fs';
import { loadFuzzBases, runFuzzCase } from './fileFuzz.ts';

/**
 * Runs fuzz cases [from, to) in a process of its own, one JSON line per case, so a native crash
 * (a segfault in SQLite would take the whole process) is counted as a crash instead of ending the run.
 *
 *   node --experimental-transform-types --no-warnings fuzzChild.ts <dir> <seed> <from> <to>
 */
const [dir, seed, from, to] = process.argv.slice(2);
const bases = loadFuzzBases(dir!);
for (let index = Number(from); index < Number(to); index++) {
  writeSync(1, `${JSON.stringify(runFuzzCase(bases, index, Number(seed), dir!))}\n`);
}
