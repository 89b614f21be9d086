import type { Draft } from 'immer';
import { z } from 'zod';
import type { WorkshopDoc } from '../../model/document.ts';
import { ActorIdSchema, BoardIdSchema, ItemIdSchema, type ActorId, type ItemId } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import { ActorSchema, type Actor, type Item } from '../../model/records.ts';
import { defineOperation, OperationError } from '../../ops/operation.ts';
import { findActorByName } from '../../actors/findActor.ts';
import { layoutMatrix, matrixSize, scaleOf } from './layout.ts';
import {
  HukiBoardSettingsPatchSchema,
  HukiLetterSchema,
  HukiMatrixPropsSchema,
  HukiPhaseIdSchema,
  HukiPhaseSchema,
  HukiTaskIdSchema,
  hukiMatrixItemType,
  hukiMatrixType,
  readMatrix,
  visibleActorIds,
  type HukiMatrixProps,
  type HukiPhase,
  type HukiTask,
} from './model.ts';

/**
 * The edits of a HUKI matrix. Each is one operation (one undo step, one row written: the matrix
 * item), validated here, so the grid, the canvas, keyboard and CSV import all edit the same way.
 * After every edit the item's box follows its content at the scale the user left it at, so
 * selection, culling and export see the matrix as drawn.
 */

const kindName = 'huki';
const itemId = ItemIdSchema;
const label = z.string().max(limits.name);
const index = z.number().int().min(0);

type MatrixDraft = Draft<HukiMatrixProps>;
type MatrixItemDraft = Draft<Item> & { props: HukiMatrixProps };

function matrixItem(draft: Draft<WorkshopDoc>, id: ItemId): MatrixItemDraft {
  const item = draft.items[id];
  if (!hukiMatrixItemType.is(item)) throw new OperationError('error.invalidEdit', `no HUKI matrix ${id}`);
  return item;
}

/**
 * Runs `edit` on the matrix's props and then fits the item's box to the result. Props that don't
 * read back exactly (an older item, missing defaults, a column listed twice after a merge in the
 * registry) are first replaced by their tidy reading, so edits always work on clean data.
 */
function editMatrix(draft: Draft<WorkshopDoc>, id: ItemId, edit: (matrix: MatrixDraft, doc: Draft<WorkshopDoc>) => void): void {
  const item = matrixItem(draft, id);
  const tidy = readMatrix(item.props);
  if (JSON.stringify(tidy) !== JSON.stringify(item.props)) item.props = tidy;
  const matrix: MatrixDraft = item.props;
  const actors = draft.actors;
  const scale = scaleOf(item.w, layoutMatrix(matrix, visibleActorIds(matrix, actors)));
  edit(matrix, draft);
  fitItem(item, scale, actors);
}

function fitItem(item: MatrixItemDraft, scale: number, actors: Record<string, Actor>): void {
  const matrix = item.props;
  const { w, h } = matrixSize(layoutMatrix(matrix, visibleActorIds(matrix, actors)), scale);
  if (item.w !== w) item.w = w;
  if (item.h !== h) item.h = h;
}

function taskIn(matrix: MatrixDraft, taskId: string): { phase: Draft<HukiPhase>; task: Draft<HukiTask>; index: number } {
  for (const phase of matrix.phases) {
    const i = phase.tasks.findIndex((t) => t.id === taskId);
    if (i >= 0) return { phase, task: phase.tasks[i]!, index: i };
  }
  throw new OperationError('error.invalidEdit', `no task ${taskId}`);
}

function phaseIn(matrix: MatrixDraft, phaseId: string): { phase: Draft<HukiPhase>; index: number } {
  const i = matrix.phases.findIndex((p) => p.id === phaseId);
  if (i < 0) throw new OperationError('error.invalidEdit', `no phase ${phaseId}`);
  return { phase: matrix.phases[i]!, index: i };
}

function assertNewIds(matrix: MatrixDraft, ids: readonly string[]): void {
  const used = new Set<string>(matrix.phases.flatMap((p) => [p.id, ...p.tasks.map((t) => t.id)]));
  for (const id of ids) if (used.has(id)) throw new OperationError('error.invalidEdit', `id ${id} exists`);
}

/** Moves an element of a list to a position in the list without it (so "to index 2" reads as the user sees it). */
function moveWithin<T>(list: T[], from: number, to: number): void {
  const [moved] = list.splice(from, 1);
  list.splice(Math.min(to, list.length), 0, moved!);
}

