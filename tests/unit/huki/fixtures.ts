import { emptyDoc, type WorkshopDoc } from '../../../shared/model/document.ts';
import { newActorId, newBoardId, newItemId, type ActorId, type BoardId, type ItemId } from '../../../shared/model/ids.ts';
import type { Actor } from '../../../shared/model/records.ts';
import { readMatrix, type HukiLetter, type HukiMatrixProps } from '../../../shared/kinds/huki/model.ts';
import { newMatrixItem } from '../../../shared/kinds/huki/ops.ts';
import { perform, type Operation } from '../../../shared/ops/operation.ts';

/** Test facade for the HUKI kind: a workshop with actors and a matrix written as a small table. */

export function actorNamed(name: string, order: number, category: Actor['category'] = 'municipality', shortName = ''): Actor {
  return {
    id: newActorId(), name, shortName, category, organisation: '', interest: '', importance: '', influence: '',
    attitude: '', informationNeeds: '', strategy: '', notes: '', order,
  };
}

export interface MatrixFixture {
  doc: WorkshopDoc;
  boardId: BoardId;
  itemId: ItemId;
  /** Actor ids by name. */
  a: Record<string, ActorId>;
  /** Task ids by name, phase ids by name. */
  t: Record<string, string>;
  p: Record<string, string>;
}

/**
 * A workshop with one HUKI board whose matrix is `rows`: { phase: { task: 'HU-K' } } where each
 * character is the letter for the column at that position ('-' or ' ' for none).
 */
export function matrixWith(columns: string[], rows: Record<string, Record<string, string>>): MatrixFixture {
  const doc = emptyDoc({ title: 'HUKI-test' });
  const a: Record<string, ActorId> = {};
  columns.forEach((name, i) => {
    const actor = actorNamed(name, i + 1);
    doc.actors[actor.id] = actor;
    a[name] = actor.id;
  });
  const boardId = newBoardId();
  doc.boards[boardId] = { id: boardId, kind: 'huki', name: 'Roller og ansvar', order: 1, props: { letters: 'huki', overloadThreshold: 5 } };
  const t: Record<string, string> = {};
  const p: Record<string, string> = {};
  let n = 0;
  const matrix: HukiMatrixProps = {
    actorIds: columns.map((c) => a[c]!),
    phases: Object.entries(rows).map(([phase, tasks]) => {
      const phaseId = `f_phase${++n}`;
      p[phase] = phaseId;
      return {
        id: phaseId,
        name: phase,
        tasks: Object.entries(tasks).map(([task, letters]) => {
          const taskId = `o_task${++n}`;
          t[task] = taskId;
          return {
            id: taskId,
            name: task,
            cells: [...letters].flatMap((ch, i) => (ch === '-' || ch === ' ' ? [] : [{ actorId: a[columns[i]!]!, letter: ch as HukiLetter }])),
          };
        }),
      };
    }),
  };
  const itemId = newItemId();
  doc.items[itemId] = newMatrixItem(doc, boardId, itemId, matrix);
  return { doc, boardId, itemId, a, t, p };
}

/** Runs operations in order on a fixture's document (replacing it), like the store does. */
export function run<A>(f: { doc: WorkshopDoc }, op: Operation<A>, args: A): void {
  f.doc = perform(f.doc, op, args).doc;
}

export function matrixOf(f: MatrixFixture): HukiMatrixProps {
  return readMatrix(f.doc.items[f.itemId]!.props);
}

/** The matrix as the same little table `matrixWith` takes, for readable assertions. */
export function tableOf(f: MatrixFixture): Record<string, Record<string, string>> {
  const m = matrixOf(f);
  const out: Record<string, Record<string, string>> = {};
  for (const phase of m.phases) {
    out[phase.name] = {};
    for (const task of phase.tasks) {
      out[phase.name]![task.name] = m.actorIds.map((id) => task.cells.find((c) => c.actorId === id)?.letter ?? '-').join('');
    }
  }
  return out;
}

export function columnNames(f: MatrixFixture): string[] {
  return matrixOf(f).actorIds.map((id) => f.doc.actors[id]!.name);
}
