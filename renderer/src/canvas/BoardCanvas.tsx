import { useEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { Layer, Stage } from 'react-konva';
import type { Board } from '../../../shared/model/records.ts';
import { useT } from '../i18n/useT.ts';
import type { CanvasExtension } from './extension.ts';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import '../styles/canvas.css';
import { setActiveCanvas, activeCanvas, type CanvasRuntime } from './activeCanvas.ts';
import { cameraForBoardStart, jumpToItem } from './actions.ts';
import { CanvasKindContext, noExtension } from './extensionContext.ts';
import { visibleRect, type Camera, type Size } from './camera.ts';
import { installClipboard, installClipboardKeys } from './clipboard.ts';
import { orderedBoardItems } from './boardIndex.ts';
import { nextCullRect } from './culling.ts';
import { watchCanvasFonts } from './fontsReady.ts';
import { applyGrid } from './grid.ts';
import { installPointerInput } from './gestures/pointerInput.ts';
import { importImageFiles } from './imageImport.ts';
import { ItemsLayerContent } from './items/ItemsLayer.tsx';
import { liveNodes } from './nodeRegistry.ts';
import { SelectionOverlay } from './overlay/SelectionOverlay.tsx';
import { cameraOf, enterBoard, session, setCamera, setEditing, setPendingJump, setSelection, useCanvasSession } from './sessionStore.ts';
import { AccessibleItemList } from './ui/AccessibleItemList.tsx';
import { ContextMenu } from './ui/ContextMenu.tsx';
import { Minimap } from './ui/Minimap.tsx';
import { PropertiesPanel } from './ui/PropertiesPanel.tsx';
import { SearchPanel } from './ui/SearchPanel.tsx';
import { TextEditor } from './ui/TextEditor.tsx';
import { Toolbar } from './ui/Toolbar.tsx';
import { ZoomControls } from './ui/ZoomControls.tsx';
import { liveView, useCanvasView } from './viewStore.ts';
import { screenToBoard } from './camera.ts';

function updateView(camera: Camera, size: Size): void {
  if (size.width === 0 || size.height === 0) return;
  const view = useCanvasView.getState();
  const cull = nextCullRect(view.cull, visibleRect(camera, size));
  if (cull !== view.cull || size !== view.size) useCanvasView.setState({ cull, size });
}

/**
 * A board's canvas: the Konva stage (items, drag and overlay layers), the tools around it and an
 * accessible list of its items. Fritt lerret is this canvas alone; other board kinds put their
 * own backdrop and items on it.
 */
export function BoardCanvas({ board, extension = noExtension }: { board: Board; extension?: CanvasExtension }) {
  const t = useT();
  const boardRef = useRef(board);
  boardRef.current = board;
  const extensionRef = useRef(extension);
  extensionRef.current = extension;
  const kind = useMemo(() => ({ board, extension }), [board, extension]);
  const store = useWorkshopStore();
  const hostRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const itemsRef = useRef<Konva.Layer>(null);
  const dragRef = useRef<Konva.Layer>(null);
  const overlayRef = useRef<Konva.Layer>(null);
  const sizeRef = useRef<Size>({ width: 0, height: 0 });
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [runtime, setRuntime] = useState<CanvasRuntime | null>(null);
  // From the cached z-order (boardIndex.ts): this selector runs on every change to the workshop.
  const isEmpty = useWorkshop((s) => orderedBoardItems(s.doc.items, board.id).length === 0);
  const tool = useCanvasSession((s) => s.tool);

  useEffect(() => {
    watchCanvasFonts();
    enterBoard(board.id);
  }, [board.id]);

  // The stage fills the host; the host's size is the viewport.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const measure = () => {
      const next = { width: host.clientWidth, height: host.clientHeight };
      sizeRef.current = next;
      setSize(next);
      const rt = activeCanvas();
      if (rt && rt.host === host) {
        liveView.rect = visibleRect(rt.camera(), next);
        updateView(rt.camera(), next);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  const ready = size.width > 0 && size.height > 0;

  useEffect(() => {
    if (!ready) return;
    const host = hostRef.current;
    const stage = stageRef.current;
    const items = itemsRef.current;
    const drag = dragRef.current;
    const overlay = overlayRef.current;
    if (!host || !stage || !items || !drag || !overlay) return;
    let camera: Camera = { x: 0, y: 0, zoom: 1 };
    const apply = (next: Camera) => {
      camera = next;
      liveView.rect = visibleRect(next, sizeRef.current);
      stage.position({ x: next.x, y: next.y });
      stage.scale({ x: next.zoom, y: next.zoom });
      stage.batchDraw();
      applyGrid(host, next);
      updateView(next, sizeRef.current);
      setCamera(board.id, next);
    };
    const rt: CanvasRuntime = {
      store,
      boardId: board.id,
      board: () => boardRef.current,
      extension: () => extensionRef.current,
      host,
      stage,
      layers: { items, drag, overlay },
      nodes: liveNodes,
      size: () => sizeRef.current,
      camera: () => camera,
      setCamera: apply,
      pointer: null,
      busy: false,
    };
    apply(cameraOf(board.id) ?? cameraForBoardStart(rt));
    setActiveCanvas(rt);
    const jump = session().pendingJump;
    if (jump && store.getState().doc.items[jump]?.boardId === board.id) {
      setPendingJump(null);
      jumpToItem(rt, jump);
    }
    setRuntime(rt);
    const cleanups = [installPointerInput(rt), installClipboard(), installClipboardKeys()];
    // An undo may take away selected or edited items: forget them.
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc.items === previous.doc.items) return;
      const { selection, editingId } = session();
      const alive = selection.filter((id) => state.doc.items[id]?.boardId === board.id);
      if (alive.length !== selection.length) setSelection(alive);
      if (editingId && !state.doc.items[editingId]) setEditing(null);
    });
    return () => {
      unsubscribe();
      for (const cleanup of cleanups) cleanup();
      if (activeCanvas() === rt) setActiveCanvas(null);
      useCanvasView.setState({ cull: null });
      setRuntime(null);
    };
  }, [ready, board.id, store]);

  const onDrop = (e: React.DragEvent<HTMLDivElement>) => {
    const files = [...e.dataTransfer.files].filter((f) => f.type.startsWith('image/'));
    if (files.length === 0 || !runtime) return;
    e.preventDefault();
    e.stopPropagation();
    const r = e.currentTarget.getBoundingClientRect();
    void importImageFiles(runtime, files, screenToBoard(runtime.camera(), { x: e.clientX - r.left, y: e.clientY - r.top }));
  };

  const { Background, Panel } = extension;
  return (
    <CanvasKindContext.Provider value={kind}>
      <div className="board-canvas">
        <Toolbar tools={extension.tools} />
        <div className="canvas-main">
          <div
            ref={hostRef}
            className={`canvas-host tool-${tool.replace(':', '-')}`}
            tabIndex={0}
            role="application"
            aria-label={t('canvas.surface', { board: board.name })}
            aria-describedby="canvas-hint"
            data-testid="canvas"
            onDragOver={(e) => {
              if ([...e.dataTransfer.items].some((i) => i.kind === 'file')) e.preventDefault();
            }}
            onDrop={onDrop}
          >
            {ready && (
              <Stage ref={stageRef} width={size.width} height={size.height}>
                {Background && (
                  <Layer listening={false}>
                    <Background board={board} />
                  </Layer>
                )}
                <Layer ref={itemsRef} listening={false}>
                  <ItemsLayerContent boardId={board.id} />
                </Layer>
                <Layer ref={dragRef} listening={false} visible={false} />
                <Layer ref={overlayRef}>
                  <SelectionOverlay boardId={board.id} />
                </Layer>
              </Stage>
            )}
            {runtime && <TextEditor runtime={runtime} />}
          </div>
          <p id="canvas-hint" className="sr-only">
            {t('canvas.surfaceHint')}
          </p>
          {isEmpty && !Background && <p className="canvas-empty">{t('canvas.emptyHint')}</p>}
          {runtime && <PropertiesPanel runtime={runtime} />}
          {runtime && <SearchPanel runtime={runtime} />}
          {runtime && (
            <div className="canvas-corner">
              <Minimap runtime={runtime} board={board} extension={extension} />
              <ZoomControls />
            </div>
          )}
          {runtime && <ContextMenu runtime={runtime} />}
        </div>
        {Panel && <Panel board={board} />}
        {runtime && <AccessibleItemList runtime={runtime} board={board} />}
      </div>
    </CanvasKindContext.Provider>
  );
}
