import { useMemo, type Ref } from 'react';
import type Konva from 'konva';
import { Layer, Stage } from 'react-konva';
import type { Board, Item } from '../../../../shared/model/records.ts';
import { orderedBoardItems } from '../../canvas/boardIndex.ts';
import { CanvasKindContext } from '../../canvas/extensionContext.ts';
import { BoxNode } from '../../canvas/items/BoxNode.tsx';
import { ConnectorNode } from '../../canvas/items/ConnectorNode.tsx';
import { ImageNode } from '../../canvas/items/ImageNode.tsx';
import type { CanvasExtension } from '../../canvas/extension.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';
import { useWorkshop, WorkshopContext } from '../../state/WorkshopContext.ts';

/**
 * A board on a stage of its own, for export: the kind's Background, then every item back to front
 * (no culling, no overview shape for crowded boards, no selection or overlay), drawn by the same
 * components as on screen. The stage is never shown; the export draws its layers where it wants.
 */

/** One item, by the same components the canvas picks (see canvas/items/ItemNode.tsx), never selected. */
function ExportItem({ item, board, extension }: { item: Item; board: Board; extension: CanvasExtension }) {
  const Renderer = extension.itemRenderers?.[item.type];
  if (Renderer) return <Renderer item={item} board={board} selected={false} />;
  if (item.type === 'connector') return <ConnectorNode item={item} />;
  if (item.type === 'image') return <ImageNode item={item} />;
  return <BoxNode item={item} />;
}

function ExportItems({ board, extension }: { board: Board; extension: CanvasExtension }) {
  const items = useWorkshop((s) => s.doc.items);
  return orderedBoardItems(items, board.id).map((item) => <ExportItem key={item.id} item={item} board={board} extension={extension} />);
}

export function BoardScene({ store, board, extension, stageRef }: { store: WorkshopStore; board: Board; extension: CanvasExtension; stageRef: Ref<Konva.Stage> }) {
  const kind = useMemo(() => ({ board, extension }), [board, extension]);
  const { Background } = extension;
  // Layers don't clear before drawing: the export draws them one over the other on its own canvas.
  return (
    <WorkshopContext.Provider value={store}>
      <CanvasKindContext.Provider value={kind}>
        <Stage ref={stageRef} width={1} height={1} listening={false}>
          {Background && (
            <Layer listening={false} clearBeforeDraw={false}>
              <Background board={board} />
            </Layer>
          )}
          <Layer listening={false} clearBeforeDraw={false}>
            <ExportItems board={board} extension={extension} />
          </Layer>
        </Stage>
      </CanvasKindContext.Provider>
    </WorkshopContext.Provider>
  );
}
