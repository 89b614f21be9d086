import { writeSync } from 'node:fs';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import type { RowChange } from '../../../shared/model/changes.ts';
import { nextEdit } from '../editScript.ts';
import { Rng } from '../rng.ts';

/**
 * The process the crash harness kills: opens a workshop file and applies random edits through
 * WorkshopFile, as fast as it can, until SIGKILL. After each edit's transaction has returned
 * (synced to disk) it writes `ack N` with a synchronous write to its stdout pipe, so every line
 * the parent reads stands for an edit the store promised was saved.
 *
 *   node --experimental-transform-types --no-warnings storeChild.ts <file> <seed>
 */
const [path, seedText] = process.argv.slice(2);
const opened = WorkshopFile.open(path!);
if (opened.status !== 'ok') {
  writeSync(2, `cannot open ${path}: ${opened.status}\n`);
  process.exit(2);
}
const rng = new Rng(Number(seedText));
// Only for the harness's test of itself: a writer that acknowledges at once and saves every Nth
// edit, the way apps that write the whole document every few seconds behave. It must be caught.
const batch = Math.max(1, Number(process.env.SAMKART_CRASH_LYING_BATCH ?? 1));
let doc = opened.doc;
let pending: RowChange[] = [];
writeSync(1, 'ready\n');
for (let n = 1; ; n++) {
  const edit = nextEdit(doc, rng);
  doc = edit.doc;
  if (batch === 1) {
    opened.file.apply(edit.changes);
  } else {
    pending.push(...edit.changes);
    writeSync(1, `ack ${n}\n`);
    if (n % batch === 0) {
      opened.file.apply(pending);
      pending = [];
    }
    continue;
  }
  writeSync(1, `ack ${n}\n`);
}
