import { useMemo } from 'react';
import { Arrow, Group, Rect, Text } from 'react-konva';
import { connectorPath, type Point } from '../../../../shared/items/geometry.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { connectorLabelRect, flatPoints } from '../connectorGeometry.ts';
import { canvasFontFamily, connectorLabelSize } from '../itemStyle.ts';
import { nodeRef } from '../nodeRegistry.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { measureText } from '../textLayout.ts';

function refId(value: unknown): ItemId | null {
  return typeof value === 'string' ? (value as ItemId) : null;
}

export interface ConnectorLook {
  stroke: string;
  strokeWidth: number;
  startArrow: boolean;
  endArrow: boolean;
  label: string;
}

export function connectorLook(item: Item): ConnectorLook {
  const p = item.props;
  return {
    stroke: typeof p['stroke'] === 'string' ? p['stroke'] : '#1a1a1a',
    strokeWidth: typeof p['strokeWidth'] === 'number' ? p['strokeWidth'] : 2,
    startArrow: p['startArrow'] === true,
    endArrow: p['endArrow'] !== false,
    label: typeof p['label'] === 'string' ? p['label'] : '',
  };
}

/**
 * An arrow between items. It subscribes to the two items it joins as well as to itself, so it
 * follows them when they move; during a drag the drag layer draws a moving copy instead.
 */
export function ConnectorNode({ item }: { item: Item }) {
  const fromId = refId(item.props['fromId']);
  const toId = refId(item.props['toId']);
  const from = useWorkshop((s) => (fromId ? s.doc.items[fromId] : undefined));
  const to = useWorkshop((s) => (toId ? s.doc.items[toId] : undefined));
  const editing = useCanvasSession((s) => s.editingId === item.id);
  const path = useMemo(() => connectorPath(item, (id) => (id === fromId ? from : id === toId ? to : undefined)), [item, from, to, fromId, toId]);
  return <ConnectorShape id={item.id} item={item} path={path} hideLabel={editing} register />;
}

/** The drawing of an arrow; also used for the preview while drawing one. */
export function ConnectorShape({ id, item, path, hideLabel = false, register = false }: { id: string; item: Item; path: Point[]; hideLabel?: boolean; register?: boolean }) {
  const look = connectorLook(item);
  const label = hideLabel ? null : connectorLabelRect(item, path, measureText);
  const head = 8 + look.strokeWidth * 2.5;
  return (
    <Group ref={register ? nodeRef(item.id) : undefined} id={id} listening={false}>
      <Arrow
        name="line"
        points={flatPoints(path)}
        stroke={look.stroke}
        fill={look.stroke}
        strokeWidth={look.strokeWidth}
        pointerLength={head}
        pointerWidth={head}
        pointerAtBeginning={look.startArrow}
        pointerAtEnding={look.endArrow}
        lineCap="round"
        lineJoin="round"
        hitStrokeWidth={0}
        perfectDrawEnabled={false}
        shadowForStrokeEnabled={false}
      />
      {label && (
        <Group name="label" x={label.x + label.w / 2} y={label.y + label.h / 2}>
          <Rect x={-label.w / 2} y={-label.h / 2} width={label.w} height={label.h} fill="#ffffff" stroke={look.stroke} strokeWidth={1.5} cornerRadius={6} perfectDrawEnabled={false} />
          <Text
            x={-label.w / 2}
            y={-label.h / 2}
            width={label.w}
            height={label.h}
            text={look.label}
            fontSize={connectorLabelSize}
            fontFamily={canvasFontFamily}
            fill="#1a1a1a"
            align="center"
            verticalAlign="middle"
            lineHeight={1.25}
            perfectDrawEnabled={false}
          />
        </Group>
      )}
    </Group>
  );
}
