import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BoardId } from '../../shared/model/ids.ts';

const MAX_WORKSHOPS = 200;

/**
 * Which board was showing in each workshop, so reopening one returns to where the user was.
 * Session data: it lives in the profile folder (boards.json beside settings.json), never in the
 * .samkart file, which is the workshop and is shared with others. Keyed by the file's path; the
 * most recently used workshops are kept. Without a file (a platform with no profile folder) it
 * remembers for this process only.
 */
export class BoardMemory {
  private entries: Map<string, BoardId>;

  constructor(private readonly file: string | null) {
    this.entries = new Map(file ? read(file) : []);
  }

  last(path: string): BoardId | undefined {
    return this.entries.get(resolve(path));
  }

  remember(path: string, boardId: BoardId): void {
    const key = resolve(path);
    if (this.entries.get(key) === boardId) return;
    // Newest last, so the oldest fall off the front.
    this.entries.delete(key);
    this.entries.set(key, boardId);
    while (this.entries.size > MAX_WORKSHOPS) this.entries.delete(this.entries.keys().next().value!);
    if (!this.file) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ boards: [...this.entries] }));
      renameSync(tmp, this.file);
    } catch {
      // Only a convenience: the workshop then opens on its first board.
    }
  }

  /** "Lagre som" continues in a copy: the copy remembers the same board. */
  moved(from: string, to: string): void {
    const board = this.last(from);
    if (board) this.remember(to, board);
  }
}

function read(file: string): [string, BoardId][] {
  try {
    const { boards } = JSON.parse(readFileSync(file, 'utf8')) as { boards?: unknown };
    return Array.isArray(boards) ? boards.filter((e): e is [string, BoardId] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') : [];
  } catch {
    return [];
  }
}
