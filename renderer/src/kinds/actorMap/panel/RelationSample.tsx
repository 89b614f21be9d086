import type { RelationType } from '../../../../../shared/kinds/actorMap/props.ts';
import { relationStyle } from '../../../../../shared/kinds/actorMap/relationStyles.ts';

/** A short line drawn as the map draws this relation type: the legend entry, in HTML. */
export function RelationSample({ type, width = 56 }: { type: RelationType; width?: number }) {
  const s = relationStyle(type);
  const scale = 0.5;
  return (
    <svg className="relation-sample" width={width} height={16} viewBox={`0 0 ${width} 16`} aria-hidden focusable="false">
      <line
        x1={4}
        y1={8}
        x2={width - 4}
        y2={8}
        stroke={s.stroke}
        strokeWidth={s.width * scale}
        strokeDasharray={s.dash.length ? s.dash.map((d) => d * scale).join(' ') : undefined}
        strokeLinecap={s.lineCap}
      />
    </svg>
  );
}
