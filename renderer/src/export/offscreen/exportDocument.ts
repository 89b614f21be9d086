import { createStore } from 'zustand/vanilla';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import type { BoardId, ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';

/**
 * The document as the off-screen board reads it. Two things keep the export apart from the
 * canvas on screen:
 *
 * - Item ids get a suffix (and every reference to them in items, like an arrow's ends, follows).
 *   The canvas keeps its nodes, selection, text editing and highlights by item id in app-wide
 *   registries; with ids of their own, the export's nodes never take the place of the screen's,
 *   and nothing selected or being edited on screen shows as such in the file.
 * - The store is a frozen snapshot: nothing drawn off screen can change the workshop.
 */

const suffix = '~export';

function renamed(value: unknown, ids: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return ids.has(value) ? `${value}${suffix}` : value;
  if (Array.isArray(value)) return value.map((v) => renamed(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, ids)]));
  return value;
}

/** The document with one board's items under export ids (other boards' items are left out). */
export function exportDocument(doc: WorkshopDoc, boardId: BoardId): WorkshopDoc {
  const own = Object.values(doc.items).filter((item) => item.boardId === boardId);
  const ids = new Set<string>(own.map((item) => item.id));
  const items: Record<ItemId, Item> = {};
  for (const item of own) {
    const id = `${item.id}${suffix}` as ItemId;
    items[id] = {
      ...item,
      id,
      parentId: item.parentId && ids.has(item.parentId) ? (`${item.parentId}${suffix}` as ItemId) : item.parentId,
      props: renamed(item.props, ids) as Item['props'],
    };
  }
  return { ...doc, items };
}

function readOnly(): never {
  throw new Error('The export draws a snapshot of the workshop and cannot change it.');
}

/** A store holding the snapshot, for the canvas's components (they only read `doc`). */
export function snapshotStore(doc: WorkshopDoc): WorkshopStore {
  return createStore<ReturnType<WorkshopStore['getState']>>()(() => ({
    handle: '',
    fileName: '',
    doc,
    save: { state: 'saved' },
    undoLabel: undefined,
    redoLabel: undefined,
    view: { kind: 'details' },
    refused: null,
    run: readOnly,
    undo: readOnly,
    redo: readOnly,
    setView: readOnly,
    setFileName: readOnly,
    retrySave: readOnly,
    flushed: () => Promise.resolve(),
    hasUnsaved: () => false,
    replaceDocument: readOnly,
  }));
}
