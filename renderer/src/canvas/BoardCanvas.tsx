import { useEffect, useRef, useState } from 'react';
import { Layer, Rect, Stage, Text, Group } from 'react-konva';
import { itemsOfBoard } from '../../../shared/model/document.ts';
import type { Board } from '../../../shared/model/records.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

/** The board's canvas. (The interactive canvas grows here; this shows the board's items.) */
export function BoardCanvas({ board }: { board: Board }) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const items = useWorkshop((s) => s.doc.items);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const list = itemsOfBoard({ items } as never, board.id);
  return (
    <div className="board-canvas" ref={host} role="region" aria-label={board.name}>
      {list.length === 0 && <p className="canvas-empty">{t('board.emptyHint')}</p>}
      <Stage width={size.width} height={size.height}>
        <Layer listening={false}>
          {list.map((item) => (
            <Group key={item.id} x={item.x} y={item.y}>
              <Rect width={item.w} height={item.h} fill="#fff3a8" stroke="#8a6d00" strokeWidth={2} cornerRadius={6} />
              <Text width={item.w} height={item.h} padding={14} text={String(item.props.text ?? '')} fontSize={24} fill="#1a1a1a" />
            </Group>
          ))}
        </Layer>
      </Stage>
    </div>
  );
}
