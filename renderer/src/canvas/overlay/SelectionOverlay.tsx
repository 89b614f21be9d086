import { useEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { Circle, Group, Line, Rect, Transformer } from 'react-konva';
import { useShallow } from 'zustand/react/shallow';
import { connectorPath, itemBounds, type Point } from '../../../../shared/items/geometry.ts';
import { isCoreItemType, itemTypes } from '../../../../shared/items/itemTypes.ts';
import type { BoardId, ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { resizeItem, rotateItems, updateItems } from '../../../../shared/ops/itemOps.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { activeCanvas } from '../activeCanvas.ts';
import { itemsById, run } from '../actions.ts';
import { lookupIn } from '../boardIndex.ts';
import { flatPoints } from '../connectorGeometry.ts';
import { noExtension, useCanvasKind } from '../extensionContext.ts';
import { attachTarget } from '../gestures/connectGesture.ts';
import { highlightColour, selectionColour } from '../itemStyle.ts';
import { capabilitiesOf } from '../kindContent.ts';
import { transformerHandles } from './handles.ts';
import { liveNodes, useNodesVersion } from '../nodeRegistry.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { heightForText } from '../textLayout.ts';

const rotationSnaps = [0, 45, 90, 135, 180, 225, 270, 315];

function minSizeOf(item: Item | undefined): number {
  return item && isCoreItemType(item.type) ? Math.max(16, itemTypes[item.type].minSize) : 16;
}

/** Puts a node back where its record says, after a transform the document refused. */
function resetNode(node: Konva.Node, item: Item): void {
  node.setAttrs({ x: item.x + item.w / 2, y: item.y + item.h / 2, width: item.w, height: item.h, offsetX: item.w / 2, offsetY: item.h / 2, rotation: item.rotation, scaleX: 1, scaleY: 1 });
}

/**
 * Commits a resize or rotation from the transformer: one operation for however many items, so it
 * is one undo step. A text item's height follows its text at the new width.
 */
function commitTransform(nodes: Konva.Node[]): void {
  const runtime = activeCanvas();
  if (!runtime) return;
  const items = itemsById(runtime);
  const changes = nodes
    .map((node) => {
      const item = items[node.id() as ItemId];
      if (!item) return null;
      const w = Math.round(node.width() * 100) / 100;
      let h = Math.round(node.height() * 100) / 100;
      const rotation = ((node.rotation() % 360) + 360) % 360;
      const x = node.x() - w / 2;
      let y = node.y() - h / 2;
      if (item.type === 'text' && w !== item.w) {
        const fitted = heightForText({ ...item, w }, typeof item.props['text'] === 'string' ? item.props['text'] : '', 0);
        if (fitted !== undefined) {
          y += (h - fitted) / 2;
          h = fitted;
        }
      }
      return { node, item, x, y, w, h, rotation };
    })
    .filter((c): c is NonNullable<typeof c> => c !== null);
  if (changes.length === 0) return;
  let ok: boolean;
  if (changes.length === 1) {
    const { item, x, y, w, h, rotation } = changes[0]!;
    const sized = Math.abs(w - item.w) > 0.01 || Math.abs(h - item.h) > 0.01;
    ok = sized ? run(runtime, resizeItem, { id: item.id, x, y, w, h }) : run(runtime, rotateItems, { ids: [item.id], rotation });
  } else {
    ok = run(runtime, updateItems, { patches: changes.map(({ item, x, y, w, h, rotation }) => ({ id: item.id, x, y, w, h, rotation })) });
  }
  // The next render sets every node from its record; a refused edit needs the nodes put back by hand.
  if (!ok) for (const { node, item } of changes) resetNode(node, item);
  runtime.layers.items.batchDraw();
}

function onTransform(e: Konva.KonvaEventObject<Event>): void {
  const tr = e.currentTarget as Konva.Transformer;
  const runtime = activeCanvas();
  for (const node of tr.nodes()) {
    const sx = node.scaleX();
    const sy = node.scaleY();
    if (sx === 1 && sy === 1) continue;
    const item = runtime ? itemsById(runtime)[node.id() as ItemId] : undefined;
    const min = minSizeOf(item);
    const w = Math.max(min, node.width() * Math.abs(sx));
    const h = Math.max(min, node.height() * Math.abs(sy));
    node.setAttrs({ width: w, height: h, scaleX: 1, scaleY: 1, offsetX: w / 2, offsetY: h / 2 });
  }
  runtime?.layers.items.batchDraw();
}

/** Handles at each end of a selected arrow: drag one onto an item to attach it there, or onto empty board to free it. */
function ConnectorEnds({ item, zoom }: { item: Item; zoom: number }) {
  const items = useWorkshop((s) => s.doc.items);
  const path = connectorPath(item, lookupIn(items));
  const [generation, setGeneration] = useState(0);
  const ends: { key: 'from' | 'to'; at: Point; other: unknown }[] = [
    { key: 'from', at: path[0]!, other: item.props['toId'] },
    { key: 'to', at: path.at(-1)!, other: item.props['fromId'] },
  ];
  const preview = (key: 'from' | 'to', p: Point) => {
    const runtime = activeCanvas();
    const node = liveNodes.get(item.id) as Konva.Group | undefined;
    if (!runtime || !node) return;
    const draft = { ...item, props: { ...item.props, [`${key}Id`]: null, [`${key}Point`]: p } };
    node.findOne<Konva.Arrow>('.line')?.points(flatPoints(connectorPath(draft, lookupIn(itemsById(runtime)))));
    runtime.layers.items.batchDraw();
  };
  const commit = (key: 'from' | 'to', p: Point, other: unknown) => {
    const runtime = activeCanvas();
    if (!runtime) return;
    const target = attachTarget(runtime, p, typeof other === 'string' ? (other as ItemId) : undefined);
    run(runtime, updateItems, { patches: [{ id: item.id, props: { [`${key}Id`]: target?.id ?? null, [`${key}Point`]: p } }] });
    setGeneration((g) => g + 1);
    const node = liveNodes.get(item.id) as Konva.Group | undefined;
    node?.findOne<Konva.Arrow>('.line')?.points(flatPoints(connectorPath(itemsById(runtime)[item.id] ?? item, lookupIn(itemsById(runtime)))));
    runtime.layers.items.batchDraw();
  };
  return (
    <>
      <Line points={flatPoints(path)} stroke={selectionColour} strokeWidth={8} strokeScaleEnabled={false} opacity={0.25} listening={false} lineCap="round" lineJoin="round" />
      {!item.locked &&
        ends.map(({ key, at, other }) => (
          <Circle
            key={`${key}-${generation}`}
            name="endpoint"
            x={at.x}
            y={at.y}
            radius={9 / zoom}
            fill="#ffffff"
            stroke={selectionColour}
            strokeWidth={3}
            strokeScaleEnabled={false}
            draggable
            onMouseEnter={(e) => (e.target.getStage()!.container().style.cursor = 'crosshair')}
            onMouseLeave={(e) => (e.target.getStage()!.container().style.cursor = '')}
            onDragMove={(e) => preview(key, e.target.position())}
            onDragEnd={(e) => commit(key, e.target.position(), other)}
          />
        ))}
    </>
  );
}

/**
 * What sits on top of the items: outlines of the selection, the transformer's resize and rotate
 * handles, an arrow's end handles, and the flash of an item search jumped to.
 */
export function SelectionOverlay({ boardId }: { boardId: BoardId }) {
  const selection = useCanvasSession((s) => s.selection);
  const editingId = useCanvasSession((s) => s.editingId);
  const highlightId = useCanvasSession((s) => s.highlight);
  const zoom = useCanvasSession((s) => s.cameras[boardId]?.zoom ?? 1);
  const nodesVersion = useNodesVersion((s) => s.version);
  const selected = useWorkshop(useShallow((s) => selection.map((id) => s.doc.items[id]).filter((item): item is Item => item !== undefined)));
  const highlighted = useWorkshop((s) => (highlightId ? s.doc.items[highlightId] : undefined));
  const items = useWorkshop((s) => s.doc.items);
  const trRef = useRef<Konva.Transformer>(null);
  const extension = useCanvasKind()?.extension ?? noExtension;

  const transformable = useMemo(() => selected.filter((item) => !item.locked && item.type !== 'connector' && item.id !== editingId), [selected, editingId]);
  const handles = useMemo(() => transformerHandles(transformable, (item) => capabilitiesOf(item, extension)), [transformable, extension]);
  // Items that may neither be resized nor turned get only their outline (drawn below), no transformer.
  const ids = handles.anchors.length > 0 || handles.rotate ? transformable.map((item) => item.id).join(' ') : '';

  useEffect(() => {
    const tr = trRef.current;
    if (!tr) return;
    const nodes = ids ? ids.split(' ').map((id) => liveNodes.get(id as ItemId)).filter((n): n is Konva.Node => n !== undefined) : [];
    tr.nodes(nodes);
    tr.getLayer()?.batchDraw();
  }, [ids, nodesVersion]);

  // Nothing selected or flashing: hide the layer, so panning neither clears nor composites it.
  const empty = selected.length === 0 && !highlighted;
  useEffect(() => {
    const layer = trRef.current?.getLayer();
    if (layer && layer.visible() === empty) {
      layer.visible(!empty);
      layer.batchDraw();
    }
  }, [empty]);

  const single = selected.length === 1 ? selected[0]! : undefined;
  return (
    <>
      {selected.map((item) =>
        item.type === 'connector' ? null : (
          <Rect
            key={item.id}
            x={item.x + item.w / 2}
            y={item.y + item.h / 2}
            offsetX={item.w / 2}
            offsetY={item.h / 2}
            width={item.w}
            height={item.h}
            rotation={item.rotation}
            stroke={selectionColour}
            strokeWidth={item.locked ? 2 : 1.5}
            dash={item.locked ? [6, 4] : undefined}
            strokeScaleEnabled={false}
            listening={false}
          />
        ),
      )}
      {single?.type === 'connector' && <ConnectorEnds item={single} zoom={zoom} />}
      {selected
        .filter((item) => item.type === 'connector' && item !== single)
        .map((item) => (
          <Line key={item.id} points={flatPoints(connectorPath(item, lookupIn(items)))} stroke={selectionColour} strokeWidth={8} strokeScaleEnabled={false} opacity={0.25} listening={false} />
        ))}
      <Transformer
        ref={trRef}
        visible={ids !== ''}
        rotateEnabled={handles.rotate}
        rotationSnaps={rotationSnaps}
        rotationSnapTolerance={6}
        keepRatio={handles.keepRatio}
        enabledAnchors={handles.anchors}
        flipEnabled={false}
        ignoreStroke
        anchorSize={14}
        anchorCornerRadius={3}
        anchorStroke={selectionColour}
        anchorStrokeWidth={2}
        anchorFill="#ffffff"
        borderStroke={selectionColour}
        borderStrokeWidth={2}
        rotateAnchorOffset={36}
        boundBoxFunc={(oldBox, newBox) => (Math.abs(newBox.width) < 16 || Math.abs(newBox.height) < 16 ? oldBox : newBox)}
        onTransform={onTransform}
        onTransformEnd={(e) => commitTransform((e.currentTarget as Konva.Transformer).nodes())}
      />
      {highlighted && <HighlightRing item={highlighted} items={items} />}
    </>
  );
}

function HighlightRing({ item, items }: { item: Item; items: Readonly<Record<string, Item>> }) {
  const b = itemBounds(item, lookupIn(items));
  return (
    <Group listening={false}>
      <Rect x={b.x - 10} y={b.y - 10} width={b.w + 20} height={b.h + 20} stroke={highlightColour} strokeWidth={6} strokeScaleEnabled={false} cornerRadius={8} />
    </Group>
  );
}