/** Puts a new matrix on a board (when the board has none, e.g. after its matrix was deleted). */
export const createMatrix = defineOperation({
  id: 'huki.createMatrix',
  labelKey: 'huki.op.createMatrix',
  args: z.object({
    boardId: BoardIdSchema,
    itemId,
    at: z.object({ x: z.number().finite(), y: z.number().finite() }).default({ x: 0, y: 0 }),
    matrix: HukiMatrixPropsSchema,
  }),
  apply(draft, { boardId, itemId: id, at, matrix }) {
    if (!draft.boards[boardId]) throw new OperationError('error.invalidEdit', `board ${boardId} not found`);
    if (draft.items[id]) throw new OperationError('error.invalidEdit', `item ${id} exists`);
    draft.items[id] = newMatrixItem(draft as WorkshopDoc, boardId, id, readMatrix(matrix), at);
  },
});

/** A matrix item at scale 1, stacked in front of everything on its board. */
export function newMatrixItem(doc: Pick<WorkshopDoc, 'actors' | 'items'>, boardId: string, id: ItemId, matrix: HukiMatrixProps, at: { x: number; y: number } = { x: 0, y: 0 }): Item {
  let z = 0;
  for (const item of Object.values(doc.items)) if (item.boardId === boardId) z = Math.max(z, item.z);
  const { w, h } = matrixSize(layoutMatrix(matrix, visibleActorIds(matrix, doc.actors)), 1);
  return {
    id,
    boardId: boardId as Item['boardId'],
    type: hukiMatrixType,
    x: at.x,
    y: at.y,
    w,
    h,
    rotation: 0,
    z: z + 1,
    parentId: null,
    groupId: null,
    locked: false,
    props: matrix,
  };
}

/** Sets or clears one cell: the letter for one actor on one task. */
export const setCell = defineOperation({
  id: 'huki.setCell',
  labelKey: 'huki.op.setCell',
  args: z.object({ itemId, taskId: HukiTaskIdSchema, actorId: ActorIdSchema, letter: HukiLetterSchema.nullable() }),
  apply(draft, { itemId: id, taskId, actorId, letter }) {
    editMatrix(draft, id, (matrix) => {
      if (!matrix.actorIds.includes(actorId)) throw new OperationError('error.invalidEdit', `actor ${actorId} is not a column`);
      const { task } = taskIn(matrix, taskId);
      const at = task.cells.findIndex((c) => c.actorId === actorId);
      if (letter === null) {
        if (at >= 0) task.cells.splice(at, 1);
      } else if (at >= 0) {
        if (task.cells[at]!.letter !== letter) task.cells[at]!.letter = letter;
      } else {
        task.cells.push({ actorId, letter });
      }
    });
  },
});

export const addTask = defineOperation({
  id: 'huki.addTask',
  labelKey: 'huki.op.addTask',
  args: z.object({ itemId, phaseId: HukiPhaseIdSchema, taskId: HukiTaskIdSchema, name: label, index: index.optional() }),
  apply(draft, { itemId: id, phaseId, taskId, name, index: at }) {
    editMatrix(draft, id, (matrix) => {
      assertNewIds(matrix, [taskId]);
      const { phase } = phaseIn(matrix, phaseId);
      phase.tasks.splice(Math.min(at ?? phase.tasks.length, phase.tasks.length), 0, { id: taskId, name, cells: [] });
    });
  },
});

export const renameTask = defineOperation({
  id: 'huki.renameTask',
  labelKey: 'huki.op.renameTask',
  args: z.object({ itemId, taskId: HukiTaskIdSchema, name: label }),
  apply(draft, { itemId: id, taskId, name }) {
    editMatrix(draft, id, (matrix) => {
      const { task } = taskIn(matrix, taskId);
      if (task.name !== name) task.name = name;
    });
  },
});

export const deleteTask = defineOperation({
  id: 'huki.deleteTask',
  labelKey: 'huki.op.deleteTask',
  args: z.object({ itemId, taskId: HukiTaskIdSchema }),
  apply(draft, { itemId: id, taskId }) {
    editMatrix(draft, id, (matrix) => {
      const { phase, index: at } = taskIn(matrix, taskId);
      phase.tasks.splice(at, 1);
    });
  },
});

/** Moves a task to a position within a phase (its own or another): dragging a row, or Alt+arrow. */
export const moveTask = defineOperation({
  id: 'huki.moveTask',
  labelKey: 'huki.op.moveTask',
  args: z.object({ itemId, taskId: HukiTaskIdSchema, phaseId: HukiPhaseIdSchema, index }),
  apply(draft, { itemId: id, taskId, phaseId, index: to }) {
    editMatrix(draft, id, (matrix) => {
      const from = taskIn(matrix, taskId);
      const target = phaseIn(matrix, phaseId).phase;
      if (from.phase === target) {
        if (from.index !== Math.min(to, target.tasks.length - 1)) moveWithin(target.tasks, from.index, to);
        return;
      }
      const [task] = from.phase.tasks.splice(from.index, 1);
      target.tasks.splice(Math.min(to, target.tasks.length), 0, task!);
    });
  },
});

