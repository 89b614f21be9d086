import type { Board } from '../model/records.ts';
import type { Vote } from './vote.ts';

/**
 * The board fields the presentation features added after file version 1 are optional in the
 * record (older files load unchanged); these read them with their meaning when absent.
 */

export function boardNotes(board: Board): string {
  return board.notes ?? '';
}

export function isBoardLocked(board: Board): boolean {
  return board.locked === true;
}

export function boardVote(board: Board): Vote | null {
  return board.vote ?? null;
}
