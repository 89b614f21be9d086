import { Circle, Group, Line, Rect, Text } from 'react-konva';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import type { Rect as Box } from '../../../../shared/items/geometry.ts';
import type { StationNoteKind } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { cardInsets, fitCardName, fitCardTexts, metaLineHeight, nameLineHeight } from '../../../../shared/kinds/acuteLoop/cardText.ts';
import { clampLines, measure } from './textMeasure.ts';

/**
 * Small drawing pieces of the acute-loop picture (slide units). Text is pre-wrapped with the
 * measured font and drawn with wrapping off, so what a test or an export computes is what shows.
 */

const font = loopTheme.font;

/** Multi-line text already broken into lines. */
export function Lines(props: { x: number; y: number; lines: readonly string[]; size: number; weight?: 400 | 700 | 800; fill: string; italic?: boolean; align?: 'left' | 'center' | 'right'; width?: number; lineHeight?: number }) {
  const { x, y, lines, size, weight = 400, fill, italic, align = 'left', width, lineHeight = 1.18 } = props;
  return (
    <Text
      x={x}
      y={y}
      text={lines.join('\n')}
      fontFamily={font}
      fontSize={size}
      fontStyle={`${italic ? 'italic ' : ''}${weight === 400 ? 'normal' : weight}`}
      fill={fill}
      align={align}
      width={width}
      wrap="none"
      lineHeight={lineHeight}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

/** The number of a station: on its card, on the clock and on the chart, so they can be matched. */
export function NumberBadge({ x, y, n, r = 20, inverted = false }: { x: number; y: number; n: number; r?: number; inverted?: boolean }) {
  const size = n >= 10 ? r * 0.95 : r * 1.1;
  return (
    <Group x={x} y={y} listening={false}>
      <Circle radius={r} fill={inverted ? loopTheme.paper : loopTheme.ink} stroke={loopTheme.ink} strokeWidth={3} perfectDrawEnabled={false} />
      <Text
        x={-r}
        y={-size / 2 + 1}
        width={2 * r}
        text={String(n)}
        align="center"
        fontFamily={font}
        fontStyle="800"
        fontSize={size}
        fill={inverted ? loopTheme.ink : loopTheme.paper}
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

export interface CardContent {
  number: number;
  name: string;
  actorLine: string;
  durationText: string;
  time: string | null;
  outsideOffice: boolean;
  category: Parameters<typeof categoryStyle>[0] | null;
  hiddenNotes: number;
  moreNotesText: string;
}

export interface CardStyle {
  nameSize: number;
  metaSize: number;
  /** The loop view shows the time on the card; the swimlanes show it in their time row instead. */
  showTime: boolean;
}

/** Type sizes for a loop card of width w (230 at full size). */
export function loopCardStyle(w: number): CardStyle {
  const k = w / 230;
  return { nameSize: Math.max(16, Math.round(25 * k)), metaSize: Math.max(14, Math.round(19 * k)), showTime: true };
}

const metaText = (content: CardContent) => [content.actorLine, content.durationText].filter((s) => s !== '').join(' · ');
const moreWidth = (content: CardContent, metaSize: number) => (content.hiddenNotes > 0 ? measure(content.moreNotesText, metaSize, 700) + 6 : 0);

/**
 * The board's card style with one name size for every card: the largest at which every station's
 * name fits its card whole (issue 15: never "PAM (psykiatrisk…" on the wall), down to 16.
 */
export function fittedCardStyle(base: CardStyle, contents: readonly CardContent[], box: { w: number; h: number }): CardStyle {
  const fitted = fitCardTexts(
    contents.map((c) => ({ name: c.name, meta: metaText(c), metaReserve: moreWidth(c, base.metaSize) })),
    box,
    { nameSize: base.nameSize, nameFloor: Math.min(base.nameSize, 16), metaSize: base.metaSize },
    (s, size) => measure(s, size, 800),
    (s, size) => measure(s, size, 400),
  );
  return { ...base, nameSize: fitted.nameSize };
}

/** A station's card, drawn around (0, 0) so it can be dragged by its centre along the loop. */
export function CardFace({ w, h, content, selected, style: cardStyle }: { w: number; h: number; content: CardContent; selected: boolean; style: CardStyle }) {
  const style = content.category ? categoryStyle(content.category) : null;
  const fill = style ? style.fill : loopTheme.noActorFill;
  const ink = style ? style.text : loopTheme.noActorInk;
  const { nameSize, metaSize, showTime } = cardStyle;
  const { pad, top, badge } = cardInsets(nameSize, metaSize);
  const meta = metaText(content);
  const moreW = moreWidth(content, metaSize);
  // Whole texts, never cut: the board's name size was chosen so they fit (fittedCardStyle).
  const metaLines = meta ? clampLines(meta, w - 2 * pad - moreW, metaSize, 400, Infinity) : [];
  const { size: ownNameSize, lines: nameLines } = fitCardName(content.name, metaLines.length, { w, h }, nameSize, metaSize, (s, size) => measure(s, size, 800));
  const metaTop = h - pad - metaLines.length * metaSize * metaLineHeight + metaSize * (metaLineHeight - 1);
  const time = showTime ? content.time : null;
  const timeW = time ? measure(time, metaSize, 700) + metaSize : 0;
  return (
    <Group x={-w / 2} y={-h / 2}>
      {selected && <Rect x={-8} y={-8} width={w + 16} height={h + 16} cornerRadius={18} stroke={loopTheme.selection} strokeWidth={6} listening={false} />}
      <Rect width={w} height={h} cornerRadius={14} fill={fill} stroke={loopTheme.ink} strokeWidth={style ? 2 : 3} dash={style ? undefined : [10, 6]} perfectDrawEnabled={false} />
      <Lines x={pad} y={top} lines={nameLines} size={ownNameSize} weight={800} fill={ink} lineHeight={nameLineHeight} />
      {meta && <Lines x={pad} y={metaTop} lines={metaLines} size={metaSize} fill={ink} lineHeight={metaLineHeight} />}
      {time && (
        <Group x={w - timeW - pad * 0.6} y={-metaSize * 0.75} listening={false}>
          <Rect
            width={timeW}
            height={metaSize * 1.5}
            cornerRadius={metaSize * 0.75}
            fill={content.outsideOffice ? loopTheme.timeOutsideFill : loopTheme.timeInsideFill}
            stroke={loopTheme.ink}
            strokeWidth={2}
          />
          <Text
            width={timeW}
            y={metaSize * 0.26}
            align="center"
            text={time}
            fontFamily={font}
            fontStyle="700"
            fontSize={metaSize}
            fill={content.outsideOffice ? loopTheme.timeOutsideInk : loopTheme.timeInsideInk}
          />
        </Group>
      )}
      {content.hiddenNotes > 0 && (
        <Text x={w - pad - moreW} y={h - pad - metaSize} width={moreW} align="right" text={content.moreNotesText} fontFamily={font} fontStyle="700" fontSize={metaSize} fill={ink} listening={false} />
      )}
      <NumberBadge x={-badge * 0.3} y={-badge * 0.3} n={content.number} r={badge} />
    </Group>
  );
}

/** Lines of a note's text, as NoteChip draws them; the layout asks for the height through this. */
export function noteLines(kind: StationNoteKind, text: string, w: number, size: number, maxLines: number): string[] {
  const pain = kind === 'painPoints';
  return clampLines(text, w - (pain ? 30 : 28) - 8, size, pain ? 700 : 400, maxLines, !pain);
}

/** The height a note of `lines` lines takes. */
export const noteHeightFor = (lines: number, size: number) => Math.round(lines * size * 1.18 + 14);

/** A pain point (a red-edged note with "!") or a quote (a white note in italics with a quote mark). */
export function NoteChip({ rect, kind, text, size = 19, maxLines = 2 }: { rect: Box; kind: StationNoteKind; text: string; size?: number; maxLines?: number }) {
  const pain = kind === 'painPoints';
  const inset = pain ? 30 : 28;
  const lines = noteLines(kind, text, rect.w, size, maxLines);
  const textH = lines.length * size * 1.18;
  return (
    <Group x={rect.x} y={rect.y} listening={false}>
      <Rect width={rect.w} height={rect.h} cornerRadius={6} fill={pain ? loopTheme.painFill : loopTheme.quoteFill} stroke={pain ? loopTheme.broken : loopTheme.inkSoft} strokeWidth={2} perfectDrawEnabled={false} />
      {pain ? (
        <>
          <Rect width={8} height={rect.h} cornerRadius={[6, 0, 0, 6]} fill={loopTheme.broken} />
          <Text x={10} y={(rect.h - size) / 2} width={18} align="center" text="!" fontFamily={font} fontStyle="800" fontSize={size * 1.05} fill={loopTheme.broken} />
        </>
      ) : (
        <Text x={6} y={4} text="“" fontFamily={font} fontStyle="800" fontSize={size * 1.9} fill={loopTheme.inkSoft} />
      )}
      <Lines x={inset} y={(rect.h - textH) / 2 + 1} lines={lines} size={size} weight={pain ? 700 : 400} italic={!pain} fill={pain ? loopTheme.painInk : loopTheme.quoteInk} />
    </Group>
  );
}

/** The mark on a broken transition: a circle with a zigzag through it, readable without colour. */
export function BreakMark({ x, y, r = 20 }: { x: number; y: number; r?: number }) {
  const z = r * 0.55;
  return (
    <Group x={x} y={y} listening={false}>
      <Circle radius={r} fill={loopTheme.paper} stroke={loopTheme.broken} strokeWidth={4} />
      <Line points={[-z, -z * 0.9, z * 0.15, -z * 0.1, -z * 0.15, z * 0.1, z, z * 0.9]} stroke={loopTheme.broken} strokeWidth={5} lineCap="round" lineJoin="round" />
    </Group>
  );
}

/** The reason written beside a broken transition. */
export function BreakLabel({ rect, title, note, size = 19 }: { rect: Box; title: string; note: string; size?: number }) {
  const lines = clampLines(`${title}: ${note}`, rect.w - 20, size, 700, 2);
  return (
    <Group x={rect.x} y={rect.y} listening={false}>
      <Rect width={rect.w} height={rect.h} cornerRadius={8} fill={loopTheme.brokenSoft} stroke={loopTheme.broken} strokeWidth={3} />
      <Lines x={10} y={(rect.h - lines.length * size * 1.18) / 2 + 1} lines={lines} size={size} weight={700} fill={loopTheme.broken} />
    </Group>
  );
}

/**
 * A thin dashed line from a break's reason to its mark, when the reason had to be written a
 * little away from the arrow; nothing when they touch.
 */
export function Leader({ rect, to }: { rect: Box; to: { x: number; y: number } }) {
  const x = Math.min(rect.x + rect.w, Math.max(rect.x, to.x));
  const y = Math.min(rect.y + rect.h, Math.max(rect.y, to.y));
  if (Math.hypot(to.x - x, to.y - y) < 30) return null;
  return <Line points={[x, y, to.x, to.y]} stroke={loopTheme.broken} strokeWidth={2.5} dash={[6, 5]} listening={false} />;
}

/** The "+" that adds a station between two others (only while editing). */
export function AddHandle({ id, x, y, onAdd }: { id: string; x: number; y: number; onAdd(): void }) {
  return (
    <Group
      id={id}
      x={x}
      y={y}
      onClick={onAdd}
      onTap={onAdd}
      name="add-handle"
      onMouseEnter={(e) => {
        const c = e.target.getStage()?.container();
        if (c) c.style.cursor = 'copy';
      }}
      onMouseLeave={(e) => {
        const c = e.target.getStage()?.container();
        if (c) c.style.cursor = '';
      }}
    >
      <Circle radius={18} fill={loopTheme.handleFill} stroke={loopTheme.paper} strokeWidth={3} hitStrokeWidth={12} />
      <Line points={[-9, 0, 9, 0]} stroke={loopTheme.handleInk} strokeWidth={4} lineCap="round" listening={false} />
      <Line points={[0, -9, 0, 9]} stroke={loopTheme.handleInk} strokeWidth={4} lineCap="round" listening={false} />
    </Group>
  );
}
