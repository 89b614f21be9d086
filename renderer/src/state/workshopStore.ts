import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Patch } from 'immer';
import type { SamkartApi } from '../../../shared/api/contract.ts';
import type { WorkshopHandle } from '../../../shared/api/results.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../shared/model/document.ts';
import { patchesToChanges } from '../../../shared/model/changes.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { History } from '../../../shared/ops/history.ts';
import { OperationError, perform, type Operation } from '../../../shared/ops/operation.ts';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import { PersistQueue, type SaveStatus } from './persistQueue.ts';

/** Which part of the workshop window is showing. Session data: never saved, never undone. */
export type WorkshopView = { kind: 'board'; boardId: BoardId } | { kind: 'details' } | { kind: 'actors' };

export interface WorkshopState {
  handle: WorkshopHandle;
  fileName: string;
  doc: WorkshopDoc;
  save: SaveStatus;
  undoLabel: MessageKey | undefined;
  redoLabel: MessageKey | undefined;
  view: WorkshopView;
  /** The last edit that was refused, for the message bar. */
  refused: { key: MessageKey; detail?: string } | null;
}

export interface WorkshopActions {
  /** Performs an operation: the new document, one undo step, and the changed rows to disk. */
  run<A>(op: Operation<A>, args: A): boolean;
  undo(): void;
  redo(): void;
  setView(view: WorkshopView): void;
  setFileName(fileName: string): void;
  retrySave(): void;
  /** Resolves once every edit so far has been acknowledged by the store. */
  flushed(): Promise<void>;
  hasUnsaved(): boolean;
  /**
   * Takes a document the file already holds (after Gjenopprett) as the workshop's own. Undo and
   * redo are cleared: their patches were made against the old document and would write stale
   * rows into the restored one. Nothing is queued for saving, so call it only when every earlier
   * edit has been acknowledged (`flushed()` and not `hasUnsaved()`).
   */
  replaceDocument(doc: WorkshopDoc): void;
}

export type WorkshopStore = StoreApi<WorkshopState & WorkshopActions>;

export function createWorkshopStore(api: SamkartApi, opened: { handle: WorkshopHandle; fileName: string; doc: WorkshopDoc; readOnly?: boolean; lastBoardId?: BoardId }): WorkshopStore {
  const history = new History();
  // The queue reports its state into the store; the callback runs only after the store exists.
  const queue: PersistQueue = new PersistQueue(api, opened.handle, (save) => store.setState({ save }), opened.readOnly);

  const store = createStore<WorkshopState & WorkshopActions>()((set, get) => {
    const commit = (doc: WorkshopDoc, patches: Patch[]) => {
      set({ doc, undoLabel: history.undoLabel, redoLabel: history.redoLabel, refused: null });
      queue.push(patchesToChanges(patches, doc));
      // A view of a board that an undo removed falls back to the first board.
      const view = get().view;
      if (view.kind === 'board' && !doc.boards[view.boardId]) set({ view: firstView(doc) });
    };
    return {
      handle: opened.handle,
      fileName: opened.fileName,
      doc: opened.doc,
      save: queue.current,
      undoLabel: undefined,
      redoLabel: undefined,
      // Reopening returns to the board that was showing (remembered in the profile), if it still exists.
      view: opened.lastBoardId && opened.doc.boards[opened.lastBoardId] ? { kind: 'board', boardId: opened.lastBoardId } : firstView(opened.doc),
      refused: null,
      run(op, args) {
        try {
          const result = perform(get().doc, op, args);
          if (result.patches.length === 0) return true;
          history.record({ labelKey: op.labelKey, patches: result.patches, inverse: result.inverse });
          commit(result.doc, result.patches);
          return true;
        } catch (error) {
          if (error instanceof OperationError) {
            set({ refused: { key: error.key, detail: error.message } });
            return false;
          }
          throw error;
        }
      },
      undo() {
        const result = history.undo(get().doc);
        if (result) commit(result.doc, result.patches);
      },
      redo() {
        const result = history.redo(get().doc);
        if (result) commit(result.doc, result.patches);
      },
      setView(view) {
        set({ view });
        // Session data, kept by the profile rather than the file; losing it costs nothing.
        if (view.kind === 'board') api.rememberBoard(opened.handle, view.boardId).catch(() => undefined);
      },
      setFileName(fileName) {
        set({ fileName });
      },
      retrySave() {
        queue.retry();
      },
      flushed() {
        return queue.idle();
      },
      hasUnsaved() {
        return queue.hasUnsaved;
      },
      replaceDocument(doc) {
        history.clear();
        const view = get().view;
        set({
          doc,
          undoLabel: undefined,
          redoLabel: undefined,
          refused: null,
          // The board on screen may not exist in the restored document.
          view: view.kind === 'board' && !doc.boards[view.boardId] ? firstView(doc) : view,
        });
      },
    };
  });
  return store;
}

function firstView(doc: WorkshopDoc): WorkshopView {
  const first = boardsInOrder(doc)[0];
  return first ? { kind: 'board', boardId: first.id } : { kind: 'details' };
}
