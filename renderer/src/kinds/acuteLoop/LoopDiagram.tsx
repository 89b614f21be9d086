import { useMemo, useState } from 'react';
import { Group, Line, Rect } from 'react-konva';
import { loopTheme } from '../../../../shared/kinds/acuteLoop/colours.ts';
import { layoutLoop, noteSize, type PlacedStation, type PlacedTransition } from '../../../../shared/kinds/acuteLoop/loopLayout.ts';
import { indexAtFraction } from '../../../../shared/kinds/acuteLoop/reorder.ts';
import { slideRegions } from '../../../../shared/kinds/acuteLoop/slide.ts';
import type { StationView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { cardContent } from './cardContent.ts';
import { AddHandle, BreakLabel, CardFace, fittedCardStyle, Leader, Lines, loopCardStyle, NoteChip, noteHeightFor, noteLines, type CardStyle } from './PictureParts.tsx';
import { LoopCentre } from './LoopCentre.tsx';
import type { PictureContext } from './pictureTypes.ts';
import { setCursor, TransitionShape } from './TransitionShape.tsx';
import { clampLines } from './textMeasure.ts';

const area = slideRegions('loop').main;
/** Notes beside the loop's cards, in 19-unit type. */
const noteFont = 19;
/**
 * A note shows its whole text (issue 15: the room reads the point itself, never "… har ikke
 * tilgang til …"); its box grows to hold it and the layout finds it a place beside its station.
 */
const noteMaxLines = Infinity;

/**
 * The loop view: stations evenly on a closed track, arrows in the direction of travel, broken
 * transitions dashed with a mark and their reason, pain points and quotes beside their station,
 * the revolving door's figures in the middle. While editing, a card can be dragged along the
 * loop to another place, and "+" between two cards adds a station there.
 */
export function LoopDiagram({ ctx, fontsVersion }: { ctx: PictureContext; fontsVersion: number }) {
  const { props, view, t, editing, actions } = ctx;
  const layout = useMemo(
    () => layoutLoop(view, { shape: props.shape, area, noteHeight: (note) => noteHeightFor(noteLines(note.kind, note.text, noteSize.w, noteFont, noteMaxLines).length, noteFont) }),
    // The fonts' arrival changes the measured heights.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, props.shape, fontsVersion],
  );
  const [drag, setDrag] = useState<{ id: string; target: number } | null>(null);
  const n = view.stations.length;
  const track = useMemo(() => {
    const points: number[] = [];
    for (let i = 0; i <= 360; i++) {
      const p = layout.path.pointAt(i / 360);
      points.push(p.x, p.y);
    }
    return points;
  }, [layout]);

  const stationById = new Map(view.stations.map((s) => [s.id, s]));
  const cardStyle = useMemo(
    () => fittedCardStyle(loopCardStyle(layout.card.w), layout.stations.map((p) => cardContent(stationById.get(p.id)!, p.hiddenNotes, t)), layout.card),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layout, t, fontsVersion],
  );
  const targetSlot = drag ? layout.stations[drag.target] : undefined;

  return (
    <Group>
      <Line points={track} stroke={loopTheme.track} strokeWidth={36} lineJoin="round" closed listening={false} perfectDrawEnabled={false} />
      {n === 0 && (
        <Group listening={false}>
          <Lines x={area.x} y={layout.path.centre.y - 40} width={area.w} align="center" lines={[t('acuteLoop.picture.empty')]} size={40} weight={800} fill={loopTheme.ink} />
          <Lines x={area.x} y={layout.path.centre.y + 14} width={area.w} align="center" lines={clampLines(t('acuteLoop.picture.emptyHint'), area.w - 200, 26, 400, 2)} size={26} fill={loopTheme.inkSoft} />
        </Group>
      )}
      {n > 0 && <LoopCentre box={layout.centreBox} ctx={ctx} />}
      {layout.transitions.map((tr) => (
        <TransitionArrow key={`${tr.fromId}>${tr.toId}`} tr={tr} ctx={ctx} />
      ))}
      {editing && n === 1 && <AddHandle id="add-1" x={layout.path.pointAt(0.5).x} y={layout.path.pointAt(0.5).y} onAdd={() => actions.addStationAt(1)} />}
      {editing && layout.transitions.map((tr) => <AddHandle key={`add-${tr.fromId}`} id={`add-${tr.index + 1}`} x={tr.addHandle.x} y={tr.addHandle.y} onAdd={() => actions.addStationAt(tr.index + 1)} />)}
      {layout.stations.flatMap((s) => s.notes.map((note) => <NoteChip key={note.id} rect={note.rect} kind={note.kind} text={note.text} size={noteFont} maxLines={noteMaxLines} />))}
      {targetSlot && drag && targetSlot.id !== drag.id && (
        <Rect x={targetSlot.rect.x - 6} y={targetSlot.rect.y - 6} width={targetSlot.rect.w + 12} height={targetSlot.rect.h + 12} cornerRadius={18} stroke={loopTheme.selection} strokeWidth={5} dash={[14, 8]} listening={false} />
      )}
      {layout.stations.map((placed) => (
        <StationNode
          key={placed.id}
          placed={placed}
          station={stationById.get(placed.id)!}
          ctx={ctx}
          fontsVersion={fontsVersion}
          cardStyle={cardStyle}
          onDragTarget={(target) => setDrag(target === null ? null : { id: placed.id, target })}
          project={(p) => {
            const tt = layout.path.project(p);
            return { point: layout.path.pointAt(tt), index: indexAtFraction(tt, n) };
          }}
        />
      ))}
    </Group>
  );
}

