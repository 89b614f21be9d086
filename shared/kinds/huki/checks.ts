import type { ActorId } from '../../model/ids.ts';
import { tasksInOrder, type HukiMatrixProps } from './model.ts';

/**
 * The rules people check on a HUKI matrix (domain.md), run after every edit so the room sees a
 * problem as it is made:
 * - every task has exactly one H: none means nobody answers for it, two mean nobody does;
 * - every task has at least one U: somebody must do the work;
 * - an actor with more U than the board's threshold is overloaded;
 * - an actor with no letters at all may not belong in the matrix.
 * Pure functions over the matrix, so the canvas, the summary panel, exports and tests agree.
 */

export type Finding =
  | { kind: 'noH'; taskId: string }
  | { kind: 'manyH'; taskId: string; count: number }
  | { kind: 'noU'; taskId: string }
  | { kind: 'overload'; actorId: ActorId; count: number; threshold: number }
  | { kind: 'noLetters'; actorId: ActorId };

export type FindingKind = Finding['kind'];
export const findingKinds = ['noH', 'manyH', 'noU', 'overload', 'noLetters'] as const satisfies readonly FindingKind[];

export type TaskFinding = Extract<Finding, { taskId: string }>;
export type ActorFinding = Extract<Finding, { actorId: ActorId }>;

export function isTaskFinding(f: Finding): f is TaskFinding {
  return 'taskId' in f;
}

export function isActorFinding(f: Finding): f is ActorFinding {
  return 'actorId' in f;
}

/**
 * Every finding, tasks first (in row order: no H, more than one H, no U for each task that has
 * any letter), then actors (in column order; "no letters" once the matrix has any). `columns` are the actors shown (see `visibleActorIds`); letters of
 * actors not shown are ignored, as the user cannot see them.
 */
export function checkMatrix(matrix: Pick<HukiMatrixProps, 'phases'>, columns: readonly ActorId[], overloadThreshold: number): Finding[] {
  const shown = new Set<string>(columns);
  const findings: Finding[] = [];
  const uCount = new Map<string, number>();
  const used = new Set<string>();
  for (const { task } of tasksInOrder(matrix)) {
    let h = 0;
    let u = 0;
    const seen = new Set<string>();
    for (const cell of task.cells) {
      if (!shown.has(cell.actorId) || seen.has(cell.actorId)) continue;
      seen.add(cell.actorId);
      used.add(cell.actorId);
      if (cell.letter === 'H') h++;
      if (cell.letter === 'U') {
        u++;
        uCount.set(cell.actorId, (uCount.get(cell.actorId) ?? 0) + 1);
      }
    }
    // A row the room has not talked about yet (no letters) is held back (issue 16): a new board
    // from a template would otherwise open with dozens of red findings before anyone has spoken.
    if (seen.size === 0) continue;
    if (h === 0) findings.push({ kind: 'noH', taskId: task.id });
    if (h > 1) findings.push({ kind: 'manyH', taskId: task.id, count: h });
    if (u === 0) findings.push({ kind: 'noU', taskId: task.id });
  }
  for (const actorId of columns) {
    const count = uCount.get(actorId) ?? 0;
    if (count > overloadThreshold) findings.push({ kind: 'overload', actorId, count, threshold: overloadThreshold });
    // "No letters at all" only means something once the matrix has letters.
    if (!used.has(actorId) && used.size > 0) findings.push({ kind: 'noLetters', actorId });
  }
  return findings;
}

/** The findings grouped by the row or column they mark, for drawing markers. */
export function findingsByTarget(findings: readonly Finding[]): { tasks: Map<string, TaskFinding[]>; actors: Map<string, ActorFinding[]> } {
  const tasks = new Map<string, TaskFinding[]>();
  const actors = new Map<string, ActorFinding[]>();
  for (const f of findings) {
    if (isTaskFinding(f)) tasks.set(f.taskId, [...(tasks.get(f.taskId) ?? []), f]);
    else actors.set(f.actorId, [...(actors.get(f.actorId) ?? []), f]);
  }
  return { tasks, actors };
}

/** How many U each shown actor has, for the column footers and the overload check's explanation. */
export function responsibleCounts(matrix: Pick<HukiMatrixProps, 'phases'>, columns: readonly ActorId[]): Map<ActorId, number> {
  const counts = new Map<ActorId, number>(columns.map((id) => [id, 0]));
  for (const { task } of tasksInOrder(matrix)) {
    const seen = new Set<string>();
    for (const cell of task.cells) {
      if (cell.letter !== 'U' || seen.has(cell.actorId) || !counts.has(cell.actorId as ActorId)) continue;
      seen.add(cell.actorId);
      counts.set(cell.actorId as ActorId, counts.get(cell.actorId as ActorId)! + 1);
    }
  }
  return counts;
}
