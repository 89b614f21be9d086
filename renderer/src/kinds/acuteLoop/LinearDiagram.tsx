import { useMemo, useState } from 'react';
import { Arrow, Group, Line, Rect, Text } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { automaticLane } from '../../../../shared/kinds/acuteLoop/lanes.ts';
import { layoutLinear, linearDropTarget, type LinearStation, type LinearTransition } from '../../../../shared/kinds/acuteLoop/linearLayout.ts';
import { slideRegions } from '../../../../shared/kinds/acuteLoop/slide.ts';
import type { StationView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { laneName } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { formatClock } from '../../../../shared/kinds/acuteLoop/time.ts';
import { cardContent } from './cardContent.ts';
import { AddHandle, BreakLabel, CardFace, fittedCardStyle, Leader, Lines, NoteChip, noteHeightFor, noteLines, NumberBadge, type CardStyle } from './PictureParts.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { setCursor, TransitionShape } from './TransitionShape.tsx';
import { clampLines } from './textMeasure.ts';

const area = slideRegions('linear').main;
/** Notes in the swimlanes: smaller than the loop's, whole (wrapped, never cut). */
const linearNoteFont = 16;
/** Swimlane cards are narrower than the loop's, and smaller with many stations; the time is in the row above them. */
const linearCardStyle = (w: number): CardStyle => ({
  nameSize: Math.max(14, Math.min(20, Math.round(w / 7.2))),
  metaSize: Math.max(12, Math.min(16, Math.round(w / 9))),
  showTime: false,
});

/**
 * The swimlane view: the same stations in the same order, left to right, each in the lane of
 * who holds the patient there. Times of day run along the top; the last arrow says the loop
 * starts again. While editing, a card dragged to another column or lane moves there.
 */
export function LinearDiagram({ ctx, fontsVersion }: { ctx: PictureContext; fontsVersion: number }) {
  const { props, view, t, editing, actions } = ctx;
  const layout = useMemo(
    () => layoutLinear(view, props.lanes, area, (note, w) => noteHeightFor(noteLines(note.kind, note.text, w, linearNoteFont, Infinity).length, linearNoteFont)),
    // The fonts' arrival changes the measured heights.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, props.lanes, fontsVersion],
  );
  const [drop, setDrop] = useState<{ id: string; index: number; laneId: string | null } | null>(null);
  const n = view.stations.length;
  const stationById = new Map(view.stations.map((s) => [s.id, s]));
  const cardStyle = useMemo(() => {
    const first = layout.stations[0];
    if (!first) return linearCardStyle(100);
    return fittedCardStyle(linearCardStyle(first.rect.w), layout.stations.map((p) => cardContent(stationById.get(p.id)!, p.hiddenNotes, t)), first.rect);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, t, fontsVersion]);
  const dropColumn = drop ? layout.stations[drop.index]?.column : undefined;
  const dropLane = drop ? layout.lanes.find((l) => l.id === drop.laneId) : undefined;

  return (
    <Group>
      {layout.lanes.map((lane, i) => (
        <Group key={lane.id} listening={false}>
          <Rect x={lane.rect.x} y={lane.rect.y} width={lane.rect.w} height={lane.rect.h} fill={i % 2 === 0 ? loopTheme.laneA : loopTheme.laneB} stroke={loopTheme.laneLine} strokeWidth={2} />
          <Lines
            x={lane.labelRect.x + 16}
            y={lane.labelRect.y + 16}
            lines={clampLines(laneName(props.lanes[i]!, i, t), lane.labelRect.w - 32, 25, 800, 3)}
            size={25}
            weight={800}
            fill={loopTheme.ink}
          />
        </Group>
      ))}
      <Line points={[layout.columnsArea.x, area.y, layout.columnsArea.x, area.y + area.h]} stroke={loopTheme.laneLine} strokeWidth={2} listening={false} />
      {dropColumn && dropLane && (
        <Rect x={dropColumn.x + 4} y={dropLane.rect.y + 4} width={dropColumn.w - 8} height={dropLane.rect.h - 8} stroke={loopTheme.selection} strokeWidth={5} dash={[14, 8]} cornerRadius={12} listening={false} />
      )}
      {n === 0 && (
        <Lines x={layout.columnsArea.x} y={area.y + area.h / 2 - 20} width={layout.columnsArea.w} align="center" lines={[t('acuteLoop.picture.empty')]} size={36} weight={800} fill={loopTheme.ink} />
      )}
      {layout.stations.map((s) => (
        <TimeLabel key={`time-${s.id}`} station={stationById.get(s.id)!} placed={s} />
      ))}
      {layout.transitions.map((tr) => (
        <LinearArrow key={`${tr.fromId}>${tr.toId}`} tr={tr} ctx={ctx} />
      ))}
      {layout.returnMark && (
        <Group x={layout.returnMark.x} y={layout.returnMark.y} listening={false}>
          <Rect width={layout.returnMark.w} height={layout.returnMark.h} cornerRadius={layout.returnMark.h / 2} fill={loopTheme.paper} stroke={loopTheme.ink} strokeWidth={3} />
          <RoundArrow x={24} y={layout.returnMark.h / 2} r={13} />
          <NumberBadge x={layout.returnMark.w - 26} y={layout.returnMark.h / 2} n={1} r={17} />
        </Group>
      )}
      {editing &&
        layout.transitions
          .filter((tr) => !tr.wraps)
          .map((tr) => {
            const from = layout.stations[tr.index]!;
            return <AddHandle key={`add-${tr.fromId}`} id={`add-${tr.index + 1}`} x={from.column.x + from.column.w} y={layout.timeRow.y + layout.timeRow.h + 2} onAdd={() => actions.addStationAt(tr.index + 1)} />;
          })}
      {layout.stations.flatMap((s) => s.notes.map((note) => <NoteChip key={note.id} rect={note.rect} kind={note.kind} text={note.text} size={linearNoteFont} maxLines={Infinity} />))}
      {layout.transitions.map((tr) =>
        tr.broken && tr.labelRect ? (
          <Group key={`why-${tr.fromId}`} listening={false}>
            <Leader rect={tr.labelRect} to={tr.middle} />
            <BreakLabel rect={tr.labelRect} title={t('acuteLoop.picture.broken')} note={tr.note} size={16} />
          </Group>
        ) : null,
      )}
      {layout.stations.map((placed) => (
        <LinearStationNode
          key={placed.id}
          placed={placed}
          station={stationById.get(placed.id)!}
          ctx={ctx}
          fontsVersion={fontsVersion}
          cardStyle={cardStyle}
          target={(p) => linearDropTarget(layout, p, n)}
          onTarget={(target) => setDrop(target ? { id: placed.id, ...target } : null)}
        />
      ))}
    </Group>
  );
}

/** A small circular arrow: "and round again". Drawn, not a glyph, so no font can lack it. */
function RoundArrow({ x, y, r }: { x: number; y: number; r: number }) {
  const points: number[] = [];
  for (let a = -0.6; a <= Math.PI * 1.45; a += 0.2) points.push(x + r * Math.cos(a), y + r * Math.sin(a));
  return <Arrow points={points} stroke={loopTheme.ink} fill={loopTheme.ink} strokeWidth={3.5} pointerLength={9} pointerWidth={10} lineCap="round" listening={false} />;
}

function TimeLabel({ station, placed }: { station: StationView; placed: LinearStation }) {
  if (station.timeOfDay === null) return null;
  const outside = station.inOfficeHours === false;
  const r = placed.timeRect;
  const w = Math.min(r.w, 110);
  return (
    <Group x={r.x + (r.w - w) / 2} y={r.y} listening={false}>
      <Rect width={w} height={r.h} cornerRadius={r.h / 2} fill={outside ? loopTheme.timeOutsideFill : loopTheme.timeInsideFill} stroke={loopTheme.ink} strokeWidth={2} />
      <Text width={w} y={(r.h - 22) / 2 + 1} align="center" text={formatClock(station.timeOfDay)} fontFamily={loopTheme.font} fontStyle="700" fontSize={22} fill={outside ? loopTheme.timeOutsideInk : loopTheme.timeInsideInk} />
    </Group>
  );
}

function LinearArrow({ tr, ctx }: { tr: LinearTransition; ctx: PictureContext }) {
  return <TransitionShape tr={tr} ctx={ctx} weight={{ strokeWidth: 5, pointerLength: 18, pointerWidth: 20, dash: [16, 10], hitStrokeWidth: 28, breakRadius: 17 }} />;
}

function LinearStationNode(props: {
  placed: LinearStation;
  station: StationView;
  ctx: PictureContext;
  fontsVersion: number;
  cardStyle: CardStyle;
  target(p: { x: number; y: number }): { index: number; laneId: string | null };
  onTarget(target: { index: number; laneId: string | null } | null): void;
}) {
  const { placed, station, ctx, target, onTarget } = props;
  const { t, editing, selection, actions, actors } = ctx;
  const selected = selection?.kind === 'station' && selection.id === placed.id;
  const centre = { x: placed.rect.x + placed.rect.w / 2, y: placed.rect.y + placed.rect.h / 2 };
  const stationRecord = ctx.props.stations[placed.index]!;
  return (
    <Group
      id={placed.id}
      name="station"
      x={centre.x}
      y={centre.y}
      draggable={editing}
      listening={editing}
      onClick={() => actions.selectStation(placed.id)}
      onTap={() => actions.selectStation(placed.id)}
      onMouseEnter={(e) => setCursor(e, 'grab')}
      onMouseLeave={(e) => setCursor(e, '')}
      onDragStart={(e) => {
        e.target.moveToTop();
        onTarget(target(e.target.position()));
      }}
      onDragMove={(e) => onTarget(target(e.target.position()))}
      onDragEnd={(e) => {
        const drop = target(e.target.position());
        e.target.position(centre);
        setCursor(e, '');
        onTarget(null);
        const auto = automaticLane(stationRecord, actors, ctx.props.lanes).id;
        const laneId = drop.laneId === null ? undefined : drop.laneId === auto ? null : drop.laneId;
        const laneChanged = laneId !== undefined && laneId !== stationRecord.laneId;
        if (drop.index !== placed.index || laneChanged) actions.moveStation(placed.id, drop.index, laneId);
      }}
    >
      <CardFace key={props.fontsVersion} w={placed.rect.w} h={placed.rect.h} content={cardContent(station, placed.hiddenNotes, t)} selected={selected} style={props.cardStyle} />
    </Group>
  );
}
