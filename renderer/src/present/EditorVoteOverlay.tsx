import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { activeCanvas, type CanvasRuntime } from '../canvas/activeCanvas.ts';
import { useCanvasSession } from '../canvas/sessionStore.ts';
import { useWorkshop } from '../state/WorkshopContext.ts';
import { usePresentingWindow } from './presentingWindow.ts';
import { VoteLayer } from './VoteLayer.tsx';

/**
 * The vote on the board in the editor (not presenting): the same dots, counts and click targets
 * as on the projection, laid over the shown board's canvas. It follows the canvas's camera from
 * the canvas session and sits in the canvas's own frame, under its floating panels.
 */
export function EditorVoteOverlay() {
  const view = useWorkshop((s) => s.view);
  const board = useWorkshop((s) => (view.kind === 'board' ? s.doc.boards[view.boardId] : undefined));
  const turnVoterId = usePresentingWindow((s) => s.turnVoterId);
  const hasVote = board ? boardVote(board) !== null : false;
  const runtime = useCanvasRuntime(board?.id ?? null, hasVote);
  const camera = useCanvasSession((s) => (board ? s.cameras[board.id] : undefined));
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!runtime) return;
    const measure = () => setSize({ width: runtime.host.clientWidth, height: runtime.host.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(runtime.host);
    return () => observer.disconnect();
  }, [runtime]);
  const frame = runtime?.host.parentElement;
  if (!board || !hasVote || !runtime || !camera || !frame) return null;
  return createPortal(<VoteLayer board={board} camera={camera} viewport={size} turnVoterId={turnVoterId} />, frame);
}

/** The mounted canvas of a board, found once it has registered (the canvas mounts after its first layout). */
function useCanvasRuntime(boardId: string | null, wanted: boolean): CanvasRuntime | null {
  const [runtime, setRuntime] = useState<CanvasRuntime | null>(null);
  useEffect(() => {
    if (!wanted || !boardId) {
      setRuntime(null);
      return;
    }
    const check = () => {
      const rt = activeCanvas();
      const next = rt && rt.boardId === boardId && rt.host.isConnected ? rt : null;
      setRuntime((current) => (current === next ? current : next));
    };
    check();
    const id = setInterval(check, 400);
    return () => clearInterval(id);
  }, [boardId, wanted]);
  return runtime;
}
