import { rmSync } from 'node:fs';
import { boardsInOrder } from '../../shared/model/document.ts';
import { patchesToChanges } from '../../shared/model/changes.ts';
import { perform } from '../../shared/ops/operation.ts';
import { renameBoard } from '../../shared/ops/boardOps.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { tempFolder, workshopWith } from '../helpers/workshop.ts';
import { join } from 'node:path';
import { median, percentile, time } from './stats.ts';

/**
 * Opening and persisting one edit, for workshops of 50, 5,000 and 50,000 items. The edit path
 * should stay flat as the workshop grows: that is what normalised rows buy over whole-file saves.
 */
export function benchStore(): string[] {
  const lines = ['Store (better-sqlite3, synchronous=FULL, WAL)', '  items    open (median of 5)   one edit p50   one edit p95   ratio p50 vs 50 items'];
  let base = 0;
  for (const items of [50, 5_000, 50_000]) {
    const boards = items >= 5_000 ? 5 : 1;
    const doc = workshopWith({ boards, notesPerBoard: items / boards });
    const folder = tempFolder('samkart-bench-');
    const path = join(folder, 'bench.samkart');
    WorkshopFile.create(path, doc).close();

    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      let file: WorkshopFile | undefined;
      opens.push(time(() => {
        const outcome = WorkshopFile.open(path);
        if (outcome.status !== 'ok') throw new Error(outcome.status);
        file = outcome.file;
      }));
      file!.close();
    }

    const outcome = WorkshopFile.open(path);
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    const [board] = boardsInOrder(doc);
    let current = outcome.doc;
    const edits: number[] = [];
    for (let i = 0; i < 200; i++) {
      const edit = perform(current, renameBoard, { id: board!.id, name: `Tavle ${i}` });
      const changes = patchesToChanges(edit.patches, edit.doc);
      edits.push(time(() => outcome.file.apply(changes)));
      current = edit.doc;
    }
    outcome.file.close();
    rmSync(folder, { recursive: true, force: true });
    const p50 = median(edits);
    if (items === 50) base = p50;
    lines.push(`  ${String(items).padStart(6)}   ${median(opens).toFixed(1).padStart(10)} ms        ${p50.toFixed(3).padStart(7)} ms     ${percentile(edits, 95).toFixed(3).padStart(7)} ms     ${(p50 / base).toFixed(2)}×`);
  }
  return lines;
}
