import type { PieceEdges } from '../../../../shared/kinds/puzzle/edges.ts';
import { fitPieceLabel, type PieceLabelLayout } from '../../../../shared/kinds/puzzle/label.ts';
import { piecePath, pieceTextBox, type PathCommand } from '../../../../shared/kinds/puzzle/piecePath.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { canvasFont, measureText } from '../../canvas/textLayout.ts';

/**
 * Drawing a jigsaw piece onto a 2D context, at the origin in its own coordinates: the outline from
 * shared/kinds/puzzle/piecePath.ts, the provider's colours, and the label fitted with
 * shared/kinds/puzzle/label.ts using the canvas's own font measurement.
 */

export interface PieceLook {
  fill: string;
  text: string;
  /** A piece whose provider is not named yet: dashed outline, so it reads as unfinished. */
  unfinished: boolean;
}

/** Room between the outline and the label, in board units. */
export const labelPadding = 14;
const outlineColour = '#0b1f33';
const selectedColour = '#07457f';

export function tracePath(ctx: CanvasRenderingContext2D, commands: readonly PathCommand[]): void {
  ctx.beginPath();
  for (const c of commands) {
    switch (c.op) {
      case 'M':
        ctx.moveTo(c.x, c.y);
        break;
      case 'L':
        ctx.lineTo(c.x, c.y);
        break;
      case 'C':
        ctx.bezierCurveTo(c.c1.x, c.c1.y, c.c2.x, c.c2.y, c.x, c.y);
        break;
      case 'Z':
        ctx.closePath();
        break;
      default:
        assertNever(c, 'path command');
    }
  }
}

const layoutCache = new Map<string, PieceLabelLayout>();

/**
 * The label's lines and sizes for a piece, cached by text, box and font version (a redraw while
 * panning measures nothing; a late-loading font measures anew).
 */
export function pieceLabel(name: string, provider: string, w: number, h: number, edges: PieceEdges, fontsVersion = 0, maxSize = 34): { layout: PieceLabelLayout; box: { x: number; y: number; w: number; h: number } } {
  const box = pieceTextBox(w, h, edges, labelPadding);
  const key = `${fontsVersion}\u0000${name}\u0000${provider}\u0000${box.w}\u0000${box.h}\u0000${maxSize}`;
  let layout = layoutCache.get(key);
  if (!layout) {
    layout = fitPieceLabel({
      name,
      provider,
      width: box.w,
      height: box.h,
      measureName: (text, size) => measureText(text, size, 700),
      measureProvider: (text, size) => measureText(text, size, 400),
      maxSize,
    });
    if (layoutCache.size > 2000) layoutCache.clear();
    layoutCache.set(key, layout);
  }
  return { layout, box };
}

export function drawPiece(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  edges: PieceEdges,
  look: PieceLook,
  label: { name: string; provider: string },
  { scale, selected, fontsVersion = 0, maxSize = 34 }: { scale: number; selected: boolean; fontsVersion?: number; maxSize?: number },
): void {
  const path = piecePath(w, h, edges);
  ctx.save();
  ctx.shadowColor = 'rgba(11, 31, 51, 0.28)';
  ctx.shadowBlur = 8;
  ctx.shadowOffsetY = 3;
  tracePath(ctx, path);
  ctx.fillStyle = look.fill;
  ctx.fill();
  ctx.restore();

  // A light line just inside the outline keeps two dark neighbours apart.
  ctx.save();
  tracePath(ctx, path);
  ctx.clip();
  ctx.lineWidth = 5;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.55)';
  ctx.stroke();
  ctx.restore();

  tracePath(ctx, path);
  ctx.lineJoin = 'round';
  ctx.lineWidth = selected ? Math.max(5, 3 / scale) : Math.max(2.5, 1.5 / scale);
  ctx.strokeStyle = selected ? selectedColour : outlineColour;
  if (look.unfinished && !selected) ctx.setLineDash([12, 8]);
  ctx.stroke();
  ctx.setLineDash([]);

  const { layout, box } = pieceLabel(label.name, label.provider, w, h, edges, fontsVersion, maxSize);
  const cx = box.x + box.w / 2;
  let y = box.y + Math.max(0, (box.h - layout.height) / 2);
  ctx.fillStyle = look.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = canvasFont(layout.nameSize, 700);
  for (const line of layout.nameLines) {
    ctx.fillText(line, cx, y + layout.nameLineHeight / 2);
    y += layout.nameLineHeight;
  }
  y += layout.gap;
  ctx.font = canvasFont(layout.providerSize, 400);
  for (const line of layout.providerLines) {
    ctx.fillText(line, cx, y + layout.providerLineHeight / 2);
    y += layout.providerLineHeight;
  }
}
