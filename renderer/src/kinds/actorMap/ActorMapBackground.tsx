import { useMemo } from 'react';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import { actorCategories, categoryStyle } from '../../../../shared/actors/categories.ts';
import { contrastRatio } from '../../../../shared/items/contrast.ts';
import { borderPoint, rectCenter, type Point } from '../../../../shared/items/geometry.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import type { ActorCategory, Board } from '../../../../shared/model/records.ts';
import { chipsOfBoard, type ActorChip } from '../../../../shared/kinds/actorMap/chip.ts';
import { chipOutline, legendFill, legendStroke, ringFill, ringLabelInk, ringStroke } from '../../../../shared/kinds/actorMap/mapStyle.ts';
import { readActorMapProps, type Relation } from '../../../../shared/kinds/actorMap/props.ts';
import { relationStyle, relationStyles } from '../../../../shared/kinds/actorMap/relationStyles.ts';
import { centreRadius, legendGap, legendWidth, mapRadius, outerRadius, polar } from '../../../../shared/kinds/actorMap/rings.ts';
import { arcMiddle, sectorArcs } from '../../../../shared/kinds/actorMap/sectors.ts';
import { canvasFontFamily } from '../../canvas/itemStyle.ts';
import { measureText } from '../../canvas/textLayout.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { useMapSession } from './mapSession.ts';
import { ringName } from './ringName.ts';

const labelSize = 40;
const relationLabelSize = 32;
const legendSize = 34;

function pillSize(text: string, size: number, weight: number): { w: number; h: number } {
  return { w: measureText(text, size, weight) + size * 0.9, h: size * 1.5 };
}

/**
 * Where a relation's label goes: the middle of its line, or the nearest point along it where the
 * label is not hidden under a chip (a line often passes behind a third actor).
 */
function labelPoint(from: Point, to: Point, size: { w: number; h: number }, chips: readonly ActorChip[]): Point {
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
    const p = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    const r = { x: p.x - size.w / 2, y: p.y - size.h / 2, w: size.w, h: size.h };
    if (!chips.some((c) => r.x < c.x + c.w && c.x < r.x + r.w && r.y < c.y + c.h && c.y < r.y + r.h)) return p;
  }
  return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
}

/** A label on a white pill, so it reads over rings, sector lines and relation lines alike. */
function Pill({ x, y, text, size, stroke, weight = 700 }: { x: number; y: number; text: string; size: number; stroke: string; weight?: number }) {
  const { w, h } = pillSize(text, size, weight);
  return (
    <Group x={x - w / 2} y={y - h / 2} listening={false}>
      <Rect width={w} height={h} cornerRadius={h / 2} fill="#ffffff" stroke={stroke} strokeWidth={2} perfectDrawEnabled={false} />
      <Text
        width={w}
        height={h}
        text={text}
        fontSize={size}
        fontFamily={canvasFontFamily}
        fontStyle={String(weight)}
        fill={ringLabelInk}
        align="center"
        verticalAlign="middle"
        perfectDrawEnabled={false}
      />
    </Group>
  );
}

interface DrawnRelation {
  relation: Relation;
  from: Point;
  to: Point;
}

/** The segment between two chips, from border to border (so a dotted line is not lost under a chip). */
function segmentBetween(a: ActorChip, b: ActorChip): { from: Point; to: Point } {
  const ra = { x: a.x, y: a.y, w: a.w, h: a.h };
  const rb = { x: b.x, y: b.y, w: b.w, h: b.h };
  return { from: borderPoint('rect', ra, a.rotation, rectCenter(rb)), to: borderPoint('rect', rb, b.rotation, rectCenter(ra)) };
}

/**
 * Everything of the actor map that is not an item: the rings with their names, the category
 * sectors, the relation lines between chips, and the legend. Drawn in board coordinates behind
 * the chips, so it pans, zooms and exports with the board; it listens to nothing.
 */
