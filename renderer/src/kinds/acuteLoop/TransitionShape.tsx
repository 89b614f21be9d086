import type { ReactNode } from 'react';
import type Konva from 'konva';
import { Arrow, Group, Line } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { BreakMark } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';

/** A cursor for the picture's clickable parts; the stage's container owns the cursor. */
export function setCursor(e: Konva.KonvaEventObject<unknown>, cursor: string): void {
  const container = e.target.getStage()?.container();
  if (container) container.style.cursor = cursor;
}

/** How heavy a transition is drawn: the loop's arrows are larger than the swimlanes'. */
export interface TransitionWeight {
  strokeWidth: number;
  pointerLength: number;
  pointerWidth: number;
  dash: number[];
  hitStrokeWidth: number;
  breakRadius?: number;
}

interface TransitionLike {
  fromId: string;
  toId: string;
  points: readonly { x: number; y: number }[];
  broken: boolean;
  middle: { x: number; y: number };
}

/**
 * One transition between two stations, in the loop and in the swimlanes alike: an arrow that
 * selects the transition when clicked (while editing), dashed and red with a break mark when the
 * transition is broken (brudd). `children` adds a view's own extras, such as the loop's label.
 */
export function TransitionShape({ tr, ctx, weight, children }: { tr: TransitionLike; ctx: PictureContext; weight: TransitionWeight; children?: ReactNode }) {
  const { editing, selection, actions } = ctx;
  const points = tr.points.flatMap((p) => [p.x, p.y]);
  const selected = selection?.kind === 'transition' && selection.fromId === tr.fromId && selection.toId === tr.toId;
  const colour = tr.broken ? loopTheme.broken : loopTheme.arrow;
  return (
    <Group>
      {selected && <Line points={points} stroke={loopTheme.selection} strokeWidth={18} lineCap="round" lineJoin="round" opacity={0.45} listening={false} />}
      <Arrow
        id={`tr-${tr.fromId}-${tr.toId}`}
        name="transition"
        points={points}
        stroke={colour}
        fill={colour}
        strokeWidth={weight.strokeWidth}
        pointerLength={weight.pointerLength}
        pointerWidth={weight.pointerWidth}
        lineCap="round"
        lineJoin="round"
        dash={tr.broken ? weight.dash : undefined}
        hitStrokeWidth={weight.hitStrokeWidth}
        listening={editing}
        onClick={() => actions.selectTransition(tr.fromId, tr.toId)}
        onTap={() => actions.selectTransition(tr.fromId, tr.toId)}
        onMouseEnter={(e) => setCursor(e, 'pointer')}
        onMouseLeave={(e) => setCursor(e, '')}
        perfectDrawEnabled={false}
      />
      {tr.broken && <BreakMark x={tr.middle.x} y={tr.middle.y} {...(weight.breakRadius ? { r: weight.breakRadius } : {})} />}
      {children}
    </Group>
  );
}
