import { z } from 'zod';
import { current, isDraft, type Draft } from 'immer';
import type { WorkshopDoc } from '../../model/document.ts';
import { BoardIdSchema, type BoardId } from '../../model/ids.ts';
import { OperationError } from '../../ops/operation.ts';
import { acuteLoopKindName } from './kindName.ts';
import { AcuteLoopPropsSchema, type AcuteLoopProps } from './schema.ts';

/**
 * What every acute-loop operation starts from: the board's props, completed and checked, ready to
 * edit in place. Operations edit the draft (not a replaced copy), so props a newer version added
 * survive an edit by this one, and the undo step holds only what changed.
 */

export const boardIdArg = BoardIdSchema;
export const finite = z.number().finite();

/** Deep equality of JSON values, whatever the order of object keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The board's props, completed with defaults where an older file lacks them, ready to edit. */
export function loopProps(draft: Draft<WorkshopDoc>, id: BoardId): Draft<AcuteLoopProps> {
  const board = draft.boards[id];
  if (!board) throw new OperationError('error.invalidEdit', `board ${id} not found`);
  if (board.kind !== acuteLoopKindName) throw new OperationError('error.invalidEdit', `board ${id} is not an acute loop`);
  const stored = (isDraft(board.props) ? current(board.props) : board.props) as Record<string, unknown>;
  const parsed = AcuteLoopPropsSchema.safeParse(stored);
  if (!parsed.success) throw new OperationError('error.invalidEdit', `acute loop props: ${parsed.error.message}`);
  for (const [key, value] of Object.entries(parsed.data)) {
    if (!(key in stored) || !sameValue(stored[key], value)) board.props[key] = value;
  }
  return board.props as unknown as Draft<AcuteLoopProps>;
}

/** Re-checks the props after an edit; an edit that would leave them invalid is refused whole. */
export function checked(props: Draft<AcuteLoopProps>): void {
  const result = AcuteLoopPropsSchema.safeParse(plain(props));
  if (!result.success) throw new OperationError('error.invalidEdit', `acute loop props: ${result.error.message}`);
}

/** A plain copy of part of the draft (or the value itself if it was just assigned and is plain). */
export function plain<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

export function stationIndex(props: Draft<AcuteLoopProps>, stationId: string): number {
  const index = props.stations.findIndex((s) => s.id === stationId);
  if (index < 0) throw new OperationError('error.invalidEdit', `station ${stationId} not found`);
  return index;
}

