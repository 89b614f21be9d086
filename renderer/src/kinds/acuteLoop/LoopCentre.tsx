import { Group } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { loopDuration } from '../../../../shared/kinds/acuteLoop/duration.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import type { Language } from '../../../../shared/i18n/messages.ts';
import { durationText } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { Lines } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { clampLines, measure } from './textMeasure.ts';

const numberFormat = (language: Language) => new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 });

/**
 * The middle of the loop: the revolving door in figures. How many times a year a patient goes
 * round, for how many patients, and how long one round takes (the stations' durations added up).
 */
export function LoopCentre({ box, ctx }: { box: Rect; ctx: PictureContext }) {
  const { props, view, t } = ctx;
  const fmt = numberFormat(ctx.language);
  const figures: { value: string; label: string }[] = [];
  if (props.figures.loopsPerYear !== null) figures.push({ value: fmt.format(props.figures.loopsPerYear), label: t('acuteLoop.figures.loops') });
  if (props.figures.patients !== null) figures.push({ value: fmt.format(props.figures.patients), label: t('acuteLoop.figures.patients') });
  const round = loopDuration(view.stations.map((s) => s.durationMinutes));
  const roundText =
    round.minutes > 0
      ? round.unknown > 0
        ? t('acuteLoop.figures.roundTimeUnknown', { duration: durationText(round.minutes, t), unknown: round.unknown })
        : t('acuteLoop.figures.roundTime', { duration: durationText(round.minutes, t) })
      : '';
  if (figures.length === 0 && roundText === '') return null;
  const colW = box.w / Math.max(1, figures.length);
  const valueSize = 76;
  const labelSize = 22;
  return (
    <Group listening={false}>
      {figures.map((f, i) => {
        const labelLines = clampLines(f.label, colW - 12, labelSize, 700, 2);
        const size = Math.min(valueSize, (valueSize * (colW - 16)) / Math.max(1, measure(f.value, valueSize, 800)));
        return (
          <Group key={f.label} x={box.x + i * colW} y={box.y}>
            <Lines x={0} y={0} width={colW} align="center" lines={[f.value]} size={size} weight={800} fill={loopTheme.ink} />
            <Lines x={0} y={valueSize * 1.05} width={colW} align="center" lines={labelLines} size={labelSize} weight={700} fill={loopTheme.inkSoft} />
          </Group>
        );
      })}
      {roundText && (
        <Lines
          x={box.x - 20}
          y={box.y + (figures.length > 0 ? valueSize * 1.05 + labelSize * 2.6 : box.h / 2 - 12)}
          width={box.w + 40}
          align="center"
          lines={clampLines(roundText, box.w + 40, 21, 400, 2)}
          size={21}
          fill={loopTheme.inkSoft}
        />
      )}
    </Group>
  );
}
