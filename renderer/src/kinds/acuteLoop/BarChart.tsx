import { useMemo } from 'react';
import { Group, Line, Rect } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { layoutHistogram } from '../../../../shared/kinds/acuteLoop/histogramLayout.ts';
import type { Rect as Box } from '../../../../shared/items/geometry.ts';
import { hourlyLabel } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { Lines, NumberBadge } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { clampLines } from './textMeasure.ts';

/** Events by hour as bars, office hours shaded behind them, the stations' numbers at their times. */
export function BarChart({ box, ctx }: { box: Box; ctx: PictureContext }) {
  const { props, view, t } = ctx;
  const chart = useMemo(() => layoutHistogram(box, props.officeHours, props.hourly.counts, view.stations), [box, props.officeHours, props.hourly.counts, view.stations]);
  const { plot } = chart;
  return (
    <Group listening={false}>
      {chart.office.map((r, i) => (
        <Group key={i}>
          <Rect x={r.x} y={r.y} width={r.w} height={r.h} fill={loopTheme.officeShade} />
          <Line points={[r.x, r.y, r.x, r.y + r.h]} stroke={loopTheme.ink} strokeWidth={3} dash={[8, 6]} />
          <Line points={[r.x + r.w, r.y, r.x + r.w, r.y + r.h]} stroke={loopTheme.ink} strokeWidth={3} dash={[8, 6]} />
        </Group>
      ))}
      {chart.bars.map((b) => (b.rect.h > 0 ? <Rect key={b.hour} x={b.rect.x} y={b.rect.y} width={b.rect.w} height={b.rect.h} fill={loopTheme.bar} /> : null))}
      <Line points={[plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h]} stroke={loopTheme.ink} strokeWidth={3} />
      {chart.labels.map((l) => (
        <Lines key={l.hour} x={l.x - 24} y={l.y} width={48} align="center" lines={[String(l.hour).padStart(2, '0')]} size={22} weight={700} fill={loopTheme.ink} />
      ))}
      <Lines x={box.x} y={box.y} lines={clampLines(hourlyLabel(props.hourly, t), box.w - 20, 22, 700, 1)} size={22} weight={700} fill={loopTheme.ink} />
      {chart.markers.map((m) => (
        <NumberBadge key={m.stationId} x={m.x} y={m.y} n={m.number} r={15} inverted />
      ))}
    </Group>
  );
}
