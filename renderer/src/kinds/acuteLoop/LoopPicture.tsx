import { Group, Rect } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { slideRegions, slideSize, type LoopViewMode } from '../../../../shared/kinds/acuteLoop/slide.ts';
import { subtitleText } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { BarChart } from './BarChart.tsx';
import { ClockChart } from './ClockChart.tsx';
import { LinearDiagram } from './LinearDiagram.tsx';
import { LoopDiagram } from './LoopDiagram.tsx';
import { NeedsBlock } from './NeedsBlock.tsx';
import { Lines } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { ShareBlock } from './ShareBlock.tsx';
import { clampLines, measure } from './textMeasure.ts';

/**
 * The whole acute-loop picture in slide units (1920×1080): title, the loop or the swimlanes, the
 * 24-hour clock or the bar chart, the share outside office hours, and the needs. The same Group
 * is drawn on the board's own stage and could be drawn as the shared canvas's background.
 */
export function LoopPicture({ boardName, mode, ctx, fontsVersion }: { boardName: string; mode: LoopViewMode; ctx: PictureContext; fontsVersion: number }) {
  const regions = slideRegions(mode);
  const title = clampLines(boardName, slideSize.w - 80, 44, 800, 1)[0] ?? '';
  const titleW = measure(title, 44, 800);
  const subtitle = subtitleText(ctx.props.subtitle, ctx.t);
  const subtitleInline = titleW + 40 + measure(subtitle, 32, 400) < slideSize.w - 80;
  return (
    <Group>
      <Rect width={slideSize.w} height={slideSize.h} fill={loopTheme.paper} listening={false} />
      <Lines x={40} y={22} lines={[title]} size={44} weight={800} fill={loopTheme.ink} />
      {subtitleInline ? (
        <Lines x={40 + titleW + 28} y={32} lines={[`– ${subtitle}`]} size={32} fill={loopTheme.inkSoft} />
      ) : (
        <Lines x={40} y={70} lines={clampLines(subtitle, slideSize.w - 80, 24, 400, 1)} size={24} fill={loopTheme.inkSoft} />
      )}
      {mode === 'loop' ? (
        <>
          <LoopDiagram ctx={ctx} fontsVersion={fontsVersion} />
          <ClockChart box={regions.chart} ctx={ctx} />
          <ShareBlock box={regions.share} ctx={ctx} />
        </>
      ) : (
        <>
          <LinearDiagram ctx={ctx} fontsVersion={fontsVersion} />
          <BarChart box={regions.chart} ctx={ctx} />
          <ShareBlock box={regions.share} ctx={ctx} compact />
        </>
      )}
      <NeedsBlock box={regions.needs} ctx={ctx} />
    </Group>
  );
}
