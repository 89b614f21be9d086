import { useCallback, useMemo } from 'react';
import type Konva from 'konva';
import { Group, Rect, Shape, Text } from 'react-konva';
import { slotKey } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { pieceEdges } from '../../../../shared/kinds/puzzle/edges.ts';
import { columnHeaderRect, gridRect, rowHeaderRect, slotRect, trayHeadingHeight, trayRect, type Grid } from '../../../../shared/kinds/puzzle/grid.ts';
import { indexKey } from '../../../../shared/kinds/puzzle/placement.ts';
import { piecePath, pieceTextBox } from '../../../../shared/kinds/puzzle/piecePath.ts';
import { fitText, lineHeightFactor } from '../../../../shared/items/textFit.ts';
import type { Rect as Box } from '../../../../shared/items/geometry.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { canvasFontFamily } from '../../canvas/itemStyle.ts';
import { useFontsVersion } from '../../canvas/fontsReady.ts';
import { measureText } from '../../canvas/textLayout.ts';
import { useT } from '../../i18n/useT.ts';
import { tracePath } from './drawPiece.ts';
import { usePlacement } from './usePuzzle.ts';
import { usePresenting } from '../../state/usePresenting.ts';

/**
 * The puzzle's backdrop, behind the pieces and never listening: the column and row names, the
 * frame of the grid, every empty slot drawn as a missing piece (hatched, dashed, «Hull i
 * tilbudet» and its note), and the tray where loose pieces wait. Colours pass 7:1 against their
 * backgrounds, and gaps stay recognisable in greyscale by their hatching and dashes.
 */

const ink = '#0b1f33';
const headerFill = '#0b1f33';
const rowFill = '#dce9f7';
const gapInk = '#8a1111'; // 8.9:1 on white
const gapFill = '#ffffff';
const hatch = '#d9c3c3';

interface FittedText {
  lines: string[];
  fontSize: number;
  height: number;
}

function fit(text: string, width: number, height: number, fontSize: number, weight: number): FittedText {
  const r = fitText({ text, width, height, fontSize, fit: 'shrink', measure: (s, size) => measureText(s, size, weight) });
  // Never draw past the box: lines that would overflow at the smallest size are left out.
  const room = Math.max(0, Math.floor(height / (r.fontSize * lineHeightFactor)));
  const lines = r.lines.slice(0, room);
  if (r.lines.length > room && lines.length > 0) lines[lines.length - 1] = `${lines[lines.length - 1]!.replace(/\s*\S?$/, '')}…`;
  return { lines, fontSize: r.fontSize, height: lines.length * r.fontSize * lineHeightFactor };
}

function BoxText({ box, text, size, weight, colour, align = 'center', padding = 16 }: { box: Box; text: string; size: number; weight: number; colour: string; align?: 'center' | 'left'; padding?: number }) {
  const w = Math.max(1, box.w - padding * 2);
  const h = Math.max(1, box.h - padding * 2);
  const f = fit(text, w, h, size, weight);
  return (
    <Text
      x={box.x + padding}
      y={box.y + padding + (h - f.height) / 2}
      width={w}
      text={f.lines.join('\n')}
      fontSize={f.fontSize}
      fontFamily={canvasFontFamily}
      fontStyle={String(weight)}
      lineHeight={lineHeightFactor}
      align={align}
      wrap="none"
      fill={colour}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

/** The top of every gap's text: below the deepest notch a neighbour's tab makes, plus padding. */
const evenTop = (w: number, h: number) => pieceTextBox(w, h, { top: 'blank', right: 'flat', bottom: 'flat', left: 'flat' }, 14).y;

/**
 * One size for every gap note of the board (even type, issue 15: notes were shrunk to about 6 px
 * on the wall): the largest from 24 down to 16 at which every note fits its gap; a note too long
 * even then shrinks on its own.
 */
function gapNoteSize(grid: Grid, notes: readonly { row: number; col: number; note: string }[]): number {
  for (let size = 24; size > 16; size--) {
    const fitsAll = notes.every(({ row, col, note }) => {
      const r = slotRect(grid, row, col);
      const own = pieceTextBox(r.w, r.h, pieceEdges(row, col, grid.rows.length, grid.columns.length), 14);
      const top = evenTop(r.w, r.h);
      const h = own.y + own.h - top - 26 * lineHeightFactor - 6;
      const fitted = fitText({ text: note, width: own.w, height: h, fontSize: size, fit: 'shrink', measure: (t, s) => measureText(t, s, 400) });
      return !fitted.overflows && fitted.fontSize === size;
    });
    if (fitsAll) return size;
  }
  return 16;
}

function Gap({ grid, row, col, note, label, noteSize }: { grid: Grid; row: number; col: number; note: string; label: string; noteSize: number }) {
  const r = slotRect(grid, row, col);
  const rows = grid.rows.length;
  const cols = grid.columns.length;
  const edges = useMemo(() => pieceEdges(row, col, rows, cols), [row, col, rows, cols]);
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const path = piecePath(r.w, r.h, edges);
      tracePath(ctx, path);
      ctx.fillStyle = gapFill;
      ctx.fill();
      ctx.save();
      tracePath(ctx, path);
      ctx.clip();
      ctx.strokeStyle = hatch;
      ctx.lineWidth = 3;
      for (let d = -r.h; d < r.w + r.h; d += 22) {
        ctx.beginPath();
        ctx.moveTo(d, -40);
        ctx.lineTo(d + r.h + 80, r.h + 40);
        ctx.stroke();
      }
      ctx.restore();
      tracePath(ctx, path);
      ctx.setLineDash([14, 9]);
      ctx.lineWidth = 3;
      ctx.strokeStyle = gapInk;
      ctx.stroke();
      ctx.setLineDash([]);
    },
    [r.w, r.h, edges],
  );
  // Every gap's title at the same height in its slot, whatever its edges (issue 15: "Hull i
  // tilbudet" sat at uneven heights): below the deepest notch a neighbour's tab can make.
  const own = pieceTextBox(r.w, r.h, edges, 14);
  const box = { ...own, y: evenTop(r.w, r.h), h: own.y + own.h - evenTop(r.w, r.h) };
  const title = fit(label, box.w, box.h, 26, 800);
  const noteBox = { x: r.x + box.x, y: r.y + box.y + title.height + 6, w: box.w, h: box.h - title.height - 6 };
  return (
    <Group listening={false}>
      <Shape x={r.x} y={r.y} sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
      {/* A white band behind the words keeps them legible over the hatching. */}
      <Rect x={r.x + box.x - 4} y={r.y + box.y - 2} width={box.w + 8} height={Math.min(box.h, title.height + (note ? noteBox.h : 0)) + 4} fill="#ffffff" opacity={0.9} listening={false} />
      <Text
        x={r.x + box.x}
        y={r.y + box.y}
        width={box.w}
        text={title.lines.join('\n')}
        fontSize={title.fontSize}
        fontFamily={canvasFontFamily}
        fontStyle="800"
        lineHeight={lineHeightFactor}
        align="center"
        wrap="none"
        fill={gapInk}
        listening={false}
      />
      {note && noteBox.h > 12 && <BoxText box={noteBox} text={note} size={noteSize} weight={400} colour={ink} padding={0} />}
    </Group>
  );
}

