import type { ActorId } from '../../model/ids.ts';
import { foldName } from '../../actors/findActor.ts';
import type { HukiMatrixProps, HukiPhase, HukiTask } from './model.ts';

/** What an import adds to the matrix on the board: the two choices the import asks for (issue 16). */
export type ImportMode = 'replace' | 'merge';

/** What a merge did, for the message after it. */
export interface MergeCounts {
  /** Tasks found on the board by phase and name, whose letters the file set. */
  updated: number;
  /** Tasks the board did not have. */
  added: number;
}

/**
 * Adds an imported matrix to the one on the board instead of replacing it: a task is the same
 * task when its phase and its name match (case, spaces and Unicode form aside), and then the
 * file's letters overwrite the board's for the file's columns (an empty field in the file leaves
 * the board's letter alone). Tasks and phases the board lacks are appended in the file's order,
 * and columns the board lacks are added at the right. The board's own ids are kept, so the cells
 * stay where the room put them; the file's ids are used for what is new.
 */
export function mergeMatrix(board: HukiMatrixProps, file: HukiMatrixProps): { matrix: HukiMatrixProps; counts: MergeCounts } {
  const actorIds: ActorId[] = [...board.actorIds];
  for (const id of file.actorIds) if (!actorIds.includes(id)) actorIds.push(id);
  const phases: HukiPhase[] = board.phases.map((p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, cells: [...t.cells] })) }));
  const counts: MergeCounts = { updated: 0, added: 0 };
  for (const filePhase of file.phases) {
    let phase = phases.find((p) => foldName(p.name) === foldName(filePhase.name));
    if (!phase) {
      phase = { id: filePhase.id, name: filePhase.name, tasks: [] };
      phases.push(phase);
    }
    for (const fileTask of filePhase.tasks) {
      const task = phase.tasks.find((t) => foldName(t.name) === foldName(fileTask.name));
      if (!task) {
        phase.tasks.push({ ...fileTask, cells: [...fileTask.cells] });
        counts.added++;
        continue;
      }
      setLetters(task, fileTask);
      counts.updated++;
    }
  }
  return { matrix: { actorIds, phases }, counts };
}

function setLetters(task: HukiTask, from: HukiTask): void {
  for (const cell of from.cells) {
    const at = task.cells.findIndex((c) => c.actorId === cell.actorId);
    if (at >= 0) task.cells[at] = { ...cell };
    else task.cells.push({ ...cell });
  }
}
