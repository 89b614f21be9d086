import { Group, Line } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { outsideOfficeShare, percentOf } from '../../../../shared/kinds/acuteLoop/officeHours.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import { hourlyLabel, officeText, percentText } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { Lines } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { clampLines, measure } from './textMeasure.ts';

/**
 * The number the room remembers, as large as the picture allows: "76 % utenfor kontortid"
 * (seed 003), with what was counted, the office hours and where the numbers come from.
 */
export function ShareBlock({ box, ctx, compact = false }: { box: Rect; ctx: PictureContext; compact?: boolean }) {
  const { props, t, language } = ctx;
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  const noData = share.outsideShare === null;
  const big = percentText(percentOf(share.outsideShare), t);
  const bigSize = Math.min(compact ? 96 : 112, ((compact ? 96 : 112) * (box.w * (compact ? 0.95 : 0.5))) / Math.max(1, measure(big, compact ? 96 : 112, 800)));
  const bigW = measure(big, bigSize, 800);
  const total = new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 }).format(share.total);
  const label = hourlyLabel(props.hourly, t);
  const office = `${officeText(props.officeHours, t)} · ${t('acuteLoop.data.total', { total })}`;
  const textX = compact ? 0 : bigW + 24;
  const textW = box.w - textX;
  const outsideLines = clampLines(noData ? t('acuteLoop.share.noData') : t('acuteLoop.share.outside'), textW, 34, 800, 2);
  const detailY = compact ? bigSize * 1.02 + outsideLines.length * 40 : outsideLines.length * 40 + 6;
  const detailLines = [...clampLines(label, textW, 21, 400, compact ? 1 : 2), ...clampLines(office, textW, 21, 400, 1)];
  const sourceLines = props.hourly.source.trim() ? clampLines(props.hourly.source, box.w, 18, 400, 1, true) : [];
  return (
    <Group x={box.x} y={box.y} listening={false}>
      <Lines x={0} y={0} lines={[big]} size={bigSize} weight={800} fill={noData ? loopTheme.inkSoft : loopTheme.broken} lineHeight={1} />
      <Lines x={textX} y={compact ? bigSize * 1.02 : 6} lines={outsideLines} size={34} weight={800} fill={loopTheme.ink} />
      <Lines x={textX} y={detailY} lines={detailLines} size={21} fill={loopTheme.inkSoft} lineHeight={1.3} />
      {sourceLines.length > 0 && (
        <>
          <Line points={[0, box.h - 32, box.w, box.h - 32]} stroke={loopTheme.laneLine} strokeWidth={1} />
          <Lines x={0} y={box.h - 24} lines={sourceLines} size={18} italic fill={loopTheme.inkSoft} />
        </>
      )}
    </Group>
  );
}