export function PuzzleBackground({ board }: { board: Board }) {
  const t = useT();
  const { grid, placement } = usePlacement(board);
  const frame = gridRect(grid);
  const looseCount = placement.loose.length;
  const tray = useMemo(() => trayRect(grid, Math.max(2, looseCount)), [grid, looseCount]);
  const gapLabel = t('puzzle.gap');
  // The room never sees the editor's hints (issue 15).
  const presenting = usePresenting();
  const gaps = grid.rows.flatMap((row, r) =>
    grid.columns.flatMap((column, c) => (placement.bySlot.has(indexKey(r, c)) ? [] : [{ row: r, col: c, key: `${row.id}|${column.id}`, note: grid.gapNotes[slotKey(row.id, column.id)] ?? '' }])),
  );
  const fonts = useFontsVersion((s) => s.version);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const noteSize = useMemo(() => gapNoteSize(grid, gaps.filter((g) => g.note.trim() !== '')), [grid, JSON.stringify(gaps), fonts]);
  return (
    <Group listening={false}>
      {/* The tray for loose pieces. */}
      <Rect x={tray.x} y={tray.y} width={tray.w} height={tray.h} cornerRadius={18} fill="rgba(255,255,255,0.6)" stroke="#5b6b7b" strokeWidth={3} dash={[16, 10]} listening={false} />
      <BoxText box={{ x: tray.x, y: tray.y - trayHeadingHeight, w: tray.w, h: 64 }} text={t('puzzle.tray')} size={40} weight={800} colour={ink} align="left" padding={8} />
      {!presenting && <BoxText box={{ x: tray.x, y: tray.y - trayHeadingHeight + 64, w: tray.w, h: 52 }} text={t('puzzle.tray.hint')} size={26} weight={400} colour="#33475b" align="left" padding={8} />}

      {grid.columns.map((column, col) => {
        const r = columnHeaderRect(grid, col);
        return (
          <Group key={column.id} listening={false}>
            <Rect x={r.x} y={r.y} width={r.w} height={r.h - 8} fill={headerFill} stroke="#ffffff" strokeWidth={2} listening={false} />
            <BoxText box={{ ...r, h: r.h - 8 }} text={column.label} size={32} weight={800} colour="#ffffff" />
          </Group>
        );
      })}
      {grid.rows.map((row, index) => {
        const r = rowHeaderRect(grid, index);
        return (
          <Group key={row.id} listening={false}>
            <Rect x={r.x} y={r.y} width={r.w - 8} height={r.h} fill={rowFill} stroke="#ffffff" strokeWidth={2} listening={false} />
            <BoxText box={{ ...r, w: r.w - 8 }} text={row.label} size={30} weight={800} colour={ink} align="left" padding={20} />
          </Group>
        );
      })}

      {/* Light slot lines under the pieces show the grid while it is still empty. */}
      <Rect x={frame.x} y={frame.y} width={frame.w} height={frame.h} fill="#ffffff" listening={false} />
      {gaps.map((g) => (
        <Gap key={g.key} grid={grid} row={g.row} col={g.col} note={g.note} label={gapLabel} noteSize={noteSize} />
      ))}
      <Rect x={frame.x} y={frame.y} width={frame.w} height={frame.h} stroke={ink} strokeWidth={4} listening={false} />
    </Group>
  );
}