export const addPhase = defineOperation({
  id: 'huki.addPhase',
  labelKey: 'huki.op.addPhase',
  args: z.object({ itemId, phaseId: HukiPhaseIdSchema, name: label, index: index.optional(), firstTask: z.object({ id: HukiTaskIdSchema, name: label }).optional() }),
  apply(draft, { itemId: id, phaseId, name, index: at, firstTask }) {
    editMatrix(draft, id, (matrix) => {
      assertNewIds(matrix, firstTask ? [phaseId, firstTask.id] : [phaseId]);
      const tasks = firstTask ? [{ id: firstTask.id, name: firstTask.name, cells: [] }] : [];
      matrix.phases.splice(Math.min(at ?? matrix.phases.length, matrix.phases.length), 0, { id: phaseId, name, tasks });
    });
  },
});

export const renamePhase = defineOperation({
  id: 'huki.renamePhase',
  labelKey: 'huki.op.renamePhase',
  args: z.object({ itemId, phaseId: HukiPhaseIdSchema, name: label }),
  apply(draft, { itemId: id, phaseId, name }) {
    editMatrix(draft, id, (matrix) => {
      const { phase } = phaseIn(matrix, phaseId);
      if (phase.name !== name) phase.name = name;
    });
  },
});

/** Deletes a phase with its tasks. Undo brings them all back. */
export const deletePhase = defineOperation({
  id: 'huki.deletePhase',
  labelKey: 'huki.op.deletePhase',
  args: z.object({ itemId, phaseId: HukiPhaseIdSchema }),
  apply(draft, { itemId: id, phaseId }) {
    editMatrix(draft, id, (matrix) => {
      matrix.phases.splice(phaseIn(matrix, phaseId).index, 1);
    });
  },
});

export const movePhase = defineOperation({
  id: 'huki.movePhase',
  labelKey: 'huki.op.movePhase',
  args: z.object({ itemId, phaseId: HukiPhaseIdSchema, index }),
  apply(draft, { itemId: id, phaseId, index: to }) {
    editMatrix(draft, id, (matrix) => {
      const from = phaseIn(matrix, phaseId).index;
      if (from !== Math.min(to, matrix.phases.length - 1)) moveWithin(matrix.phases, from, to);
    });
  },
});

/** Adds an actor from the registry as a column (at the end unless `index` says otherwise). */
export const addColumn = defineOperation({
  id: 'huki.addColumn',
  labelKey: 'huki.op.addColumn',
  args: z.object({ itemId, actorId: ActorIdSchema, index: index.optional() }),
  apply(draft, { itemId: id, actorId, index: at }) {
    if (!draft.actors[actorId]) throw new OperationError('error.invalidEdit', `actor ${actorId} not found`);
    editMatrix(draft, id, (matrix) => {
      if (matrix.actorIds.includes(actorId)) return;
      matrix.actorIds.splice(Math.min(at ?? matrix.actorIds.length, matrix.actorIds.length), 0, actorId);
    });
  },
});

/**
 * Creates an actor in the registry and adds it as a column, in one step. An actor of the same
 * name already in the registry is used instead, so typing "NAV" twice makes one NAV.
 */
export const addNewActorColumn = defineOperation({
  id: 'huki.addNewActorColumn',
  labelKey: 'huki.op.addNewActorColumn',
  args: z.object({ itemId, actor: ActorSchema, index: index.optional() }),
  apply(draft, { itemId: id, actor, index: at }) {
    const trimmed = actor.name.trim();
    if (trimmed === '') throw new OperationError('error.invalidEdit', 'an actor needs a name');
    const existing = findActorByName(draft.actors, trimmed);
    const actorId = existing?.id ?? actor.id;
    if (!existing) {
      if (draft.actors[actor.id]) throw new OperationError('error.invalidEdit', `actor ${actor.id} exists`);
      draft.actors[actor.id] = { ...actor, name: trimmed };
    }
    editMatrix(draft, id, (matrix) => {
      if (matrix.actorIds.includes(actorId)) return;
      matrix.actorIds.splice(Math.min(at ?? matrix.actorIds.length, matrix.actorIds.length), 0, actorId);
    });
  },
});

