import { contrastRatio, isHexColour } from '../../../../shared/items/contrast.ts';
import { isPaletteKey, palette } from '../../../../shared/items/palette.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { itemText } from '../itemText.ts';
import { frameBorder, frameHeaderHeight, frameTitleSize, noteCornerRadius } from '../itemStyle.ts';
import { canvasFont, layoutItemText, measureText, type ItemTextLayout } from '../textLayout.ts';

/**
 * Drawing of box items straight onto a 2D context: one Konva node per item (no Group of Rect +
 * Text), and the same code draws the overview of a zoomed-out board. Below a few pixels per letter
 * text is drawn as grey bars, as nobody can read it and real glyphs cost the most.
 */

/** Screen pixels per letter below which text is drawn as bars. */
const readablePx = 4;

export function noteColours(item: Item): { fill: string; text: string } {
  const key = item.props['color'];
  return isPaletteKey(key) ? palette[key] : palette.yellow;
}

function stringProp(item: Item, key: string, fallback: string): string {
  const v = item.props[key];
  return typeof v === 'string' ? v : fallback;
}

const inks = new Map<string, string>();

/** Black or white text, whichever reads better on a shape's fill (worked out once per colour, not per frame). */
export function inkOn(fill: string): string {
  let ink = inks.get(fill);
  if (ink === undefined) {
    ink = !isHexColour(fill) ? '#1a1a1a' : contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#1a1a1a' : '#ffffff';
    if (inks.size > 1000) inks.clear();
    inks.set(fill, ink);
  }
  return ink;
}

export function roundRectPath(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + rr, y);
  ctx.arcTo(x + w, y, x + w, y + h, rr);
  ctx.arcTo(x + w, y + h, x, y + h, rr);
  ctx.arcTo(x, y + h, x, y, rr);
  ctx.arcTo(x, y, x + w, y, rr);
  ctx.closePath();
}

export function outlinePath(ctx: CanvasRenderingContext2D, shape: unknown, w: number, h: number): void {
  ctx.beginPath();
  if (shape === 'ellipse') {
    ctx.ellipse(w / 2, h / 2, Math.max(0, w / 2), Math.max(0, h / 2), 0, 0, Math.PI * 2);
  } else if (shape === 'diamond') {
    ctx.moveTo(w / 2, 0);
    ctx.lineTo(w, h / 2);
    ctx.lineTo(w / 2, h);
    ctx.lineTo(0, h / 2);
    ctx.closePath();
  } else {
    ctx.rect(0, 0, w, h);
  }
}

function drawLines(ctx: CanvasRenderingContext2D, layout: ItemTextLayout, colour: string, scale: number): void {
  const { lines, lineHeight, fontSize, x, y, width, align, direction } = layout;
  if (fontSize * scale < 1.5) return;
  if (fontSize * scale < readablePx) {
    ctx.fillStyle = colour;
    ctx.globalAlpha *= 0.35;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line) continue;
      const w = Math.min(width, measureText(line, fontSize));
      const lx = align === 'center' ? x + (width - w) / 2 : align === 'right' ? x + width - w : x;
      ctx.fillRect(lx, y + i * lineHeight + lineHeight * 0.25, w, fontSize * 0.6);
    }
    ctx.globalAlpha /= 0.35;
    return;
  }
  ctx.font = canvasFont(fontSize);
  ctx.fillStyle = colour;
  ctx.textBaseline = 'middle';
  ctx.direction = direction;
  ctx.textAlign = align === 'center' ? 'center' : align === 'right' ? 'right' : 'left';
  const ax = align === 'center' ? x + width / 2 : align === 'right' ? x + width : x;
  for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i]!, ax, y + i * lineHeight + lineHeight / 2);
  ctx.direction = 'ltr';
}

/** A small dark corner: the text did not fit even at the smallest size. Never overflow silently. */
function drawOverflowMark(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  const s = Math.min(22, w / 4, h / 4);
  ctx.beginPath();
  ctx.moveTo(w, h - s);
  ctx.lineTo(w, h);
  ctx.lineTo(w - s, h);
  ctx.closePath();
  ctx.fillStyle = '#8a1111';
  ctx.fill();
}

export interface DrawOptions {
  /** Screen pixels per board unit, for level of detail. */
  scale: number;
  /** Don't draw the text (it is being edited in place). */
  hideText?: boolean;
}

