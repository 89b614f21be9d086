import { useMemo } from 'react';
import { Arc, Circle, Group, Line } from 'react-konva';
import { layoutClock } from '../../../../shared/kinds/acuteLoop/clockLayout.ts';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import { Lines, NumberBadge } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';

const deg = (rad: number) => (rad * 180) / Math.PI;

/**
 * The 24-hour clock beside the loop: office hours shaded, the hourly counts as radial bars, each
 * station's number at its time of day on the rim. Midnight at the top, like a clock.
 */
export function ClockChart({ box, ctx }: { box: Rect; ctx: PictureContext }) {
  const { props, view, t } = ctx;
  const clock = useMemo(
    () => layoutClock(box, props.officeHours, props.hourly.counts, view.stations),
    [box, props.officeHours, props.hourly.counts, view.stations],
  );
  const { centre, radius, innerRadius } = clock;
  return (
    <Group listening={false}>
      <Circle x={centre.x} y={centre.y} radius={radius} fill={loopTheme.paper} stroke={loopTheme.inkSoft} strokeWidth={2} />
      {clock.office.map((s, i) => (
        <Arc
          key={i}
          x={centre.x}
          y={centre.y}
          innerRadius={innerRadius}
          outerRadius={radius}
          angle={deg(s.endAngle - s.startAngle)}
          rotation={deg(s.startAngle)}
          fill={loopTheme.officeShade}
        />
      ))}
      {clock.bars.map((b) =>
        b.outer > b.inner + 0.5 ? (
          <Arc key={b.hour} x={centre.x} y={centre.y} innerRadius={b.inner} outerRadius={b.outer} angle={deg(b.endAngle - b.startAngle)} rotation={deg(b.startAngle)} fill={loopTheme.bar} />
        ) : null,
      )}
      {/* Office-hour boundaries as firm lines, so the shading reads in greyscale too. */}
      {clock.office.flatMap((s, i) =>
        [s.startAngle, s.endAngle].map((a, j) => (
          <Line
            key={`${i}-${j}`}
            points={[centre.x + innerRadius * Math.cos(a), centre.y + innerRadius * Math.sin(a), centre.x + radius * Math.cos(a), centre.y + radius * Math.sin(a)]}
            stroke={loopTheme.ink}
            strokeWidth={3}
            dash={[8, 6]}
          />
        )),
      )}
      <Circle x={centre.x} y={centre.y} radius={radius} stroke={loopTheme.ink} strokeWidth={3} />
      <Circle x={centre.x} y={centre.y} radius={innerRadius} fill={loopTheme.paper} stroke={loopTheme.inkSoft} strokeWidth={2} />
      <Lines x={centre.x - innerRadius} y={centre.y - 13} width={innerRadius * 2} align="center" lines={[t('acuteLoop.picture.clockTitle')]} size={24} weight={800} fill={loopTheme.ink} />
      {clock.ticks.map((tick) => (
        <Line key={tick.hour} points={[tick.from.x, tick.from.y, tick.to.x, tick.to.y]} stroke={loopTheme.ink} strokeWidth={tick.hour % 3 === 0 ? 4 : 2} />
      ))}
      {clock.labels.map((l) => (
        <Lines key={l.hour} x={l.at.x - 30} y={l.at.y - 13} width={60} align="center" lines={[String(l.hour).padStart(2, '0')]} size={26} weight={700} fill={loopTheme.ink} />
      ))}
      {/* Each marker is pinned to its time on the rim, so one moved aside for a neighbour still points at its hour. */}
      {clock.markers.map((m) => (
        <Line key={`pin-${m.stationId}`} points={[m.anchor.x, m.anchor.y, m.centre.x, m.centre.y]} stroke={loopTheme.ink} strokeWidth={3} lineCap="round" />
      ))}
      {clock.markers.map((m) => (
        <NumberBadge key={m.stationId} x={m.centre.x} y={m.centre.y} n={m.number} r={m.radius} inverted />
      ))}
    </Group>
  );
}