export function ActorMapBackground({ board }: { board: Board }) {
  const t = useT();
  const items = useWorkshop((s) => s.doc.items);
  const actors = useWorkshop((s) => s.doc.actors);
  const session = useMapSession(board.id);
  const props = useMemo(() => readActorMapProps(board.props), [board.props]);
  const chips = useMemo(() => chipsOfBoard(items, board.id), [items, board.id]);
  const ringCount = props.rings.length;
  const radius = mapRadius(ringCount);

  const chipOf = useMemo(() => {
    const m = new Map<ActorId, ActorChip>();
    for (const chip of chips) m.set(chip.props.actorId, chip);
    return m;
  }, [chips]);

  const categoriesOnMap = useMemo(() => {
    const counts = new Map<ActorCategory, number>();
    for (const chip of chips) {
      const a = actors[chip.props.actorId];
      if (a) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
    }
    return counts;
  }, [chips, actors]);

  const drawn: DrawnRelation[] = useMemo(() => {
    const out: DrawnRelation[] = [];
    for (const relation of props.relations) {
      if (session.hiddenRelations.includes(relation.type)) continue;
      const [a, b] = relation.actorIds;
      const ca = chipOf.get(a);
      const cb = chipOf.get(b);
      const aa = actors[a];
      const ab = actors[b];
      if (!ca || !cb || !aa || !ab) continue;
      if (session.hiddenCategories.includes(aa.category) || session.hiddenCategories.includes(ab.category)) continue;
      out.push({ relation, ...segmentBetween(ca, cb) });
    }
    return out;
  }, [props.relations, chipOf, actors, session.hiddenRelations, session.hiddenCategories]);

  const sectors = props.sectors ? sectorArcs(categoriesOnMap) : null;

  return (
    <Group listening={false}>
      {/* Rings, outermost first so each inner one paints over it. */}
      {props.rings
        .map((_, i) => i)
        .reverse()
        .map((i) => (
          <Circle key={`ring-${i}`} radius={outerRadius(i)} fill={ringFill(i)} stroke={ringStroke} strokeWidth={3} perfectDrawEnabled={false} />
        ))}

      {sectors &&
        [...sectors.entries()].map(([category, arc]) => {
          const edge = polar(arc.start, radius);
          const inner = polar(arc.start, centreRadius);
          const style = categoryStyle(category);
          // Outside the rings, growing away from them: a long name on the left extends leftward.
          const mid = arcMiddle(arc);
          const size = pillSize(t(style.labelKey), labelSize, 700);
          const edgeAt = polar(mid, radius + 24);
          const labelAt = { x: edgeAt.x + (Math.cos(mid) * size.w) / 2, y: edgeAt.y + (Math.sin(mid) * size.h) / 2 };
          return (
            <Group key={`sector-${category}`}>
              {sectors.size > 1 && (
                <Line points={[inner.x, inner.y, edge.x, edge.y]} stroke={ringStroke} strokeWidth={3} dash={[16, 12]} perfectDrawEnabled={false} />
              )}
              <Pill x={labelAt.x} y={labelAt.y} text={t(style.labelKey)} size={labelSize} stroke={contrastRatio(style.fill, '#ffffff') >= 3 ? style.fill : chipOutline} />
            </Group>
          );
        })}


      {drawn.map(({ relation, from, to }) => {
        const style = relationStyle(relation.type);
        return (
          <Line
            key={relation.id}
            points={[from.x, from.y, to.x, to.y]}
            stroke={style.stroke}
            strokeWidth={style.width}
            dash={style.dash.length > 0 ? [...style.dash] : undefined}
            lineCap={style.lineCap}
            perfectDrawEnabled={false}
          />
        );
      })}
      {drawn
        .filter(({ relation }) => relation.label.trim() !== '')
        .map(({ relation, from, to }) => {
          const at = labelPoint(from, to, pillSize(relation.label, relationLabelSize, 400), chips);
          return (
            <Pill
              key={`rl-${relation.id}`}
              x={at.x}
              y={at.y}
              text={relation.label}
              size={relationLabelSize}
              stroke={relationStyle(relation.type).stroke}
              weight={400}
            />
          );
        })}

      {/* Ring names last, so no line or label covers them. */}
      {props.rings.map((ring, i) => (
        <Pill
          key={`label-${i}`}
          x={0}
          y={i === 0 ? -centreRadius + 36 : -outerRadius(i) + 32}
          text={ringName(t, ring.label, i)}
          size={labelSize}
          stroke={ringStroke}
        />
      ))}
      {props.legend && <Legend x={radius + legendGap} y={-radius} categories={categoriesOnMap} />}
    </Group>
  );
}

/** The legend: relation types drawn as on the map, and the categories on it. Part of the exported picture. */
function Legend({ x, y, categories }: { x: number; y: number; categories: ReadonlyMap<ActorCategory, number> }) {
  const t = useT();
  const row = legendSize * 1.9;
  const sample = 110;
  const present = actorCategories.filter((c) => (categories.get(c.category) ?? 0) > 0);
  const texts = [
    t('actorMap.legend.title'),
    ...relationStyles.map((s) => t(s.labelKey)),
    ...present.map((c) => t(c.labelKey)),
  ];
  const width = Math.max(legendWidth, ...texts.map((s) => measureText(s, legendSize, 700) + sample + 80));
  const headings = 3;
  const height = (1 + relationStyles.length + present.length) * row + headings * row * 0.4 + 40;
  let cursor = 24;
  const heading = (key: 'actorMap.legend.title' | 'actorMap.legend.relations' | 'actorMap.legend.categories', size: number) => {
    const node = (
      <Text key={key} x={24} y={cursor} text={t(key)} fontSize={size} fontFamily={canvasFontFamily} fontStyle="800" fill={ringLabelInk} />
    );
    cursor += size * 1.6;
    return node;
  };
  const nodes = [heading('actorMap.legend.title', legendSize * 1.15), heading('actorMap.legend.relations', legendSize * 0.9)];
  for (const s of relationStyles) {
    const mid = cursor + row / 2 - 6;
    nodes.push(
      <Group key={s.type}>
        <Line points={[24, mid, 24 + sample, mid]} stroke={s.stroke} strokeWidth={s.width} dash={s.dash.length ? [...s.dash] : undefined} lineCap={s.lineCap} />
        <Text x={24 + sample + 20} y={mid - legendSize / 2} text={t(s.labelKey)} fontSize={legendSize} fontFamily={canvasFontFamily} fill={ringLabelInk} />
      </Group>,
    );
    cursor += row;
  }
  if (present.length > 0) {
    cursor += row * 0.2;
    nodes.push(heading('actorMap.legend.categories', legendSize * 0.9));
    for (const c of present) {
      const top = cursor + 4;
      nodes.push(
        <Group key={c.category}>
          <Rect x={24} y={top} width={sample} height={row - 16} cornerRadius={8} fill={c.fill} stroke={chipOutline} strokeWidth={2} />
          <Text x={24 + sample + 20} y={top + (row - 16) / 2 - legendSize / 2} text={t(c.labelKey)} fontSize={legendSize} fontFamily={canvasFontFamily} fill={ringLabelInk} />
        </Group>,
      );
      cursor += row;
    }
  }
  return (
    <Group x={x} y={y} listening={false}>
      <Rect width={width} height={Math.max(height, cursor + 16)} fill={legendFill} stroke={legendStroke} strokeWidth={3} cornerRadius={12} />
      {nodes}
    </Group>
  );
}
