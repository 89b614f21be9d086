import { z } from 'zod';
import { ActorIdSchema, type ActorId } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import type { Actor, Item } from '../../model/records.ts';
import { randomToken } from '../../util/random.ts';
import { defineItemType } from '../itemType.ts';

/**
 * The HUKI matrix (RACI): rows are tasks grouped by phase, columns are actors from the registry,
 * each cell at most one letter. The whole matrix is one item of type `hukiMatrix`, so it is drawn,
 * selected, moved, copied and exported like any other thing on a board, and one edit writes one
 * row of the file. Board-wide settings (letter system, overload threshold) live in the board's
 * props (see `HukiBoardPropsSchema`).
 *
 * Actors are referenced only through `actorIds` (the column order) and each cell's `actorId`, the
 * names the registry's rename, merge and delete-in-use code looks for. Names are never copied: a
 * column always shows the actor's current name.
 */

export const hukiMatrixType = 'hukiMatrix';

/** The four letters as stored. RACI is only another way of showing them (see letters.ts). */
export const hukiLetters = ['H', 'U', 'K', 'I'] as const;
export const HukiLetterSchema = z.enum(hukiLetters);
export type HukiLetter = z.infer<typeof HukiLetterSchema>;

export function isHukiLetter(value: unknown): value is HukiLetter {
  return typeof value === 'string' && (hukiLetters as readonly string[]).includes(value);
}

/** Ids of tasks ("oppgave") and phases ("fase"): readable in the file, unique within the matrix. */
const taskIdPattern = /^o_[0-9A-Za-z_-]{1,64}$/;
const phaseIdPattern = /^f_[0-9A-Za-z_-]{1,64}$/;
export const HukiTaskIdSchema = z.string().regex(taskIdPattern);
export const HukiPhaseIdSchema = z.string().regex(phaseIdPattern);
export const newTaskId = (): string => `o_${randomToken()}`;
export const newPhaseId = (): string => `f_${randomToken()}`;

const name = z.string().max(limits.name);

/** One letter for one actor on one task. A task holds at most one cell per actor. */
export const HukiCellSchema = z.object({ actorId: ActorIdSchema, letter: HukiLetterSchema });
export type HukiCell = z.infer<typeof HukiCellSchema>;

export const HukiTaskSchema = z.object({
  id: HukiTaskIdSchema,
  name: name.default(''),
  cells: z.array(HukiCellSchema).default([]),
});
export type HukiTask = z.infer<typeof HukiTaskSchema>;

export const HukiPhaseSchema = z.object({
  id: HukiPhaseIdSchema,
  name: name.default(''),
  tasks: z.array(HukiTaskSchema).default([]),
});
export type HukiPhase = z.infer<typeof HukiPhaseSchema>;

/** The props of a `hukiMatrix` item. Defaults fill anything missing, so older items still load. */
export const HukiMatrixPropsSchema = z.object({
  /** The columns, left to right. */
  actorIds: z.array(ActorIdSchema).default([]),
  /** The rows: phases in order, each with its tasks in order. */
  phases: z.array(HukiPhaseSchema).default([]),
});
export type HukiMatrixProps = z.infer<typeof HukiMatrixPropsSchema>;

/** The matrix as an item type of the HUKI board (declared in index.ts): its schema checks every write. */
export const hukiMatrixItemType = defineItemType(hukiMatrixType, HukiMatrixPropsSchema);

/** How the letters are shown: the Norwegian HUKI or the English RACI (H↔A, U↔R, K↔C, I↔I). */
/** The HUKI board kind's name, as stored in a board's `kind`. */
export const hukiKindName = 'huki';

export const letterSystems = ['huki', 'raci'] as const;
export type LetterSystem = (typeof letterSystems)[number];

export const minOverloadThreshold = 1;
export const maxOverloadThreshold = 99;
export const defaultOverloadThreshold = 5;

