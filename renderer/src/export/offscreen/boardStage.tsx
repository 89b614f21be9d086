import type Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas.js';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Rect } from '../../../../shared/items/geometry.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { watchCanvasFonts } from '../../canvas/fontsReady.ts';
import { imageSource } from '../../canvas/items/ImageNode.tsx';
import { loadImage } from '../../canvas/items/imageCache.ts';
import { noExtension } from '../../canvas/extensionContext.ts';
import { canvasFontFamily } from '../../canvas/itemStyle.ts';
import { liveView } from '../../canvas/viewStore.ts';
import { canvasExtensionOf } from '../../kinds/registry.ts';
import { throwIfAborted } from '../abort.ts';
import type { Drawing } from '../drawing/drawing.ts';
import { RecordingContext } from '../drawing/recordingContext.ts';
import { BoardScene } from './BoardScene.tsx';
import { browserEnvironment } from './browserEnvironment.ts';
import { exportDocument, snapshotStore } from './exportDocument.ts';

/**
 * A board mounted off screen (a detached element, its own React root and Konva stage) for as long
 * as an export needs it, then taken down. What it offers: the board recorded as a Drawing (for
 * SVG and PDF) and the board painted at a given resolution (for PNG).
 */
export interface BoardStage {
  record(): Drawing;
  /** The part `area` of the board (board units) as a PNG, `pixelRatio` pixels per unit. */
  png(area: Rect, pixelRatio: number, background: boolean): Promise<Blob>;
}

/**
 * Draws with every item's own culling switched off: shapes skip drawing outside the screen's view
 * (canvas/items/BoxNode.tsx reads it), and an export is the whole board. Synchronous, so the screen's
 * next frame sees its own view again.
 */
function withWholeView<T>(draw: () => T): T {
  const view = liveView.rect;
  liveView.rect = { x: -Infinity, y: -Infinity, w: Infinity, h: Infinity };
  try {
    return draw();
  } finally {
    liveView.rect = view;
  }
}

function drawLayers(stage: Konva.Stage, canvas: SceneCanvas): void {
  withWholeView(() => {
    for (const layer of stage.getLayers()) layer.drawScene(canvas);
  });
}

/** The fonts the canvas draws with, and every picture on the board, ready before the first draw. */
async function prepareAssets(doc: WorkshopDoc, board: Board): Promise<void> {
  watchCanvasFonts();
  if (typeof document !== 'undefined' && document.fonts) {
    const family = canvasFontFamily;
    await Promise.all([`400 20px ${family}`, `700 20px ${family}`, `800 20px ${family}`, `italic 400 20px ${family}`].map((f) => document.fonts.load(f, 'Aæøå čđšž'))).catch(() => undefined);
    await document.fonts.ready;
  }
  const pictures = Object.values(doc.items)
    .filter((item) => item.boardId === board.id && item.type === 'image')
    .map((item) => imageSource(item))
    .filter((src) => src !== '');
  // A picture that fails to load is drawn as the canvas draws it then: a labelled placeholder.
  await Promise.all(pictures.map((src) => loadImage(src).catch(() => undefined)));
}

/** Lets React finish what the first render started (a font arriving re-keys the loop's picture). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png'));
}

function stageApi(stage: Konva.Stage): BoardStage {
  return {
    record() {
      const recorder = new RecordingContext(browserEnvironment());
      // A canvas of no size: Konva then never paints through an offscreen buffer (which would
      // come out as a bitmap), and every call reaches the recorder.
      const canvas = new SceneCanvas({ width: 0, height: 0, pixelRatio: 1 });
      canvas.getContext()._context = recorder as unknown as CanvasRenderingContext2D;
      drawLayers(stage, canvas);
      return recorder.drawing();
    },
    async png(area, pixelRatio, background) {
      const canvas = new SceneCanvas({ width: area.w, height: area.h, pixelRatio });
      try {
        const ctx = canvas.getContext()._context;
        if (background) {
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, area.w, area.h);
        }
        ctx.save();
        ctx.translate(-area.x, -area.y);
        drawLayers(stage, canvas);
        ctx.restore();
        return await toBlob(canvas._canvas);
      } finally {
        canvas.setSize(0, 0);
      }
    },
  };
}

/** Mounts the board off screen, gives it to `work`, and takes it down again whatever happens. */
export async function withBoardStage<T>(doc: WorkshopDoc, board: Board, signal: AbortSignal | undefined, work: (stage: BoardStage) => Promise<T> | T): Promise<T> {
  throwIfAborted(signal);
  const snapshot = exportDocument(doc, board.id);
  await prepareAssets(snapshot, board);
  throwIfAborted(signal);
  const host = document.createElement('div');
  const root = createRoot(host);
  let stage: Konva.Stage | null = null;
  try {
    flushSync(() =>
      root.render(
        <BoardScene
          store={snapshotStore(snapshot)}
          board={board}
          // Each kind's canvas extension draws it, the acute loop too (its picture is its Background there).
          extension={canvasExtensionOf(board.kind) ?? noExtension}
          stageRef={(s) => {
            stage = s;
          }}
        />,
      ),
    );
    await settle();
    throwIfAborted(signal);
    if (!stage) throw new Error('The board could not be drawn off screen.');
    return await work(stageApi(stage));
  } finally {
    root.unmount();
  }
}
