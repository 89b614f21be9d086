import { describe, expect, it } from 'vitest';
import { newBoardName } from '../../../shared/model/newBoardName.ts';

describe('newBoardName', () => {
  it('counts boards of the same kind, not all boards', () => {
    const boards = [{ kind: 'whiteboard', name: 'Fritt lerret 1' }];
    expect(newBoardName(boards, 'actorMap', 'Aktørkart')).toBe('Aktørkart 1');
    expect(newBoardName([...boards, { kind: 'actorMap', name: 'Aktørkart 1' }], 'actorMap', 'Aktørkart')).toBe('Aktørkart 2');
  });
  it('skips a number already taken by a board of any kind', () => {
    const boards = [
      { kind: 'actorMap', name: 'Aktørkart 2' },
      { kind: 'whiteboard', name: 'aktørkart 3' },
    ];
    expect(newBoardName(boards, 'actorMap', 'Aktørkart')).toBe('Aktørkart 4');
  });
});