/** The board's settings. Defaults keep boards from older versions loading. */
export const HukiBoardPropsSchema = z.object({
  letters: z.enum(letterSystems).default('huki'),
  /** An actor with more U (Responsible) than this is flagged as overloaded. */
  overloadThreshold: z.number().int().min(minOverloadThreshold).max(maxOverloadThreshold).default(defaultOverloadThreshold),
});
export type HukiBoardProps = z.infer<typeof HukiBoardPropsSchema>;

/** A change of some settings: only what it names changes (no defaults filled in). */
export const HukiBoardSettingsPatchSchema = z.object({
  letters: z.enum(letterSystems).optional(),
  overloadThreshold: z.number().int().min(minOverloadThreshold).max(maxOverloadThreshold).optional(),
});

/** The board settings from any stored props: invalid or missing values take their defaults. */
export function readBoardSettings(props: unknown): HukiBoardProps {
  const source = (props && typeof props === 'object' ? props : {}) as Record<string, unknown>;
  const letters = z.enum(letterSystems).safeParse(source['letters']);
  const threshold = HukiBoardPropsSchema.shape.overloadThreshold.safeParse(source['overloadThreshold']);
  return {
    letters: letters.success ? letters.data : 'huki',
    overloadThreshold: threshold.success ? threshold.data : defaultOverloadThreshold,
  };
}

/**
 * The matrix as the views use it: props parsed with their defaults, then tidied so that what the
 * registry's merge may leave behind reads sensibly: a column listed twice appears once, and a task
 * with two cells for one actor keeps the first. Unreadable props read as an empty matrix.
 */
export function readMatrix(props: unknown): HukiMatrixProps {
  const parsed = HukiMatrixPropsSchema.safeParse(props ?? {});
  if (!parsed.success) return { actorIds: [], phases: [] };
  const { actorIds, phases } = parsed.data;
  return {
    actorIds: [...new Set(actorIds)],
    phases: phases.map((phase) => ({
      ...phase,
      tasks: phase.tasks.map((task) => {
        const seen = new Set<string>();
        return { ...task, cells: task.cells.filter((c) => !seen.has(c.actorId) && (seen.add(c.actorId), true)) };
      }),
    })),
  };
}

/** The columns to show: listed actors that still exist in the registry, in the matrix's order. */
export function visibleActorIds(matrix: Pick<HukiMatrixProps, 'actorIds'>, actors: Readonly<Record<string, Actor>>): ActorId[] {
  return [...new Set(matrix.actorIds)].filter((id) => actors[id] !== undefined);
}

export function letterOf(task: Pick<HukiTask, 'cells'>, actorId: string): HukiLetter | null {
  return task.cells.find((c) => c.actorId === actorId)?.letter ?? null;
}

/** Every task, in display order, with its phase. */
export function tasksInOrder(matrix: Pick<HukiMatrixProps, 'phases'>): { phase: HukiPhase; task: HukiTask; index: number }[] {
  return matrix.phases.flatMap((phase) => phase.tasks.map((task, index) => ({ phase, task, index })));
}

export function findTask(matrix: Pick<HukiMatrixProps, 'phases'>, taskId: string): { phase: HukiPhase; task: HukiTask; index: number } | undefined {
  return tasksInOrder(matrix).find((t) => t.task.id === taskId);
}

export function isHukiMatrixItem(item: Pick<Item, 'type'> | undefined): boolean {
  return item?.type === hukiMatrixType;
}

/** The board's matrix item: the back-most one if there are several (there is normally one). */
export function matrixItemOf(items: Readonly<Record<string, Item>>, boardId: string): Item | undefined {
  let found: Item | undefined;
  for (const item of Object.values(items)) {
    if (item.boardId !== boardId || item.type !== hukiMatrixType) continue;
    if (!found || item.z < found.z || (item.z === found.z && item.id < found.id)) found = item;
  }
  return found;
}
