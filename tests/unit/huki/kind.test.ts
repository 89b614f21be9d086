import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { hukiExampleColumns } from '../../../shared/kinds/huki/example.ts';
import { checkMatrix } from '../../../shared/kinds/huki/checks.ts';
import { hukiKind } from '../../../shared/kinds/huki/index.ts';
import { hitMatrix, hukiGeometry, layoutMatrix, stickyOffsets, targetRect } from '../../../shared/kinds/huki/layout.ts';
import { displayLetter, displayLetters, letterFromKey, nextLetter } from '../../../shared/kinds/huki/letters.ts';
import { HukiMatrixPropsSchema, hukiMatrixType, matrixItemOf, readBoardSettings, readMatrix, visibleActorIds } from '../../../shared/kinds/huki/model.ts';
import { letterColours, matrixColours } from '../../../shared/kinds/huki/palette.ts';
import { samhandlingsprosjekt, templateActorNames } from '../../../shared/kinds/huki/template.ts';
import { getBoardKind } from '../../../shared/kinds/registry.ts';
import { contrastRatio, perceivedLightness, printLuma } from '../../../shared/items/contrast.ts';
import { emptyDoc } from '../../../shared/model/document.ts';
import { newBoardId, type ActorId } from '../../../shared/model/ids.ts';
import { ItemSchema } from '../../../shared/model/records.ts';
import { addBoard } from '../../../shared/ops/boardOps.ts';
import { perform } from '../../../shared/ops/operation.ts';
import { actorNamed } from './fixtures.ts';

describe('the board kind', () => {
  it('is registered, with defaults that older boards fall back to', () => {
    expect(getBoardKind('huki')).toBe(hukiKind);
    expect(hukiKind.defaultProps()).toEqual({ letters: 'huki', overloadThreshold: 5 });
    expect(readBoardSettings({})).toEqual({ letters: 'huki', overloadThreshold: 5 });
    expect(readBoardSettings({ letters: 'raci', overloadThreshold: 0 })).toEqual({ letters: 'raci', overloadThreshold: 5 });
    expect(readMatrix(undefined)).toEqual({ actorIds: [], phases: [] });
    expect(readMatrix({ phases: 'nonsense' })).toEqual({ actorIds: [], phases: [] });
  });
});

describe('the template «Samhandlingsprosjekt»', () => {
  const withTemplate = (doc = emptyDoc()) => {
    const id = newBoardId();
    const next = perform(doc, addBoard, { id, kind: 'huki', name: 'HUKI-matrise 1', withTemplate: true }).doc;
    return { doc: next, id };
  };

  it('has the six activities as phases and the seeds’ tasks', () => {
    expect(samhandlingsprosjekt.map((p) => p.phase)).toEqual([
      'Etabler samarbeid', 'Etabler felles målsetning', 'Involver relevante aktører',
      'Definer samarbeidsmodell', 'Del informasjon jevnlig', 'Evaluer og realiser gevinster',
    ]);
    const tasks = samhandlingsprosjekt.flatMap((p) => p.tasks);
    for (const task of [
      'Kartlegge eksisterende tjenester og tilbud', 'Lage puslespillet SAMMEN', 'Enes om felles samhandlingsmodell',
      'Utarbeide samhandlingsforløp', 'Månedlige dialogmøter mellom første- og andrelinjetjenesten', 'Gevinstrealiseringsplan',
    ]) expect(tasks).toContain(task);
  });

  it('puts one valid matrix item on the new board and the usual actors in the registry, in one step', () => {
    const { doc, id } = withTemplate();
    const item = matrixItemOf(doc.items, id)!;
    expect(ItemSchema.safeParse(item).error).toBeUndefined();
    expect(item.type).toBe(hukiMatrixType);
    expect(HukiMatrixPropsSchema.safeParse(item.props).error).toBeUndefined();
    const matrix = readMatrix(item.props);
    expect(matrix.actorIds.map((a) => doc.actors[a]!.name)).toEqual(templateActorNames);
    expect(matrix.phases.flatMap((p) => p.tasks).every((t) => t.cells.length === 0)).toBe(true);
    const layout = layoutMatrix(matrix, matrix.actorIds);
    expect([item.w, item.h]).toEqual([layout.width, layout.height]);
    expect(Object.keys(doc.actors)).toHaveLength(templateActorNames.length);
  });

  it('reuses actors already in the registry (by name or short name) instead of adding them twice', () => {
    const doc = emptyDoc();
    const nav = actorNamed('NAV', 1);
    const user = actorNamed('Brukeren', 2, 'user', 'Bruker');
    doc.actors[nav.id] = nav;
    doc.actors[user.id] = user;
    const { doc: next, id } = withTemplate(doc);
    const columns = readMatrix(matrixItemOf(next.items, id)!.props).actorIds;
    expect(columns).toContain(nav.id);
    expect(columns).toContain(user.id);
    expect(Object.values(next.actors).filter((a) => a.name === 'NAV')).toHaveLength(1);
    expect(Object.keys(next.actors)).toHaveLength(templateActorNames.length);
  });
});

