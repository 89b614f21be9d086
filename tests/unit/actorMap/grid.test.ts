import { describe, expect, it } from 'vitest';
import { editActor } from '../../../shared/actors/registryOps.ts';
import {
  fractionOfLevel,
  gridPositionAt,
  gridPositionOf,
  levelOfFraction,
  quadrantOf,
  stepGridPosition,
} from '../../../shared/kinds/actorMap/grid.ts';
import { clearGridPosition, placeOnGrid } from '../../../shared/kinds/actorMap/ops.ts';
import { aid, Session, workshop } from './fixtures.ts';

describe('the power/interest grid', () => {
  it('cuts each axis in three bands and reads a drop as levels (top = high influence, right = high interest)', () => {
    expect([0, 0.2, 0.34, 0.5, 0.66, 0.67, 1].map(levelOfFraction)).toEqual(['L', 'L', 'M', 'M', 'M', 'H', 'H']);
    expect(gridPositionAt(0.9, 0.1)).toEqual({ influence: 'H', interestLevel: 'H' });
    expect(gridPositionAt(0.1, 0.9)).toEqual({ influence: 'L', interestLevel: 'L' });
    expect(gridPositionAt(0.5, 0.5)).toEqual({ influence: 'M', interestLevel: 'M' });
    for (const level of ['L', 'M', 'H'] as const) expect(levelOfFraction(fractionOfLevel(level))).toBe(level);
  });

  it('names the quadrant with domain.md’s strategies, and none for an actor on a dividing line', () => {
    expect(quadrantOf({ influence: 'H', interestLevel: 'H' })).toBe('engage');
    expect(quadrantOf({ influence: 'H', interestLevel: 'L' })).toBe('satisfy');
    expect(quadrantOf({ influence: 'L', interestLevel: 'H' })).toBe('inform');
    expect(quadrantOf({ influence: 'L', interestLevel: 'L' })).toBe('monitor');
    expect(quadrantOf({ influence: 'M', interestLevel: 'H' })).toBeNull();
    expect(quadrantOf(null)).toBeNull();
  });

  it('steps by arrow keys within the grid; the first step of an unplaced actor puts it in the middle', () => {
    expect(stepGridPosition(null, 1, 0)).toEqual({ influence: 'M', interestLevel: 'M' });
    expect(stepGridPosition({ influence: 'M', interestLevel: 'M' }, 1, -1)).toEqual({ influence: 'H', interestLevel: 'H' });
    expect(stepGridPosition({ influence: 'H', interestLevel: 'H' }, 1, -1)).toEqual({ influence: 'H', interestLevel: 'H' });
    expect(stepGridPosition({ influence: 'L', interestLevel: 'L' }, -1, 1)).toEqual({ influence: 'L', interestLevel: 'L' });
  });

  it('a table edit and a grid drag update the same record', () => {
    const s = new Session(workshop());
    // The stakeholder table: interest text, importance and influence typed into cells.
    s.run(editActor, { id: aid('nav'), patch: { interest: 'Arbeid og økonomi for brukeren' } });
    s.run(editActor, { id: aid('nav'), patch: { importance: 'B', influence: 'L' } });
    expect(quadrantOf(gridPositionOf(s.doc.actors[aid('nav')]!))).toBeNull(); // interest level not set yet

    // The grid: NAV dragged to the top-right field.
    const drop = gridPositionAt(0.85, 0.15);
    s.run(placeOnGrid, { actorId: aid('nav'), ...drop });
    const nav = s.doc.actors[aid('nav')]!;
    expect(nav).toMatchObject({ interest: 'Arbeid og økonomi for brukeren', importance: 'B', influence: 'H', interestLevel: 'H' });
    expect(quadrantOf(gridPositionOf(nav))).toBe('engage');

    // And back in the table: influence edited in its cell moves NAV on the grid.
    s.run(editActor, { id: aid('nav'), patch: { influence: 'L' } });
    expect(quadrantOf(gridPositionOf(s.doc.actors[aid('nav')]!))).toBe('inform');

    s.run(clearGridPosition, { actorId: aid('nav') });
    expect(gridPositionOf(s.doc.actors[aid('nav')]!)).toBeNull();
    expect(s.doc.actors[aid('nav')]!.interest).toBe('Arbeid og økonomi for brukeren');
  });

  it('reads an actor from a file written before interest levels existed as not assessed', () => {
    const old = { ...workshop().actors[aid('dps')]! };
    delete (old as { interestLevel?: string }).interestLevel;
    expect(gridPositionOf(old)).toBeNull();
  });
});
