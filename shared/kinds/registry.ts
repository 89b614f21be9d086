import type { BoardKind } from './boardKind.ts';
import { whiteboardKind } from './whiteboard/index.ts';
import { acuteLoopKind } from './acuteLoop/index.ts';
import { actorMapKind } from './actorMap/index.ts';
import { puzzleKind } from './puzzle/index.ts';
import { hukiKind } from './huki/index.ts';

/**
 * The board kinds this version knows. Adding a kind means adding its module here and nothing
 * else in the core. A file may hold boards of kinds a newer version added; those are kept
 * untouched and shown as unknown.
 */
const modules: readonly BoardKind[] = [whiteboardKind as unknown as BoardKind, actorMapKind as unknown as BoardKind, acuteLoopKind as unknown as BoardKind, puzzleKind as unknown as BoardKind, hukiKind as unknown as BoardKind];

const byKind = new Map(modules.map((m) => [m.kind, m]));

export function boardKinds(): readonly BoardKind[] {
  return modules;
}

export function getBoardKind(kind: string): BoardKind | undefined {
  return byKind.get(kind);
}

export function isKnownKind(kind: string): boolean {
  return byKind.has(kind);
}
