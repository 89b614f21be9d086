import { describe, expect, it } from 'vitest';
import { isCell, moveFocus, navRows, nearestCell, taskStep } from '../../../renderer/src/kinds/huki/gridNav.ts';

/** Keyboard movement in the HUKI grid: a spreadsheet whose phase rows are one merged cell. */

const matrix = {
  phases: [
    { id: 'f_a', name: 'Forberede', tasks: [{ id: 'o_1', name: '1', cells: [] }, { id: 'o_2', name: '2', cells: [] }] },
    { id: 'f_b', name: 'Utføre', tasks: [] },
    { id: 'f_c', name: 'Følge opp', tasks: [{ id: 'o_3', name: '3', cells: [] }] },
  ],
};
const rows = navRows(matrix);
const columns = 3;
// Rows: 0 header, 1 phase A, 2 task 1, 3 task 2, 4 phase B, 5 phase C, 6 task 3.

describe('the grid’s positions', () => {
  it('has actor heads in the header, one merged cell per phase, name and letters per task', () => {
    expect(rows.map((r) => r.kind)).toEqual(['header', 'phase', 'task', 'task', 'phase', 'phase', 'task']);
    expect(isCell(rows, columns, { row: 0, col: 0 })).toBe(false);
    expect(isCell(rows, columns, { row: 0, col: 3 })).toBe(true);
    expect(isCell(rows, columns, { row: 1, col: 0 })).toBe(true);
    expect(isCell(rows, columns, { row: 1, col: 1 })).toBe(false);
    expect(isCell(rows, columns, { row: 2, col: 3 })).toBe(true);
    expect(isCell(rows, columns, { row: 2, col: 4 })).toBe(false);
  });
});

describe('moveFocus', () => {
  it('moves down through letters, skipping phase rows, and stops at the bottom', () => {
    expect(moveFocus(rows, columns, { row: 3, col: 2 }, 'down')).toEqual({ row: 6, col: 2 });
    expect(moveFocus(rows, columns, { row: 6, col: 2 }, 'down')).toBeNull();
    expect(moveFocus(rows, columns, { row: 2, col: 2 }, 'up')).toEqual({ row: 0, col: 2 });
  });

  it('moves through names and phase names in the first column', () => {
    expect(moveFocus(rows, columns, { row: 3, col: 0 }, 'down')).toEqual({ row: 4, col: 0 });
    expect(moveFocus(rows, columns, { row: 1, col: 0 }, 'up')).toBeNull();
  });

  it('moves left and right within a row, and home/end to its first and last cell', () => {
    expect(moveFocus(rows, columns, { row: 2, col: 0 }, 'right')).toEqual({ row: 2, col: 1 });
    expect(moveFocus(rows, columns, { row: 2, col: 3 }, 'right')).toBeNull();
    expect(moveFocus(rows, columns, { row: 0, col: 1 }, 'left')).toBeNull();
    expect(moveFocus(rows, columns, { row: 2, col: 2 }, 'home')).toEqual({ row: 2, col: 0 });
    expect(moveFocus(rows, columns, { row: 2, col: 0 }, 'end')).toEqual({ row: 2, col: 3 });
    expect(moveFocus(rows, columns, { row: 4, col: 0 }, 'right')).toBeNull();
  });

  it('tabs in reading order and lets Tab leave at either end', () => {
    expect(moveFocus(rows, columns, { row: 2, col: 3 }, 'next')).toEqual({ row: 3, col: 0 });
    expect(moveFocus(rows, columns, { row: 3, col: 3 }, 'next')).toEqual({ row: 4, col: 0 });
    expect(moveFocus(rows, columns, { row: 4, col: 0 }, 'next')).toEqual({ row: 5, col: 0 });
    expect(moveFocus(rows, columns, { row: 6, col: 3 }, 'next')).toBeNull();
    expect(moveFocus(rows, columns, { row: 0, col: 1 }, 'prev')).toBeNull();
    expect(moveFocus(rows, columns, { row: 0, col: 1 }, 'first')).toEqual({ row: 0, col: 1 });
    expect(moveFocus(rows, columns, { row: 0, col: 1 }, 'last')).toEqual({ row: 6, col: 3 });
  });
});

describe('after a change', () => {
  it('finds the nearest remaining cell', () => {
    expect(nearestCell(rows, columns, { row: 6, col: 5 })).toEqual({ row: 6, col: 3 });
    expect(nearestCell(rows, columns, { row: 4, col: 2 })).toEqual({ row: 3, col: 2 });
    expect(nearestCell(rows, columns, { row: 40, col: 1 })).toEqual({ row: 6, col: 1 });
    expect(nearestCell(navRows({ phases: [] }), 0, { row: 3, col: 3 })).toBeNull();
  });
});

describe('taskStep (Alt+Up/Down)', () => {
  it('moves within the phase, then across into the neighbouring phase', () => {
    expect(taskStep(matrix, 'o_2', -1)).toEqual({ phaseId: 'f_a', index: 0 });
    expect(taskStep(matrix, 'o_2', 1)).toEqual({ phaseId: 'f_b', index: 0 });
    expect(taskStep(matrix, 'o_3', -1)).toEqual({ phaseId: 'f_b', index: 0 });
    expect(taskStep(matrix, 'o_1', -1)).toBeNull();
    expect(taskStep(matrix, 'o_3', 1)).toBeNull();
  });
});
