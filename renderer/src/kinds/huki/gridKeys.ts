import { letterFromKey } from '../../../../shared/kinds/huki/letters.ts';
import type { HukiLetter } from '../../../../shared/kinds/huki/model.ts';
import type { NavMove, NavRow } from './gridNav.ts';

/**
 * What a key pressed in the matrix grid means, as a plain function (tested in Node, beside
 * gridNav.ts): the grid component only carries intents out. Where the focus is matters: a task's
 * cell takes letters, a row's name takes Enter to rename, any row takes Insert for a new task.
 */
export type GridIntent =
  | { kind: 'moveLine'; vertical: boolean; direction: -1 | 1 }
  | { kind: 'focus'; move: NavMove }
  | { kind: 'clear' }
  | { kind: 'cycle' }
  | { kind: 'letter'; letter: HukiLetter }
  | { kind: 'rename' }
  | { kind: 'insertTask' }
  | { kind: 'delete' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const arrowMoves: Readonly<Record<string, NavMove>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', Home: 'home', End: 'end' };

/** The intent of a key on a row (`inCell`: on an actor's column rather than the name), or null when the key is not the grid's. */
export function gridIntent(e: KeyPress, row: NavRow['kind'], inCell: boolean): GridIntent | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey && !mod && e.key.startsWith('Arrow')) {
    const vertical = e.key === 'ArrowUp' || e.key === 'ArrowDown';
    return { kind: 'moveLine', vertical, direction: e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 1 };
  }
  const move: NavMove | undefined =
    e.key === 'Tab' ? (e.shiftKey ? 'prev' : 'next') : e.key === 'Home' && mod ? 'first' : e.key === 'End' && mod ? 'last' : arrowMoves[e.key];
  if (move && !e.altKey) return { kind: 'focus', move };
  if (row === 'task' && inCell) {
    if (e.key === 'Delete' || e.key === 'Backspace') return { kind: 'clear' };
    if ((e.key === ' ' || e.key === 'Enter') && !mod) return { kind: 'cycle' };
    const letter = !mod && !e.altKey && e.key.length === 1 ? letterFromKey(e.key) : null;
    if (letter) return { kind: 'letter', letter };
  }
  if ((row === 'task' || row === 'phase') && !inCell && ((e.key === 'Enter' && !mod) || e.key === 'F2')) return { kind: 'rename' };
  if (row !== 'header' && (e.key === 'Insert' || (e.key === 'Enter' && mod))) return { kind: 'insertTask' };
  if (mod && e.key === 'Delete') return { kind: 'delete' };
  return null;
}