function TransitionArrow({ tr, ctx }: { tr: PlacedTransition; ctx: PictureContext }) {
  if (tr.points.length < 2) return null;
  return (
    <TransitionShape tr={tr} ctx={ctx} weight={{ strokeWidth: 6, pointerLength: 22, pointerWidth: 24, dash: [18, 12], hitStrokeWidth: 30 }}>
      {tr.broken && tr.labelRect && <Leader rect={tr.labelRect} to={tr.middle} />}
      {tr.broken && tr.labelRect && <BreakLabel rect={tr.labelRect} title={ctx.t('acuteLoop.picture.broken')} note={tr.note} />}
    </TransitionShape>
  );
}

function StationNode(props: {
  placed: PlacedStation;
  station: StationView;
  ctx: PictureContext;
  fontsVersion: number;
  cardStyle: CardStyle;
  onDragTarget(target: number | null): void;
  project(p: { x: number; y: number }): { point: { x: number; y: number }; index: number };
}) {
  const { placed, station, ctx, onDragTarget, project } = props;
  const { t, editing, selection, actions } = ctx;
  const selected = selection?.kind === 'station' && selection.id === placed.id;
  const content = cardContent(station, placed.hiddenNotes, t);
  return (
    <Group
      id={placed.id}
      name="station"
      x={placed.centre.x}
      y={placed.centre.y}
      draggable={editing}
      listening={editing}
      onClick={() => actions.selectStation(placed.id)}
      onTap={() => actions.selectStation(placed.id)}
      onMouseEnter={(e) => setCursor(e, 'grab')}
      onMouseLeave={(e) => setCursor(e, '')}
      onDragStart={(e) => {
        e.target.moveToTop();
        setCursor(e, 'grabbing');
        onDragTarget(placed.index);
      }}
      onDragMove={(e) => {
        const { point, index } = project(e.target.position());
        e.target.position(point);
        onDragTarget(index);
      }}
      onDragEnd={(e) => {
        const { index } = project(e.target.position());
        e.target.position(placed.centre);
        setCursor(e, '');
        onDragTarget(null);
        if (index !== placed.index) actions.moveStation(placed.id, index);
      }}
    >
      <CardFace w={placed.rect.w} h={placed.rect.h} content={content} selected={selected} style={props.cardStyle} key={props.fontsVersion} />
    </Group>
  );
}
