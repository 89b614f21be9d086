import { hukiGeometry, stickyOffsets } from '../../../../shared/kinds/huki/layout.ts';
import { displayLetter } from '../../../../shared/kinds/huki/letters.ts';
import { letterColours, matrixColours as c } from '../../../../shared/kinds/huki/palette.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import { lineHeightFactor } from '../../../../shared/items/textFit.ts';
import { headerTextBox, taskTextBox, type FittedText, type MatrixPicture } from './matrixPicture.ts';
import type { CellTarget, MatrixTarget } from './hukiFocus.ts';

/**
 * Paints a matrix picture onto a 2D context, in the matrix's natural units (the caller scales).
 * With a `view` (the visible part of the matrix), rows out of view are skipped and the header row,
 * the task column and the legend in the corner are drawn where the view's top and left edges are,
 * so they stay on screen when the matrix is larger than it; without one (export, thumbnails) the
 * whole matrix is drawn with its headers in place.
 */

const g = hukiGeometry;
const thin = 1.5;
const strong = 3;

export type FontOf = (fontSize: number, weight: number) => string;

function drawLines(ctx: CanvasRenderingContext2D, text: FittedText, font: FontOf, colour: string, x: number, y: number, w: number, h: number, align: 'left' | 'center', valign: 'top' | 'middle'): void {
  const lineHeight = text.fontSize * lineHeightFactor;
  const block = text.lines.length * lineHeight;
  const top = valign === 'middle' ? y + (h - block) / 2 : y;
  ctx.font = font(text.fontSize, text.weight);
  ctx.fillStyle = colour;
  ctx.textBaseline = 'middle';
  ctx.textAlign = align;
  const ax = align === 'center' ? x + w / 2 : x;
  text.lines.forEach((line, i) => ctx.fillText(line, ax, top + i * lineHeight + lineHeight / 2));
}

function badge(ctx: CanvasRenderingContext2D, font: FontOf, cx: number, cy: number): void {
  ctx.beginPath();
  ctx.arc(cx, cy, g.badgeSize / 2 - 2, 0, Math.PI * 2);
  ctx.fillStyle = c.warning;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = c.warningInk;
  ctx.stroke();
  ctx.font = font(24, 800);
  ctx.fillStyle = c.warningInk;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('!', cx, cy + 1);
}

function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number, width: number, colour: string): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

