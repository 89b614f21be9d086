import type { Rect } from '../../../../shared/items/geometry.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import type { Clip, Drawing, ImageShape, PathCommand, PathShape, Shadow, Shape, TextShape } from '../drawing/drawing.ts';
import { isIdentity, type Matrix } from '../drawing/matrix.ts';
import { num, xmlAttr, xmlText } from './xml.ts';

/**
 * A Drawing as an SVG document: paths as <path>, text as <text> with one <tspan> per line (so a
 * note's text is one paragraph a drawing program can edit), pictures as <image>, the canvas's
 * clips as <clipPath> and its shadows as filters. One board unit is one SVG pixel.
 */

/** A font to embed with @font-face, so the file looks the same on a machine without it. */
export interface EmbeddedFont {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** A data: URL of the font file. */
  url: string;
  format: 'woff' | 'woff2' | 'truetype';
  /** CSS unicode-range, when the file holds only part of the alphabet. */
  unicodeRange?: string;
}

export interface SvgOptions {
  /** White behind the board; otherwise transparent. */
  background: boolean;
  /** Room around the drawing, in board units. */
  margin: number;
  /** The document's accessible name (the board's name). */
  title?: string;
  fonts?: readonly EmbeddedFont[];
  /** Family names put in front of each text's own list (the embedded fonts' names). */
  fontFamilyPrefix?: readonly string[];
  /** The area to show when the board is empty. */
  emptyArea?: Rect;
}

export function pathData(path: readonly PathCommand[]): string {
  const parts: string[] = [];
  for (const c of path) {
    switch (c.op) {
      case 'M':
      case 'L':
        parts.push(`${c.op}${num(c.x)} ${num(c.y)}`);
        break;
      case 'C':
        parts.push(`C${num(c.x1)} ${num(c.y1)} ${num(c.x2)} ${num(c.y2)} ${num(c.x)} ${num(c.y)}`);
        break;
      case 'Z':
        parts.push('Z');
        break;
      default:
        assertNever(c, 'path command');
    }
  }
  return parts.join('');
}

function matrixAttr(m: Matrix): string {
  return isIdentity(m) ? '' : ` transform="matrix(${m.map(num).join(' ')})"`;
}

function opacity(name: string, alpha: number): string {
  return alpha < 1 ? ` ${name}="${num(alpha)}"` : '';
}

const anchors = { left: 'start', center: 'middle', right: 'end' } as const;
const anchorsRtl = { left: 'end', center: 'middle', right: 'start' } as const;

/**
 * The text's CSS family list with the embedded fonts' names first (in their order), each name
 * once, quoted with single quotes so the list sits in an attribute unescaped.
 */
