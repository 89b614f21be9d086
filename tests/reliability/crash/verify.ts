import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { EditReplay } from '../editScript.ts';

/** What one kill left behind, judged against the edits the killed process acknowledged. */
export interface Verdict {
  /** Edits the file holds; acknowledged + 1 when the last commit landed but its ack never got out. */
  present: number;
  /** Acknowledged edits the file lacks. Must be zero. */
  lost: number;
  /** Why the file failed to open or check, if it did. */
  problem?: string;
  doc?: WorkshopDoc;
}

/**
 * Opens a copy of the file as the crash left it (with its -wal: exactly what the next start of the
 * app would find), runs a full integrity check, and finds how many edits of the replay it holds.
 * A copy, so the original goes on to the next round still carrying its hot WAL: every round also
 * tests recovery by the next writer.
 */
export function verifyAfterKill(path: string, acked: number, replay: EditReplay): Verdict {
  const dir = mkdtempSync(join(tmpdir(), 'samkart-crash-check-'));
  try {
    const copy = join(dir, basename(path));
    for (const suffix of ['', '-wal', '-journal']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
    const opened = WorkshopFile.open(copy);
    if (opened.status !== 'ok') return { present: 0, lost: acked, problem: `opened as ${opened.status} ${'detail' in opened ? (opened.detail ?? '') : ''}` };
    try {
      const integrity = opened.file.database.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return { present: 0, lost: acked, problem: `integrity_check: ${String(integrity)}` };
      for (const present of [acked, acked + 1]) {
        if (isDeepStrictEqual(opened.doc, replay.after(present))) return { present, lost: 0, doc: opened.doc };
      }
      // Not a clean cut: look for how far back the file is, to count what was lost.
      for (let present = acked - 1; present >= 0; present--) {
        if (isDeepStrictEqual(opened.doc, replay.after(present))) return { present, lost: acked - present, doc: opened.doc, problem: `holds ${present} of ${acked} acknowledged edits` };
      }
      return { present: 0, lost: acked, problem: 'the document matches no prefix of the edits' };
    } finally {
      opened.file.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
