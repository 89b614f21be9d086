import type { Board } from '../../../../shared/model/records.ts';
import { BoardCanvas } from '../../canvas/BoardCanvas.tsx';
import { hukiExtension } from './extension.ts';
import './huki.css';

/** The HUKI board: the shared canvas with the matrix drawn on it for the room, and the editing panel. */
export function HukiBoardView({ board }: { board: Board }) {
  return <BoardCanvas board={board} extension={hukiExtension} />;
}
