import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { fitText, lineHeightFactor } from '../../../../shared/items/textFit.ts';
import type { Actor } from '../../../../shared/model/records.ts';
import { chipOutline } from '../../../../shared/kinds/actorMap/mapStyle.ts';
import { roundRectPath } from '../../canvas/items/draw.ts';
import { canvasFont, measureText } from '../../canvas/textLayout.ts';

/** The chip's name: the short name the room uses ("DPS"), else the full name. */
export function chipLabel(actor: Pick<Actor, 'name' | 'shortName'>): string {
  return actor.shortName.trim() || actor.name;
}

const padding = { x: 14, y: 10 };
const chipFontSize = 42;
const chipWeight = 700;
const radius = 14;

/**
 * Draws an actor chip at the origin, `w × h`: the category's colour with its text colour (7:1),
 * a dark outline so the palest category still stands out on a white ring, and the actor's name as
 * large as fits. A chip whose actor is gone is drawn hollow and dashed.
 */
export function drawChip(ctx: CanvasRenderingContext2D, actor: Actor | undefined, w: number, h: number, scale: number): void {
  const style = actor ? categoryStyle(actor.category) : undefined;
  roundRectPath(ctx, 0, 0, w, h, radius);
  ctx.fillStyle = style?.fill ?? '#ffffff';
  ctx.fill();
  ctx.lineWidth = Math.max(3, 1.5 / scale);
  ctx.strokeStyle = chipOutline;
  if (!style) ctx.setLineDash([10, 8]);
  ctx.stroke();
  ctx.setLineDash([]);

  const text = actor ? chipLabel(actor) : '?';
  const measure = (t: string, size: number) => measureText(t, size, chipWeight);
  const fit = fitText({ text, width: w - padding.x * 2, height: h - padding.y * 2, fontSize: chipFontSize, fit: 'shrink', measure });
  const lineHeight = fit.fontSize * lineHeightFactor;
  const top = (h - fit.lines.length * lineHeight) / 2;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, w, h);
  ctx.clip();
  ctx.fillStyle = style?.text ?? '#1a1a1a';
  if (fit.fontSize * scale < 4) {
    // Too small to read: grey bars instead of glyphs (as the canvas does for notes).
    ctx.globalAlpha = 0.4;
    fit.lines.forEach((line, i) => {
      const lw = Math.min(w - padding.x * 2, measure(line, fit.fontSize));
      ctx.fillRect((w - lw) / 2, top + i * lineHeight + lineHeight * 0.25, lw, fit.fontSize * 0.6);
    });
  } else {
    ctx.font = canvasFont(fit.fontSize, chipWeight);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    fit.lines.forEach((line, i) => ctx.fillText(line, w / 2, top + i * lineHeight + lineHeight / 2));
  }
  ctx.restore();
}