function familyList(family: string, prefix: readonly string[]): string {
  const bare = (name: string) => name.trim().replace(/^["']|["']$/g, '');
  const own = family.split(',').map(bare).filter((n) => n !== '');
  const names = [...prefix, ...own.filter((n) => !prefix.includes(n))];
  const generic = /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-[a-z-]+)$/;
  return names.map((n) => (generic.test(n) ? n : `'${n.replace(/'/g, '')}'`)).join(', ');
}

class Writer {
  private readonly defs: string[] = [];
  private readonly clipIds = new Map<Clip, string>();
  private readonly shadowIds = new Map<string, string>();

  constructor(private readonly options: SvgOptions) {}

  definitions(): string {
    return this.defs.join('');
  }

  clipId(clip: Clip): string {
    let id = this.clipIds.get(clip);
    if (id) return id;
    const parent = clip.parent ? ` clip-path="url(#${this.clipId(clip.parent)})"` : '';
    id = `clip${this.clipIds.size + 1}`;
    this.clipIds.set(clip, id);
    this.defs.push(`<clipPath id="${id}"${parent}><path d="${pathData(clip.path)}"/></clipPath>`);
    return id;
  }

  /**
   * A drop shadow filter. The recorded alpha is what the canvas painted (the colour's alpha times
   * the global alpha); the filter's shadow is made from the element, which is already that
   * transparent, so the flood takes only the rest.
   */
  shadowAttr(shadow: Shadow | null, sourceAlpha: number): string {
    if (!shadow) return '';
    const flood = Math.min(1, shadow.alpha / Math.max(sourceAlpha, 1e-6));
    const key = `${shadow.colour}|${num(flood)}|${num(shadow.blur)}|${num(shadow.dx)}|${num(shadow.dy)}`;
    let id = this.shadowIds.get(key);
    if (!id) {
      id = `shadow${this.shadowIds.size + 1}`;
      this.shadowIds.set(key, id);
      this.defs.push(
        `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feDropShadow dx="${num(shadow.dx)}" dy="${num(shadow.dy)}" stdDeviation="${num(shadow.blur / 2)}" flood-color="${shadow.colour}" flood-opacity="${num(flood)}"/></filter>`,
      );
    }
    return ` filter="url(#${id})"`;
  }

  path(shape: PathShape, strokeOf: PathShape | null): string {
    const fill = shape.fill ? ` fill="${shape.fill.colour}"${opacity('fill-opacity', shape.fill.alpha)}${shape.fill.rule === 'evenodd' ? ' fill-rule="evenodd"' : ''}` : ' fill="none"';
    const stroke = (strokeOf ?? shape).stroke;
    let strokeAttrs = '';
    if (stroke) {
      strokeAttrs = ` stroke="${stroke.colour}" stroke-width="${num(stroke.width)}"${opacity('stroke-opacity', stroke.alpha)}`;
      if (stroke.cap !== 'butt') strokeAttrs += ` stroke-linecap="${stroke.cap}"`;
      if (stroke.join !== 'miter') strokeAttrs += ` stroke-linejoin="${stroke.join}"`;
      else if (stroke.miterLimit !== 4) strokeAttrs += ` stroke-miterlimit="${num(stroke.miterLimit)}"`;
      if (stroke.dash.length > 0 && stroke.dash.some((d) => d > 0)) {
        strokeAttrs += ` stroke-dasharray="${stroke.dash.map(num).join(' ')}"`;
        if (stroke.dashOffset) strokeAttrs += ` stroke-dashoffset="${num(stroke.dashOffset)}"`;
      }
    }
    return `<path d="${pathData(shape.path)}"${fill}${strokeAttrs}${this.shadowAttr(shape.shadow, shape.fill?.alpha ?? stroke?.alpha ?? 1)}/>`;
  }

  /** Lines of one text block (same place, font and colour) as one <text> with a <tspan> per line. */
  text(lines: readonly TextShape[]): string {
    const first = lines[0]!;
    const f = first.font;
    const anchor = (first.direction === 'rtl' ? anchorsRtl : anchors)[first.align];
    const attrs =
      ` font-family="${xmlAttr(familyList(f.family, this.options.fontFamilyPrefix ?? []))}" font-size="${num(f.size)}"` +
      (f.weight !== 400 ? ` font-weight="${f.weight}"` : '') +
      (f.italic ? ' font-style="italic"' : '') +
      ` fill="${first.fill.colour}"${opacity('fill-opacity', first.fill.alpha)}` +
      (anchor !== 'start' ? ` text-anchor="${anchor}"` : '') +
      (first.direction === 'rtl' ? ' direction="rtl" unicode-bidi="embed"' : '') +
      matrixAttr(first.matrix) +
      this.shadowAttr(first.shadow, first.fill.alpha);
    const spans = lines
      .map((line, i) => {
        const squeeze = line.squeeze < 1 ? ` textLength="${num(line.width * line.squeeze)}" lengthAdjust="spacingAndGlyphs"` : '';
        const span = `<tspan x="${num(line.x)}" y="${num(line.y)}"${squeeze}>${xmlText(line.text)}</tspan>`;
        // A wrapped line ends where a space was: copied text and a screen reader need that space
        // ("samhandling mellom", not "samhandlingmellom"). It goes in a chunk of its own at the
        // line's start, where it draws nothing and moves no centred or right-aligned line.
        const next = lines[i + 1];
        const joins = next !== undefined && !/\s$/.test(line.text) && !/^\s/.test(next.text);
        return joins ? `${span}<tspan x="${num(line.x)}" y="${num(line.y)}"> </tspan>` : span;
      })
      .join('');
    return `<text xml:space="preserve"${attrs}>${spans}</text>`;
  }

  image(shape: ImageShape): string {
    return `<image x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.w)}" height="${num(shape.h)}" preserveAspectRatio="none"${opacity('opacity', shape.alpha)}${matrixAttr(shape.matrix)} xlink:href="${xmlAttr(shape.src)}"/>`;
  }
}

const sameMatrix = (a: Matrix, b: Matrix) => a.every((v, i) => v === b[i]);

/** Whether `next` is the next line of the text block `first` begins. */
function continuesBlock(first: TextShape, next: Shape): next is TextShape {
  return (
    next.kind === 'text' &&
    next.clip === first.clip &&
    next.x === first.x &&
    next.align === first.align &&
    next.direction === first.direction &&
    next.fill.colour === first.fill.colour &&
    next.fill.alpha === first.fill.alpha &&
    next.font.family === first.font.family &&
    next.font.size === first.font.size &&
    next.font.weight === first.font.weight &&
    next.font.italic === first.font.italic &&
    next.shadow === null &&
    first.shadow === null &&
    sameMatrix(next.matrix, first.matrix) &&
    next.y > first.y
  );
}

/** The elements of a run of shapes, text lines gathered into blocks and a fill + stroke of one path into one element. */
function elements(writer: Writer, shapes: readonly Shape[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    switch (shape.kind) {
      case 'path': {
        const next = shapes[i + 1];
        if (shape.fill && !shape.stroke && next?.kind === 'path' && next.stroke && !next.fill && !next.shadow && next.clip === shape.clip && pathData(next.path) === pathData(shape.path)) {
          out.push(writer.path(shape, next));
          i++;
        } else out.push(writer.path(shape, null));
        break;
      }
      case 'text': {
        const block = [shape];
        while (i + 1 < shapes.length && continuesBlock(shape, shapes[i + 1]!)) block.push(shapes[++i] as TextShape);
        out.push(writer.text(block));
        break;
      }
      case 'image':
        out.push(writer.image(shape));
        break;
      default:
        assertNever(shape, 'shape');
    }
  }
  return out;
}

/** The drawing's area with its margin: what the SVG (and the PNG) show. */
export function pictureArea(drawing: Drawing, margin: number, emptyArea: Rect = { x: 0, y: 0, w: 640, h: 360 }): Rect {
  const b = drawing.bounds ?? emptyArea;
  return { x: b.x - margin, y: b.y - margin, w: b.w + 2 * margin, h: b.h + 2 * margin };
}

export function writeSvg(drawing: Drawing, options: SvgOptions): string {
  const area = pictureArea(drawing, options.margin, options.emptyArea);
  const writer = new Writer(options);
  const body: string[] = [];
  // Shapes under one clip are grouped; a clip inside another nests through its clipPath's own clip-path.
  let run: Shape[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const clip = run[0]!.clip;
    const inner = elements(writer, run).join('');
    body.push(clip ? `<g clip-path="url(#${writer.clipId(clip)})">${inner}</g>` : inner);
    run = [];
  };
  for (const shape of drawing.shapes) {
    if (run.length > 0 && run[0]!.clip !== shape.clip) flush();
    run.push(shape);
  }
  flush();

  const fonts = (options.fonts ?? [])
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:${f.style};src:url(${f.url}) format('${f.format}');${f.unicodeRange ? `unicode-range:${f.unicodeRange};` : ''}}`,
    )
    .join('');
  const style = fonts ? `<style><![CDATA[${fonts}]]></style>` : '';
  const defs = writer.definitions();
  const title = options.title ? `<title>${xmlText(options.title)}</title>` : '';
  const background = options.background ? `<rect x="${num(area.x)}" y="${num(area.y)}" width="${num(area.w)}" height="${num(area.h)}" fill="#ffffff"/>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${num(area.w)}" height="${num(area.h)}" viewBox="${num(area.x)} ${num(area.y)} ${num(area.w)} ${num(area.h)}"${options.title ? ' role="img"' : ''}>` +
    title +
    (style || defs ? `<defs>${style}${defs}</defs>` : '') +
    background +
    body.join('') +
    '</svg>\n'
  );
}