describe('the example workshop', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'huki')!;

  it('has a filled matrix «Roller og ansvar» with the region’s actors as columns', () => {
    expect(board.name).toBe('Roller og ansvar');
    expect(hukiKind.propsSchema.safeParse(board.props).error).toBeUndefined();
    const item = matrixItemOf(doc.items, board.id)!;
    expect(ItemSchema.safeParse(item).error).toBeUndefined();
    const matrix = readMatrix(item.props);
    expect(matrix.actorIds.map((id) => doc.actors[id]!.name)).toEqual([...hukiExampleColumns]);
    expect(matrix.phases.map((p) => p.name)).toEqual(['Forberede', 'Planlegge', 'Utføre', 'Evaluere', 'Følge opp']);
    expect(matrix.phases.flatMap((p) => p.tasks).every((t) => t.cells.length > 0)).toBe(true);
  });

  it('shows what the checks catch: the GPs’ task has no H, and Stjørdal is overloaded', () => {
    const item = matrixItemOf(doc.items, board.id)!;
    const matrix = readMatrix(item.props);
    const findings = checkMatrix(matrix, visibleActorIds(matrix, doc.actors), readBoardSettings(board.props).overloadThreshold);
    const named = findings.map((f) =>
      'taskId' in f
        ? [f.kind, matrix.phases.flatMap((p) => p.tasks).find((t) => t.id === f.taskId)!.name]
        : [f.kind, doc.actors[f.actorId as ActorId]!.name],
    );
    expect(named).toEqual([
      ['noH', 'Involvere fastlegene via praksiskonsulentordningen (PKO)'],
      ['overload', 'Psykisk helse og rus, Stjørdal'],
    ]);
  });
});

describe('letters', () => {
  it('shows HUKI as RACI (H↔A, U↔R, K↔C, I↔I) and reads keys of either system', () => {
    expect(displayLetters('huki')).toEqual(['H', 'U', 'K', 'I']);
    expect(displayLetters('raci')).toEqual(['A', 'R', 'C', 'I']);
    expect(displayLetter('U', 'raci')).toBe('R');
    expect(['h', 'A', 'u', 'r', 'K', 'c', 'i', 'x', '', 'HU'].map(letterFromKey)).toEqual(['H', 'H', 'U', 'U', 'K', 'K', 'I', null, null, null]);
  });

  it('cycles empty → H → U → K → I → empty', () => {
    const seen = [];
    let l = nextLetter(null);
    while (l) {
      seen.push(l);
      l = nextLetter(l);
    }
    expect(seen).toEqual(['H', 'U', 'K', 'I']);
  });
});

describe('palette', () => {
  it('draws each letter at 7:1 or better on its fill', () => {
    for (const [letter, c] of Object.entries(letterColours)) expect(contrastRatio(c.fill, c.ink), letter).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(matrixColours.warning, matrixColours.warningInk)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(matrixColours.phaseFill, matrixColours.ink)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(matrixColours.paper, matrixColours.ink)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(matrixColours.cornerFill, matrixColours.cornerInk)).toBeGreaterThanOrEqual(7);
  });

  it('keeps the four letters and an empty cell apart in greyscale print (L* and print luma)', () => {
    const fills = [letterColours.H.fill, letterColours.U.fill, letterColours.K.fill, letterColours.I.fill, matrixColours.paper];
    for (const measure of [perceivedLightness, printLuma]) {
      const values = fills.map(measure);
      for (let i = 1; i < values.length - 1; i++) expect(values[i]! - values[i - 1]!, `${measure.name} step ${i}`).toBeGreaterThanOrEqual(15);
      // An I and an empty cell also differ by the letter drawn in one of them.
      expect(values.at(-1)! - values.at(-2)!).toBeGreaterThan(5);
    }
  });
});