/**
 * Takes an actor's column out of the matrix, with its letters (a letter nobody sees would still
 * count in the checks and keep the actor "in use"). The actor stays in the registry. Undo
 * restores the column and its letters.
 */
export const removeColumn = defineOperation({
  id: 'huki.removeColumn',
  labelKey: 'huki.op.removeColumn',
  args: z.object({ itemId, actorId: ActorIdSchema }),
  apply(draft, { itemId: id, actorId }) {
    editMatrix(draft, id, (matrix) => {
      const at = matrix.actorIds.indexOf(actorId);
      if (at < 0) throw new OperationError('error.invalidEdit', `actor ${actorId} is not a column`);
      matrix.actorIds.splice(at, 1);
      for (const phase of matrix.phases) {
        for (const task of phase.tasks) {
          if (task.cells.some((c) => c.actorId === actorId)) task.cells = task.cells.filter((c) => c.actorId !== actorId);
        }
      }
    });
  },
});

/**
 * Moves a column. `index` counts the visible columns (actors still in the registry), as the user
 * sees them; a column of a deleted actor keeps its relative place among the hidden ones.
 */
export const moveColumn = defineOperation({
  id: 'huki.moveColumn',
  labelKey: 'huki.op.moveColumn',
  args: z.object({ itemId, actorId: ActorIdSchema, index }),
  apply(draft, { itemId: id, actorId, index: to }) {
    editMatrix(draft, id, (matrix, doc) => {
      const visible = visibleActorIds(matrix, doc.actors);
      const from = visible.indexOf(actorId);
      if (from < 0) throw new OperationError('error.invalidEdit', `actor ${actorId} is not a column`);
      const target = Math.min(to, visible.length - 1);
      if (from === target) return;
      const order = [...visible];
      moveWithin(order, from, target);
      // Place the visible ones in their new order into the slots visible columns occupy.
      const slots = matrix.actorIds.map((a, i) => (visible.includes(a as ActorId) ? i : -1)).filter((i) => i >= 0);
      slots.forEach((slot, k) => {
        if (matrix.actorIds[slot] !== order[k]) matrix.actorIds[slot] = order[k]!;
      });
    });
  },
});

/**
 * Replaces the matrix's content in one step: the CSV import. `newActors` are added to the registry
 * first (the import found no actor of their name), then the columns and rows are set.
 */
export const replaceMatrix = defineOperation({
  id: 'huki.replaceMatrix',
  labelKey: 'huki.op.replaceMatrix',
  args: z.object({ itemId, matrix: HukiMatrixPropsSchema, newActors: z.array(ActorSchema).max(500).default([]) }),
  apply(draft, { itemId: id, matrix: next, newActors }) {
    for (const actor of newActors) {
      if (draft.actors[actor.id]) throw new OperationError('error.invalidEdit', `actor ${actor.id} exists`);
      draft.actors[actor.id] = actor;
    }
    const known = new Set(Object.keys(draft.actors));
    for (const actorId of next.actorIds) if (!known.has(actorId)) throw new OperationError('error.invalidEdit', `actor ${actorId} not found`);
    const ids = next.phases.flatMap((p) => [p.id, ...p.tasks.map((t) => t.id)]);
    if (new Set(ids).size !== ids.length) throw new OperationError('error.invalidEdit', 'duplicate row ids');
    editMatrix(draft, id, (matrix) => {
      matrix.actorIds = [...next.actorIds];
      matrix.phases = next.phases.map((p) => HukiPhaseSchema.parse(p));
    });
  },
});

/** The board's settings: HUKI or RACI letters, the overload threshold. */
export const setBoardSettings = defineOperation({
  id: 'huki.setBoardSettings',
  labelKey: 'huki.op.setBoardSettings',
  args: z.object({ boardId: BoardIdSchema, patch: HukiBoardSettingsPatchSchema }),
  apply(draft, { boardId, patch }) {
    const board = draft.boards[boardId];
    if (!board || board.kind !== kindName) throw new OperationError('error.invalidEdit', `no HUKI board ${boardId}`);
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && board.props[key] !== value) board.props[key] = value;
    }
  },
});

/** Every HUKI operation, for a command registry or a test that walks them all. */
export const hukiOperations = [
  createMatrix,
  setCell,
  addTask,
  renameTask,
  deleteTask,
  moveTask,
  addPhase,
  renamePhase,
  deletePhase,
  movePhase,
  addColumn,
  addNewActorColumn,
  removeColumn,
  moveColumn,
  replaceMatrix,
  setBoardSettings,
] as const;
