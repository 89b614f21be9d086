import { describe, expect, it } from 'vitest';
import { restack } from '../../../shared/items/stacking.ts';

const board = [
  { id: 'a', z: 1 },
  { id: 'b', z: 2 },
  { id: 'c', z: 3 },
  { id: 'd', z: 4 },
];

function orderAfter(changes: Map<string, number>, items = board): string[] {
  return items
    .map((s) => ({ id: s.id, z: changes.get(s.id) ?? s.z }))
    .sort((p, q) => p.z - q.z || (p.id < q.id ? -1 : 1))
    .map((s) => s.id);
}

describe('stacking order', () => {
  it('brings to front and sends to back, changing only the moved items', () => {
    const front = restack(board, new Set(['a', 'b']), 'front');
    expect(orderAfter(front)).toEqual(['c', 'd', 'a', 'b']);
    expect([...front.keys()].sort()).toEqual(['a', 'b']);
    expect(orderAfter(restack(board, new Set(['c']), 'back'))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('moves one step forward and backward, a selected block together', () => {
    expect(orderAfter(restack(board, new Set(['a']), 'forward'))).toEqual(['b', 'a', 'c', 'd']);
    expect(orderAfter(restack(board, new Set(['a', 'b']), 'forward'))).toEqual(['c', 'a', 'b', 'd']);
    expect(orderAfter(restack(board, new Set(['d']), 'backward'))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('changes nothing when the order would not change', () => {
    expect(restack(board, new Set(['d']), 'front').size).toBe(0);
    expect(restack(board, new Set(['a']), 'backward').size).toBe(0);
  });

  it('renumbers the board when equal z leaves no room between neighbours', () => {
    const tied = [
      { id: 'a', z: 0 },
      { id: 'b', z: 0 },
      { id: 'c', z: 0 },
    ];
    const changes = restack(tied, new Set(['a']), 'forward');
    expect(orderAfter(changes, tied)).toEqual(['b', 'a', 'c']);
  });
});
