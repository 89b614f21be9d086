import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCase, emptyFuzzFigures, makeFuzzBases, saveFuzzBases, type CaseResult, type FuzzFigures } from './fileFuzz.ts';

const child = join(import.meta.dirname, 'fuzzChild.ts');

function digestOf(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.startsWith('base-')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

/**
 * `cases` mutated copies, opened in child processes; a child that dies mid-case has crashed on
 * that case, and a new child carries on after it. The pristine bases are hashed before and after:
 * fuzzing works on copies and must never touch them.
 */
export function fileFuzzInChildren(cases: number, seed: number): FuzzFigures {
  const figures = emptyFuzzFigures();
  const dir = mkdtempSync(join(tmpdir(), 'samkart-fuzz-'));
  try {
    saveFuzzBases(dir, makeFuzzBases(dir));
    const before = digestOf(dir);
    let next = 0;
    while (next < cases) {
      const run = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', child, dir, String(seed), String(next), String(cases)], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 600_000,
      });
      for (const line of run.stdout.split('\n').filter(Boolean)) {
        const result = JSON.parse(line) as CaseResult;
        addCase(figures, result);
        next = result.index + 1;
      }
      if (run.status !== 0 && next < cases) {
        addCase(figures, { index: next, mutation: '?', status: 'processDied', crash: `the process died (${run.status ?? run.signal}): ${run.stderr.slice(0, 300)}` });
        next += 1;
      }
    }
    if (digestOf(dir) !== before) figures.problems.push('a pristine base file was modified');
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
