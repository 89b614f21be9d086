import { describe, expect, it } from 'vitest';
import { evenLabelSize, fitPieceLabel } from '../../../shared/kinds/puzzle/label.ts';

/** Every character 0.55 em wide: easy to reason about, close to the canvas font. */
const measure = (text: string, size: number) => [...text].length * size * 0.55;
const piece = (name: string, provider = 'Helsestasjon') => ({ name, provider, width: 330, height: 170, measureName: measure, measureProvider: measure });

describe('one name size for every piece of a board (issue 15: piece texts varied in size)', () => {
  const board = [piece('Helsestasjon 0–5 år'), piece('Psykisk helsetjeneste for barn og unge', 'Psykisk helse og rus, Stjørdal'), piece('PPT – sakkyndig vurdering', 'PPT')];

  it('is the largest size at which every label fits whole, and every piece is drawn at it', () => {
    const size = evenLabelSize(board);
    const own = board.map((p) => fitPieceLabel(p).nameSize);
    // On its own each piece would take its own size: not one size (the bug).
    expect(new Set(own).size).toBeGreaterThan(1);
    expect(size).toBe(Math.min(...own));
    const drawn = board.map((p) => fitPieceLabel({ ...p, maxSize: size }));
    expect(new Set(drawn.map((l) => l.nameSize))).toEqual(new Set([size]));
    for (const l of drawn) expect(l.truncated).toBe(false);
  });

  it('never lets one very long name shrink the whole board below the floor', () => {
    const long = piece('Tverrfaglig samarbeidsteam for barn, unge og familier med sammensatte behov i kommunen og spesialisthelsetjenesten');
    expect(evenLabelSize([...board, long], 24)).toBe(Math.max(24, Math.min(...board.map((p) => fitPieceLabel(p).nameSize))));
  });
});