export function drawMatrixPicture(ctx: CanvasRenderingContext2D, p: MatrixPicture, font: FontOf, view: Rect | null, highlight: MatrixTarget | CellTarget | null): void {
  const { layout } = p;
  const { width, height } = layout;
  const off = view ? stickyOffsets(layout, view) : { x: 0, y: 0 };
  const top = view ? view.y : -Infinity;
  const bottom = view ? view.y + view.h : Infinity;
  const left = view ? view.x : -Infinity;
  const right = view ? view.x + view.w : Infinity;
  const rows = layout.rows.filter((r) => r.y + r.h >= top && r.y <= bottom);
  const columns = layout.columns.map((col, i) => ({ col, i })).filter(({ col }) => col.x + col.w >= left && col.x <= right);

  ctx.save();
  // The body: paper, phase bands, letters, grid lines.
  ctx.fillStyle = c.paper;
  ctx.fillRect(0, g.headerHeight, width, height - g.headerHeight);
  for (const row of rows) {
    if (row.kind === 'phase') {
      ctx.fillStyle = c.phaseFill;
      ctx.fillRect(0, row.y, width, row.h);
      line(ctx, 0, row.y, width, row.y, strong, c.strongLine);
      continue;
    }
    const letters = p.cells.get(row.taskId);
    for (const { col } of columns) {
      const letter = letters?.get(col.actorId);
      if (!letter) continue;
      const colours = letterColours[letter];
      ctx.fillStyle = colours.fill;
      ctx.fillRect(col.x, row.y, col.w, row.h);
      ctx.font = font(g.letterFontSize, 800);
      ctx.fillStyle = colours.ink;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(displayLetter(letter, p.system), col.x + col.w / 2, row.y + row.h / 2 + 2);
    }
    line(ctx, 0, row.y + row.h, width, row.y + row.h, thin, c.line);
  }
  for (const { col } of columns) line(ctx, col.x, g.headerHeight, col.x, height, thin, c.line);

  // The task column, at the view's left edge when the matrix has scrolled left.
  const x0 = off.x;
  for (const row of rows) {
    const isPhase = row.kind === 'phase';
    ctx.fillStyle = isPhase ? c.phaseFill : c.paper;
    ctx.fillRect(x0, row.y, g.taskWidth, row.h);
    if (isPhase) {
      line(ctx, x0, row.y, x0 + g.taskWidth, row.y, strong, c.strongLine);
      const text = p.phaseText.get(row.phaseId);
      if (text) drawLines(ctx, text, font, c.ink, x0 + taskTextBox.x, row.y, taskTextBox.w, row.h, 'left', 'middle');
      continue;
    }
    line(ctx, x0, row.y + row.h, x0 + g.taskWidth, row.y + row.h, thin, c.line);
    const text = p.taskText.get(row.taskId);
    if (text) drawLines(ctx, text, font, c.ink, x0 + taskTextBox.x, row.y, taskTextBox.w, row.h, 'left', 'middle');
    if (p.flaggedTasks.has(row.taskId)) {
      ctx.fillStyle = c.warning;
      ctx.fillRect(x0, row.y, 8, row.h);
      badge(ctx, font, x0 + g.taskWidth - g.padding - g.badgeSize / 2, row.y + row.h / 2);
    }
  }
  line(ctx, x0 + g.taskWidth, g.headerHeight, x0 + g.taskWidth, height, strong, c.strongLine);

  // The header row, at the view's top edge when the matrix has scrolled up.
  const y0 = off.y;
  for (const { col, i } of columns) {
    const header = p.headers[i]!;
    ctx.fillStyle = header.fill;
    ctx.fillRect(col.x, y0, col.w, g.headerHeight);
    drawLines(ctx, header.text, font, header.ink, col.x + g.padding, y0 + g.padding, headerTextBox.w, headerTextBox.h, 'center', 'middle');
    if (p.flaggedActors.has(col.actorId)) {
      const strip = y0 + g.headerHeight - g.badgeSize;
      ctx.fillStyle = c.paper;
      ctx.fillRect(col.x, strip, col.w, g.badgeSize);
      ctx.fillStyle = c.warning;
      ctx.fillRect(col.x, y0 + g.headerHeight - 8, col.w, 8);
      badge(ctx, font, col.x + col.w / 2, strip + g.badgeSize / 2 - 3);
    }
    line(ctx, col.x, y0, col.x, y0 + g.headerHeight, thin, c.paper);
  }
  line(ctx, 0, y0 + g.headerHeight, width, y0 + g.headerHeight, strong, c.strongLine);

  // The corner: the legend, always in view with the headers.
  ctx.fillStyle = c.paper;
  ctx.fillRect(x0, y0, g.taskWidth, g.headerHeight);
  const cellW = g.taskWidth / 2;
  // With red "!" marks on the matrix, a third row explains them (issue 15: the room saw them unexplained).
  const legendRows = p.findingLegend ? 3 : 2;
  const cellH = g.headerHeight / legendRows;
  p.legend.forEach((entry, k) => {
    const ex = x0 + (k % 2) * cellW + g.padding;
    const ey = y0 + Math.floor(k / 2) * cellH;
    const size = legendRows === 3 ? 40 : 44;
    const sy = ey + (cellH - size) / 2;
    ctx.fillStyle = entry.fill;
    ctx.fillRect(ex, sy, size, size);
    ctx.lineWidth = 2;
    ctx.strokeStyle = c.strongLine;
    ctx.strokeRect(ex, sy, size, size);
    ctx.font = font(28, 800);
    ctx.fillStyle = entry.ink;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(entry.letter, ex + size / 2, sy + size / 2 + 1);
    drawLines(ctx, entry.word, font, c.ink, ex + size + g.padding, ey, cellW - size - g.padding * 3, cellH, 'left', 'middle');
  });
  if (p.findingLegend) {
    const ey = y0 + 2 * cellH;
    badge(ctx, font, x0 + g.padding + g.badgeSize / 2, ey + cellH / 2);
    drawLines(ctx, p.findingLegend, font, c.ink, x0 + g.padding * 2 + g.badgeSize, ey, g.taskWidth - g.padding * 3 - g.badgeSize, cellH, 'left', 'middle');
  }
  line(ctx, x0 + g.taskWidth, y0, x0 + g.taskWidth, y0 + g.headerHeight, strong, c.strongLine);
  line(ctx, x0, y0 + g.headerHeight, x0 + g.taskWidth, y0 + g.headerHeight, strong, c.strongLine);

  // The frame, and the row or column a finding pointed at.
  ctx.lineWidth = strong;
  ctx.strokeStyle = c.strongLine;
  ctx.strokeRect(0, 0, width, height);
  if (highlight) {
    let rect: Rect | null = null;
    if ('taskId' in highlight && 'actorId' in highlight) {
      const row = layout.rows.find((r) => r.kind === 'task' && r.taskId === highlight.taskId);
      const col = layout.columns.find((x) => x.actorId === highlight.actorId);
      if (row && col) rect = { x: col.x, y: row.y, w: col.w, h: row.h };
    } else if ('taskId' in highlight) {
      const row = layout.rows.find((r) => r.kind === 'task' && r.taskId === highlight.taskId);
      if (row) rect = { x: 0, y: row.y, w: width, h: row.h };
    } else {
      const col = layout.columns.find((x) => x.actorId === highlight.actorId);
      if (col) rect = { x: col.x, y: 0, w: col.w, h: height };
    }
    if (rect) {
      ctx.lineWidth = 8;
      ctx.strokeStyle = c.highlight;
      ctx.strokeRect(rect.x + 4, rect.y + 4, rect.w - 8, rect.h - 8);
    }
  }
  ctx.restore();
}