describe('layout', () => {
  const ids = ['a_1', 'a_2', 'a_3'] as ActorId[];
  const matrix = {
    phases: [
      { id: 'f_1', name: 'Forberede', tasks: [{ id: 'o_1', name: 'A', cells: [] }, { id: 'o_2', name: 'B', cells: [] }] },
      { id: 'f_2', name: 'Utføre', tasks: [{ id: 'o_3', name: 'C', cells: [] }] },
    ],
  };
  const g = hukiGeometry;
  const layout = layoutMatrix(matrix, ids);

  it('stacks phase and task rows under the header, and columns after the task column', () => {
    expect(layout.width).toBe(g.taskWidth + 3 * g.columnWidth);
    expect(layout.rows.map((r) => [r.kind, r.y])).toEqual([
      ['phase', g.headerHeight],
      ['task', g.headerHeight + g.phaseHeight],
      ['task', g.headerHeight + g.phaseHeight + g.taskHeight],
      ['phase', g.headerHeight + g.phaseHeight + 2 * g.taskHeight],
      ['task', g.headerHeight + 2 * g.phaseHeight + 2 * g.taskHeight],
    ]);
    expect(layout.height).toBe(g.headerHeight + 2 * g.phaseHeight + 3 * g.taskHeight);
    expect(layoutMatrix({ phases: [] }, []).height).toBe(g.headerHeight);
  });

  it('finds what a point is on', () => {
    const row = layout.rows[2]!;
    const col = layout.columns[1]!;
    expect(hitMatrix(layout, { x: col.x + 5, y: row.y + 5 })).toEqual({ kind: 'cell', taskId: 'o_2', actorId: 'a_2' });
    expect(hitMatrix(layout, { x: 5, y: row.y + 5 })).toEqual({ kind: 'task', taskId: 'o_2' });
    expect(hitMatrix(layout, { x: col.x + 5, y: 5 })).toEqual({ kind: 'column', actorId: 'a_2' });
    expect(hitMatrix(layout, { x: col.x, y: layout.rows[0]!.y + 1 })).toEqual({ kind: 'phase', phaseId: 'f_1' });
    expect(hitMatrix(layout, { x: 5, y: 5 })).toEqual({ kind: 'corner' });
    expect(hitMatrix(layout, { x: 5, y: layout.height + 1 })).toBeNull();
    expect(hitMatrix(layout, { x: -1, y: 5 })).toBeNull();
  });

  it('keeps the headers in view when the matrix scrolls off the top and left, but not past the last row and column', () => {
    expect(stickyOffsets(layout, { x: -100, y: -100, w: 500, h: 500 })).toEqual({ x: 0, y: 0 });
    expect(stickyOffsets(layout, { x: 100, y: 200, w: 500, h: 500 })).toEqual({ x: 100, y: 200 });
    const lastRow = layout.rows.at(-1)!;
    const lastCol = layout.columns.at(-1)!;
    expect(stickyOffsets(layout, { x: 5000, y: 5000, w: 500, h: 500 })).toEqual({ x: lastCol.x - g.taskWidth, y: lastRow.y - g.headerHeight });
    // A click on the header where it is drawn now finds the column.
    const offset = { x: 0, y: 200 };
    expect(hitMatrix(layout, { x: layout.columns[0]!.x + 5, y: 205 }, offset)).toEqual({ kind: 'column', actorId: 'a_1' });
  });

  it('gives the box of a row or a column to bring into view', () => {
    expect(targetRect(layout, { taskId: 'o_3' })).toEqual({ x: 0, y: layout.rows[4]!.y, w: layout.width, h: g.taskHeight });
    expect(targetRect(layout, { actorId: 'a_3' })).toEqual({ x: layout.columns[2]!.x, y: 0, w: g.columnWidth, h: layout.height });
    expect(targetRect(layout, { taskId: 'o_9' })).toBeNull();
  });
});
