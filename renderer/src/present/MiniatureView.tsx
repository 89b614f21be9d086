import type { ReactNode } from 'react';
import type { Miniature, MiniatureShape } from '../../../shared/present/miniature.ts';

/**
 * A slide's outline as SVG, for the presenter view (see shared/present/miniature.ts). Text is
 * drawn at a readable minimum size, clipped to its box; the picture is only for recognising
 * where the presentation is.
 */
export function MiniatureView({ miniature, label, pointer, onPoint, children }: {
  miniature: Miniature;
  label: string;
  pointer?: { x: number; y: number } | null;
  /** Called with the board point under the mouse (null when it leaves): the presenter's laser pad. */
  onPoint?(point: { x: number; y: number } | null): void;
  children?: ReactNode;
}) {
  const view = miniature.view;
  if (!view) return <div className="miniature empty" role="img" aria-label={label} />;
  const pad = Math.max(view.w, view.h) * 0.02;
  const box = `${view.x - pad} ${view.y - pad} ${view.w + pad * 2} ${view.h + pad * 2}`;
  // Keep small text legible: never below 1.6 % of the view's width.
  const minFont = Math.max(view.w, view.h) * 0.016;
  return (
    <svg
      className="miniature"
      viewBox={box}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      onPointerMove={onPoint ? (e) => onPoint(boardPoint(e.currentTarget, e.clientX, e.clientY)) : undefined}
      onPointerLeave={onPoint ? () => onPoint(null) : undefined}
    >
      <rect x={view.x - pad} y={view.y - pad} width={view.w + pad * 2} height={view.h + pad * 2} fill="#ffffff" />
      {miniature.shapes.map((shape, i) => (
        <ShapeView key={i} shape={shape} minFont={minFont} />
      ))}
      {pointer && <circle cx={pointer.x} cy={pointer.y} r={Math.max(view.w, view.h) * 0.012} fill="#d00000" stroke="#ffffff" strokeWidth={Math.max(view.w, view.h) * 0.004} />}
      {children}
    </svg>
  );
}

function ShapeView({ shape, minFont }: { shape: MiniatureShape; minFont: number }) {
  const { x, y, w, h } = shape;
  const strokeWidth = minFont * 0.15;
  if (shape.kind === 'line') return <line x1={x} y1={y} x2={x + w} y2={y + h} stroke={shape.stroke} strokeWidth={strokeWidth * 1.5} />;
  const fill = shape.fill === 'transparent' ? 'none' : shape.fill;
  const stroke = shape.stroke === 'transparent' ? 'none' : shape.stroke;
  const outline =
    shape.kind === 'ellipse' ? <ellipse cx={x + w / 2} cy={y + h / 2} rx={w / 2} ry={h / 2} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
    : shape.kind === 'diamond' ? <polygon points={`${x + w / 2},${y} ${x + w},${y + h / 2} ${x + w / 2},${y + h} ${x},${y + h / 2}`} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
    : shape.kind === 'text' ? null
    : <rect x={x} y={y} width={w} height={h} rx={shape.kind === 'frame' ? 0 : Math.min(w, h) * 0.04} fill={fill} stroke={stroke} strokeWidth={shape.kind === 'frame' ? strokeWidth * 2 : strokeWidth} />;
  const fontSize = Math.max(minFont, Math.min(h * 0.25, 28));
  const isFrame = shape.kind === 'frame';
  return (
    <g>
      {outline}
      {shape.text && (
        <text
          x={x + (isFrame ? fontSize * 0.4 : w / 2)}
          y={isFrame ? y + fontSize * 1.1 : y + h / 2}
          fontSize={fontSize}
          textAnchor={isFrame ? 'start' : 'middle'}
          dominantBaseline={isFrame ? 'auto' : 'middle'}
          fill={shape.textColour === 'transparent' ? '#000000' : shape.textColour}
          fontWeight={isFrame ? 800 : 400}
        >
          {fitText(shape.text, isFrame ? Infinity : w, fontSize)}
        </text>
      )}
    </g>
  );
}

/** The board point under a client point: the SVG's own transform undone (its viewBox is in board units). */
function boardPoint(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
}

/** The text cut to what fits on one line of a box `width` wide (letters are about 0.55 em wide). */
function fitText(text: string, width: number, fontSize: number): string {
  const room = Math.max(1, Math.floor(width / (fontSize * 0.55)) - 1);
  return text.length > room ? `${text.slice(0, Math.max(1, room - 1))}…` : text;
}
