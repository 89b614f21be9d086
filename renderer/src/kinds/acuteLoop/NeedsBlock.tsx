import { Circle, Group, Line, Rect } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import type { Rect as Box } from '../../../../shared/items/geometry.ts';
import { Lines } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { clampLines } from './textMeasure.ts';

/** "Behovet": the need the loop shows, beside it, as on the Bergen slide. Sub-points are indented. */
export function NeedsBlock({ box, ctx }: { box: Box; ctx: PictureContext }) {
  const { props, t } = ctx;
  const titleSize = 30;
  const size = 21;
  const lineH = size * 1.15;
  let y = titleSize + 16;
  const rows: { key: string; y: number; level: 0 | 1; lines: string[] }[] = [];
  let hidden = 0;
  for (const need of props.needs) {
    if (need.text.trim() === '') continue;
    const indent = need.level === 1 ? 52 : 26;
    const lines = clampLines(need.text, box.w - indent - 24, need.level === 1 ? size - 1 : size, need.level === 1 ? 400 : 700, 2);
    const h = lines.length * lineH + 4;
    if (y + h > box.h - 10) {
      hidden++;
      continue;
    }
    rows.push({ key: need.id, y, level: need.level, lines });
    y += h;
  }
  return (
    <Group x={box.x} y={box.y} listening={false}>
      <Rect width={box.w} height={box.h} cornerRadius={14} fill={loopTheme.paper} stroke={loopTheme.ink} strokeWidth={3} />
      <Lines x={20} y={12} lines={[t('acuteLoop.needs.title')]} size={titleSize} weight={800} fill={loopTheme.ink} />
      {rows.length === 0 && <Lines x={20} y={titleSize + 22} lines={[t('acuteLoop.needs.empty')]} size={size} fill={loopTheme.inkSoft} />}
      {rows.map((r) => (
        <Group key={r.key} x={20} y={r.y}>
          {r.level === 0 ? (
            <Circle x={8} y={lineH / 2} radius={5} fill={loopTheme.ink} />
          ) : (
            <Line points={[30, lineH / 2, 42, lineH / 2]} stroke={loopTheme.ink} strokeWidth={3} />
          )}
          <Lines x={r.level === 1 ? 52 : 26} y={1} lines={r.lines} size={r.level === 1 ? size - 1 : size} weight={r.level === 1 ? 400 : 700} fill={loopTheme.ink} lineHeight={1.15} />
        </Group>
      ))}
      {hidden > 0 && <Lines x={box.w - 80} y={box.h - 34} width={64} align="right" lines={[t('acuteLoop.picture.moreNotes', { n: hidden })]} size={20} weight={700} fill={loopTheme.inkSoft} />}
    </Group>
  );
}
