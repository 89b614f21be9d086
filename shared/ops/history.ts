import { applyPatches, type Patch } from 'immer';
import type { WorkshopDoc } from '../model/document.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface HistoryEntry {
  labelKey: MessageKey;
  patches: Patch[];
  inverse: Patch[];
}

/**
 * Undo and redo over the whole workshop. It stores patches, not documents, so a step costs the size
 * of the edit. Loading and migrating never enter it.
 */
export class History {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];

  constructor(private readonly limit = 500) {}

  record(entry: HistoryEntry): void {
    if (entry.patches.length === 0) return;
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  get undoLabel(): MessageKey | undefined {
    return this.done.at(-1)?.labelKey;
  }
  get redoLabel(): MessageKey | undefined {
    return this.undone.at(-1)?.labelKey;
  }

  /** Returns the document before the last edit and the patches that lead there, or undefined. */
  undo(doc: WorkshopDoc): { doc: WorkshopDoc; patches: Patch[] } | undefined {
    const entry = this.done.pop();
    if (!entry) return undefined;
    this.undone.push(entry);
    return { doc: applyPatches(doc, entry.inverse), patches: entry.inverse };
  }

  redo(doc: WorkshopDoc): { doc: WorkshopDoc; patches: Patch[] } | undefined {
    const entry = this.undone.pop();
    if (!entry) return undefined;
    this.done.push(entry);
    return { doc: applyPatches(doc, entry.patches), patches: entry.patches };
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