/** Draws a box item at the origin with its size `w × h` (the node's current size, which differs from the record mid-resize). */
export function drawBoxItem(ctx: CanvasRenderingContext2D, item: Item, w: number, h: number, { scale, hideText = false }: DrawOptions): void {
  const sized = w === item.w && h === item.h ? item : { ...item, w, h };
  switch (item.type) {
    case 'note': {
      const { fill, text } = noteColours(item);
      const layout = hideText ? null : layoutItemText(sized);
      const drawnH = layout ? layout.drawnHeight : h;
      roundRectPath(ctx, 0, 0, w, drawnH, noteCornerRadius);
      ctx.fillStyle = fill;
      ctx.fill();
      ctx.lineWidth = Math.max(1, 1.5 / scale);
      ctx.strokeStyle = 'rgba(0,0,0,0.35)';
      ctx.stroke();
      if (layout) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(0, 0, w, drawnH);
        ctx.clip();
        drawLines(ctx, layout, text, scale);
        ctx.restore();
        if (layout.overflows) drawOverflowMark(ctx, w, drawnH);
      }
      return;
    }
    case 'text': {
      const layout = hideText ? null : layoutItemText(sized);
      if (layout && itemText(item).trim() !== '') drawLines(ctx, layout, stringProp(item, 'color', '#1a1a1a'), scale);
      else if (!hideText) {
        ctx.setLineDash([6 / scale, 6 / scale]);
        ctx.strokeStyle = '#5b6b7b';
        ctx.lineWidth = 1.5 / scale;
        ctx.strokeRect(0, 0, w, h);
        ctx.setLineDash([]);
      }
      return;
    }
    case 'shape': {
      const fill = stringProp(item, 'fill', '#ffffff');
      const stroke = stringProp(item, 'stroke', '#1a1a1a');
      const strokeWidth = typeof item.props['strokeWidth'] === 'number' ? item.props['strokeWidth'] : 2;
      outlinePath(ctx, item.props['shape'], w, h);
      if (fill !== 'transparent') {
        ctx.fillStyle = fill;
        ctx.fill();
      }
      if (strokeWidth > 0) {
        ctx.lineWidth = strokeWidth;
        ctx.strokeStyle = stroke;
        ctx.lineJoin = 'round';
        ctx.stroke();
      }
      const layout = hideText ? null : layoutItemText(sized);
      if (layout && layout.lines.some((l) => l !== '')) {
        drawLines(ctx, layout, fill === 'transparent' ? '#1a1a1a' : inkOn(fill), scale);
        if (layout.overflows) drawOverflowMark(ctx, w, h);
      }
      return;
    }
    case 'frame': {
      const fill = stringProp(item, 'fill', '#f4f4f4');
      if (fill !== 'transparent') {
        ctx.fillStyle = fill;
        ctx.fillRect(0, 0, w, h);
      }
      const header = Math.min(frameHeaderHeight, h);
      ctx.fillStyle = 'rgba(11,31,51,0.08)';
      ctx.fillRect(0, 0, w, header);
      ctx.lineWidth = Math.max(2, 2 / scale);
      ctx.strokeStyle = frameBorder;
      ctx.strokeRect(0, 0, w, h);
      const title = stringProp(item, 'title', '');
      if (title && !hideText) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(0, 0, w, header);
        ctx.clip();
        if (frameTitleSize * scale < readablePx) {
          ctx.fillStyle = 'rgba(11,31,51,0.35)';
          ctx.fillRect(16, header * 0.3, Math.min(w - 32, measureText(title, frameTitleSize, 800)), header * 0.4);
        } else {
          ctx.font = canvasFont(frameTitleSize, 800);
          ctx.fillStyle = '#0b1f33';
          ctx.textBaseline = 'middle';
          ctx.textAlign = 'left';
          ctx.fillText(title.split('\n')[0]!, 16, header / 2);
        }
        ctx.restore();
      }
      return;
    }
    default: {
      // A board kind's own item type this canvas doesn't know: a plain labelled box, never a crash.
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      ctx.strokeStyle = '#5b6b7b';
      ctx.lineWidth = 2 / scale;
      ctx.strokeRect(0, 0, w, h);
    }
  }
}
