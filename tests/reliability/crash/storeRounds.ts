import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import { workshopWith } from '../../helpers/workshop.ts';
import { EditReplay } from '../editScript.ts';
import { Rng } from '../rng.ts';
import { emptyFigures, type CrashFigures } from './figures.ts';
import { runAndKill } from './killable.ts';
import { verifyAfterKill } from './verify.ts';

const child = join(import.meta.dirname, 'storeChild.ts');

/** A fresh workshop file to torture, and the document it starts with. */
export function crashTestFile(dir: string, name = 'Krasjtest.samkart'): { path: string; doc: WorkshopDoc } {
  const path = join(dir, name);
  const file = WorkshopFile.create(path, workshopWith({ boards: 3, notesPerBoard: 30, actors: ['Stjørdal kommune', 'HNT Stjørdal DPS'] }));
  const doc = file.load();
  file.close();
  return { path, doc };
}

/**
 * The store-level crash harness: round after round, a child process edits the same file through
 * WorkshopFile and is SIGKILLed at a random moment (one round in ten while it is still opening the
 * file and recovering the previous crash). After each kill the file must open, pass
 * `integrity_check`, and hold every acknowledged edit.
 */
export interface StoreCrashOptions {
  rounds: number;
  seed: number;
  /** Each round is killed after 1 … maxAcks acknowledged edits (or, one in ten, while opening). */
  maxAcks: number;
  log?: (line: string) => void;
  /** Extra environment for the writer: only the harness's test of itself uses it. */
  writerEnv?: Record<string, string>;
}

export async function storeCrashRounds({ rounds, seed, maxAcks, log = () => {}, writerEnv = {} }: StoreCrashOptions): Promise<CrashFigures> {
  const figures = emptyFigures();
  const dir = mkdtempSync(join(tmpdir(), 'samkart-crash-store-'));
  try {
    let { path, doc } = crashTestFile(dir);
    const rng = new Rng(seed);
    for (let round = 1; round <= rounds; round++) {
      const roundSeed = rng.int(1, 2 ** 31 - 1);
      const early = rng.chance(0.1);
      const plan = early ? { afterSpawnMs: rng.int(0, 500) } : { afterAcks: { acks: rng.int(1, maxAcks), delayMs: rng.int(0, 5) } };
      const outcome = await runAndKill(process.execPath, ['--experimental-transform-types', '--no-warnings', child, path, String(roundSeed)], plan, writerEnv);
      figures.rounds += 1;
      if (outcome.killed) figures.kills += 1;
      else figures.problems.push(`round ${round}: the writer stopped by itself: ${outcome.output.trim()}`);
      const verdict = verifyAfterKill(path, outcome.acked, new EditReplay(doc, new Rng(roundSeed)));
      figures.edits += outcome.acked;
      figures.lostEdits += verdict.lost;
      log(`store round ${round}: ${outcome.acked} acknowledged, ${verdict.present} present${verdict.problem ? ` — ${verdict.problem}` : ''}`);
      if (verdict.problem) figures.problems.push(`round ${round} (seed ${roundSeed}): ${verdict.problem}`);
      if (verdict.doc) {
        doc = verdict.doc;
      } else {
        // The file is beyond use: carry on with a fresh one so the remaining rounds still count.
        ({ path, doc } = crashTestFile(dir, `Krasjtest ${round}.samkart`));
      }
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
