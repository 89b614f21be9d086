import type { BoardKind, KindMessages } from './boardKind.ts';
import { addKindMessages } from '../i18n/kindMessages.ts';
import { whiteboardKind } from './whiteboard/index.ts';
import { acuteLoopKind } from './acuteLoop/index.ts';
import { actorMapKind } from './actorMap/index.ts';
import { puzzleKind } from './puzzle/index.ts';
import { hukiKind } from './huki/index.ts';

/**
 * The board kinds this version knows, in the order the "new board" menu offers them. Adding a
 * kind means adding its module to this list and nothing else in the core: its messages, tables,
 * report section, example board and actor hooks come with it (BoardKind). A file may hold boards
 * of kinds a newer version added; those are kept untouched and shown as unknown.
 */
const builtIn = [whiteboardKind, actorMapKind, acuteLoopKind, puzzleKind, hukiKind] as const;

const modules: BoardKind[] = [...builtIn];
const byKind = new Map(modules.map((m) => [m.kind, m]));

/** The built-in kinds' areas, one type: every key of every kind (so MessageKey knows them). */
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type BuiltInMessages = Intersect<NonNullable<(typeof builtIn)[number]['messages']>>;

const gather = (language: keyof KindMessages): Record<string, string> => Object.assign({}, ...builtIn.map((k: BoardKind) => k.messages?.[language] ?? {}));

/**
 * The built-in kinds' areas, gathered for the dictionaries (nb.ts, en.ts). Typed as the union of
 * the kinds' own areas; the merge itself is plain Object.assign, hence the one assertion.
 */
export const kindMessages = { nb: gather('nb'), en: gather('en') } as BuiltInMessages;

export function boardKinds(): readonly BoardKind[] {
  return modules;
}

/** The kind of a new workshop's first board: the first in the list (Fritt lerret). */
export function defaultBoardKind(): BoardKind {
  return modules[0]!;
}

export function getBoardKind(kind: string): BoardKind | undefined {
  return byKind.get(kind);
}

export function isKnownKind(kind: string): boolean {
  return byKind.has(kind);
}

/**
 * Adds a board kind after start (a plug-in; the tests' fixture kind), with its messages. The
 * built-in list above is the app's; this is the same registration for a kind from elsewhere.
 */
export function registerBoardKind<P extends Record<string, unknown>>(kind: BoardKind<P>): void {
  if (byKind.has(kind.kind)) throw new Error(`board kind ${kind.kind} is already registered`);
  if (kind.messages) addKindMessages(kind.messages);
  modules.push(kind);
  byKind.set(kind.kind, kind);
}
