/**
 * Which way each edge of a puzzle piece goes. The edges follow from the piece's place in the grid
 * alone, so any two neighbours fit whatever the pieces are (a tab always meets a blank) and the
 * border of the board is straight, exactly like a printed jigsaw.
 */

/** A tab sticks out of the piece, a blank is cut into it, a flat edge is the border of the board. */
export type EdgeKind = 'tab' | 'blank' | 'flat';

export interface PieceEdges {
  top: EdgeKind;
  right: EdgeKind;
  bottom: EdgeKind;
  left: EdgeKind;
}

export const sides = ['top', 'right', 'bottom', 'left'] as const;
export type Side = (typeof sides)[number];

/**
 * The edge between two horizontal neighbours (row, col) and (row, col + 1): true when the left
 * piece carries the tab. A checkerboard, so a row of pieces alternates and looks like a jigsaw
 * rather than a row of identical bricks.
 */
function leftCarriesTab(row: number, col: number): boolean {
  return (row + col) % 2 === 0;
}

/** The edge between vertical neighbours (row, col) and (row + 1, col): true when the upper piece carries the tab. */
function upperCarriesTab(row: number, col: number): boolean {
  return (row + col) % 2 === 1;
}

/**
 * The four edges of the piece in slot (row, col) of a grid of `rows` × `cols` slots (0-based).
 * Each inner edge is decided once, by the pair of slots that share it, so the two pieces always
 * agree: one has the tab, the other the blank.
 */
export function pieceEdges(row: number, col: number, rows: number, cols: number): PieceEdges {
  if (!(row >= 0 && row < rows && col >= 0 && col < cols)) {
    throw new RangeError(`slot (${row}, ${col}) is outside a ${rows} × ${cols} grid`);
  }
  const top: EdgeKind = row === 0 ? 'flat' : upperCarriesTab(row - 1, col) ? 'blank' : 'tab';
  const bottom: EdgeKind = row === rows - 1 ? 'flat' : upperCarriesTab(row, col) ? 'tab' : 'blank';
  const left: EdgeKind = col === 0 ? 'flat' : leftCarriesTab(row, col - 1) ? 'blank' : 'tab';
  const right: EdgeKind = col === cols - 1 ? 'flat' : leftCarriesTab(row, col) ? 'tab' : 'blank';
  return { top, right, bottom, left };
}

/**
 * The shape of a piece lying loose beside the grid: it belongs nowhere yet, so it gets the
 * classic look (blanks top and left, tabs right and bottom) that says "puzzle piece" at a glance.
 */
export const looseEdges: PieceEdges = Object.freeze({ top: 'blank', right: 'tab', bottom: 'tab', left: 'blank' });

/** The edge that fits against `kind`: a tab meets a blank; a flat edge has no partner. */
export function complement(kind: EdgeKind): EdgeKind {
  return kind === 'tab' ? 'blank' : kind === 'blank' ? 'tab' : 'flat';
}
