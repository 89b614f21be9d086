import { describe, expect, it } from 'vitest';
import { summarise } from '../../../shared/kinds/puzzle/summary.ts';
import { dropPieces } from '../../../shared/kinds/puzzle/ops.ts';
import { PuzzleFixture, provider } from './fixtures.ts';

describe('the summary', () => {
  const helsestasjon = provider('Helsestasjon', 'municipality');
  const barnevern = provider('Barnevern', 'municipality');
  const bup = provider('BUP', 'specialist');
  const adhd = provider('ADHD-foreningen', 'userOrg');

  function board() {
    const f = new PuzzleFixture({ actors: [helsestasjon, barnevern, bup, adhd] });
    f.piece('Helsestasjon 0–5 år', [0, 0], helsestasjon.id);
    f.piece('Helsestasjon for ungdom', [1, 0], helsestasjon.id);
    f.piece('Barnevern – hjelpetiltak', [2, 2], barnevern.id);
    f.piece('BUP – utredning', [3, 1], bup.id);
    f.piece('BUP – behandling', [3, 3], bup.id);
    f.piece('Likepersoner for foreldre', null, adhd.id);
    f.piece('Ukjent tilbud', [0, 3]);
    return f;
  }

  it('counts pieces per provider category, placed and loose, in the categories’ order', () => {
    const f = board();
    const s = summarise(f.props, f.pieces(), f.doc.actors);
    expect(s.byCategory).toEqual([
      { category: 'municipality', pieces: 3, placed: 3 },
      { category: 'specialist', pieces: 2, placed: 2 },
      { category: 'userOrg', pieces: 1, placed: 0 },
      { category: 'none', pieces: 1, placed: 1 },
    ]);
    expect([s.pieces, s.placed, s.loose]).toEqual([7, 6, 1]);
  });

  it('counts gaps per row and per column', () => {
    const f = board();
    const s = summarise(f.props, f.pieces(), f.doc.actors);
    // Filled: (0,0) (0,3) (1,0) (2,2) (3,1) (3,3)
    expect(s.gapsByRow).toEqual([2, 3, 3, 2]);
    expect(s.gapsByColumn).toEqual([2, 3, 3, 2]);
    expect([s.slots, s.gaps]).toEqual([16, 10]);
  });

  it('follows the registry: a provider moved to another category, or deleted, is counted anew', () => {
    const f = board();
    f.doc = { ...f.doc, actors: { ...f.doc.actors, [bup.id]: { ...bup, category: 'municipality' } } };
    expect(summarise(f.props, f.pieces(), f.doc.actors).byCategory[0]).toEqual({ category: 'municipality', pieces: 5, placed: 5 });
    const { [bup.id]: _gone, ...rest } = f.doc.actors;
    f.doc = { ...f.doc, actors: rest };
    expect(summarise(f.props, f.pieces(), f.doc.actors).byCategory.at(-1)).toEqual({ category: 'none', pieces: 3, placed: 3 });
  });

  it('changes as pieces move: a piece taken out of the grid leaves a gap', () => {
    const f = board();
    const [first] = f.pieces();
    f.run(dropPieces, { boardId: f.boardId, ids: [first!.id], dx: 0, dy: 3000 });
    const s = summarise(f.props, f.pieces(), f.doc.actors);
    expect(s.gapsByRow[0]).toBe(3);
    expect(s.loose).toBe(2);
  });

  it('an empty board is all gaps', () => {
    const f = new PuzzleFixture();
    const s = summarise(f.props, [], f.doc.actors);
    expect(s).toMatchObject({ pieces: 0, gaps: 16, byCategory: [], gapsByRow: [4, 4, 4, 4], gapsByColumn: [4, 4, 4, 4] });
  });
});
