import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Actor, Board, Item } from '../../../../shared/model/records.ts';
import type { CanvasExtension } from '../extension.ts';
import type { WorkshopStore } from '../../state/workshopStore.ts';
import { orderedBoardItems } from '../boardIndex.ts';
import { useCanvasSession } from '../sessionStore.ts';
import { describeItem } from './describeItem.ts';

type T = (key: MessageKey, params?: MessageParams) => string;
type Items = Readonly<Record<string, Item>>;

/** What a row's words depend on besides its own record. */
interface Row {
  li: HTMLLIElement;
  item: Item;
  /** An unlabelled arrow reads as its ends. */
  from?: Item | undefined;
  to?: Item | undefined;
  /** A kind's item reads the actor registry. */
  actors?: Readonly<Record<string, Actor>> | undefined;
}

export interface MirrorContext {
  t: T;
  board: Board;
  extension: CanvasExtension;
}

/** Milliseconds of list work per slice, between which frames and input go first. */
const sliceMs = 6;

/**
 * The accessible list of a board's items, kept in the DOM directly rather than as one React
 * component per row: 50,000 rows as components cost a second to mount and a subscription each on
 * every edit. A pass compares each record with the one its row was written from (immer keeps
 * untouched records identical), rewrites only rows that changed, and runs in slices of a few
 * milliseconds on a message-channel task, so the canvas's first frame and every frame after it
 * go first. Complete shortly after the first frame; focusing a row selects its item.
 */
export class ItemListMirror {
  private readonly rows = new Map<string, Row>();
  private order: readonly Item[] = [];
  private selected: ReadonlySet<string> = new Set();
  private context: MirrorContext;
  /** Rewrite every row's words (language, board or kind changed). */
  private stale = true;
  private running = false;
  private again = false;
  private disposed = false;
  private readonly channel = new MessageChannel();
  private readonly cleanups: (() => void)[] = [];
  private resume: (() => void) | null = null;

  constructor(
    private readonly ul: HTMLUListElement,
    private readonly store: WorkshopStore,
    private readonly boardId: Board['id'],
    context: MirrorContext,
    onFocusItem: (id: ItemId) => void,
  ) {
    this.context = context;
    this.channel.port1.onmessage = () => this.resume?.();
    this.cleanups.push(
      store.subscribe((s, previous) => {
        if (s.doc.items !== previous.doc.items || s.doc.actors !== previous.doc.actors) this.schedule();
      }),
      useCanvasSession.subscribe((s, previous) => {
        if (s.selection !== previous.selection) this.markSelection(new Set(s.selection));
      }),
    );
    const focus = (e: FocusEvent) => {
      const li = (e.target as HTMLElement | null)?.closest?.('li[data-item-id]');
      const id = li?.getAttribute('data-item-id');
      if (id) onFocusItem(id as ItemId);
    };
    ul.addEventListener('focusin', focus);
    this.cleanups.push(() => ul.removeEventListener('focusin', focus));
    this.markSelection(new Set(useCanvasSession.getState().selection));
    // After the frame being drawn: the picture first, then the list.
    const raf = requestAnimationFrame(() => this.schedule());
    this.cleanups.push(() => cancelAnimationFrame(raf));
  }

  setContext(context: MirrorContext): void {
    if (context.t === this.context.t && context.board === this.context.board && context.extension === this.context.extension) return;
    this.context = context;
    this.stale = true;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    for (const cleanup of this.cleanups) cleanup();
    this.channel.port1.close();
  }

  /** Runs a pass soon; a pass already under way starts over with the newest document. */
  private schedule(): void {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.pass().finally(() => {
      this.running = false;
      if (this.again && !this.disposed) {
        this.again = false;
        this.schedule();
      }
    });
  }

  private yieldToFrames(): Promise<void> {
    return new Promise((resolve) => {
      this.resume = () => {
        this.resume = null;
        resolve();
      };
      this.channel.port2.postMessage(null);
    });
  }

  private async pass(): Promise<void> {
    const stale = this.stale;
    this.stale = false;
    const { doc } = this.store.getState();
    const items = doc.items;
    const actors = doc.actors;
    const ordered = orderedBoardItems(items, this.boardId);
    // The first pass fills an empty list slice by slice, in order; later passes place rows at the end.
    const filling = this.rows.size === 0;
    let fragment = document.createDocumentFragment();
    let sliceStart = performance.now();
    for (let i = 0; i < ordered.length; i++) {
      if (this.again || this.disposed) return;
      this.write(ordered[i]!, items, actors, stale, filling ? fragment : null);
      if ((i & 63) === 63 && performance.now() - sliceStart > sliceMs) {
        if (filling) {
          this.ul.append(fragment);
          fragment = document.createDocumentFragment();
        }
        await this.yieldToFrames();
        if (this.again || this.disposed) return;
        // The document moved on while waiting: start over (rows written so far are kept).
        if (this.store.getState().doc.items !== items || this.store.getState().doc.actors !== actors) {
          this.again = true;
          if (stale) this.stale = true;
          return;
        }
        sliceStart = performance.now();
      }
    }
    if (filling) this.ul.append(fragment);
    this.place(ordered);
  }

  private write(item: Item, items: Items, actors: Readonly<Record<string, Actor>>, stale: boolean, fragment: DocumentFragment | null): void {
    const { t, board, extension } = this.context;
    const row = this.rows.get(item.id);
    const own = extension.describeItem && extension.itemRenderers?.[item.type] ? actors : undefined;
    const ends = item.type === 'connector' ? connectorEnds(item, items) : undefined;
    if (row && !stale && row.item === item && row.actors === own && row.from === ends?.from && row.to === ends?.to) return;
    const li = row?.li ?? document.createElement('li');
    if (!row) {
      li.setAttribute('role', 'listitem');
      li.tabIndex = 0;
      li.dir = 'auto';
      li.setAttribute('data-item-id', item.id);
      if (this.selected.has(item.id)) li.setAttribute('aria-current', 'true');
      fragment?.append(li);
    }
    if (!row || row.item.type !== item.type) li.setAttribute('data-type', item.type);
    if (!row || row.item.x !== item.x) li.setAttribute('data-x', String(Math.round(item.x)));
    if (!row || row.item.y !== item.y) li.setAttribute('data-y', String(Math.round(item.y)));
    if (!row || row.item.w !== item.w) li.setAttribute('data-w', String(Math.round(item.w)));
    if (!row || row.item.h !== item.h) li.setAttribute('data-h', String(Math.round(item.h)));
    if (!row || row.item.parentId !== item.parentId) li.setAttribute('data-parent', item.parentId ?? '');
    const kind = own ? { extension, context: { board, actors: own } } : undefined;
    const lookup = (id: string) => (id === ends?.fromId ? ends.from : id === ends?.toId ? ends.to : undefined);
    const text = describeItem(t, item, lookup, kind);
    if (li.textContent !== text) li.textContent = text;
    this.rows.set(item.id, { li, item, from: ends?.from, to: ends?.to, actors: own });
  }

  /** Puts the rows in the board's order (back to front), adding new ones and taking out the gone. */
  private place(ordered: readonly Item[]): void {
    if (ordered === this.order) return;
    const keep = new Set<string>();
    for (const item of ordered) keep.add(item.id);
    for (const [id, row] of this.rows) {
      if (!keep.has(id)) {
        row.li.remove();
        this.rows.delete(id);
      }
    }
    let cursor = this.ul.firstElementChild;
    for (const item of ordered) {
      const li = this.rows.get(item.id)!.li;
      if (li === cursor) cursor = cursor.nextElementSibling;
      else this.ul.insertBefore(li, cursor);
    }
    this.order = ordered;
  }

  private markSelection(next: ReadonlySet<string>): void {
    for (const id of this.selected) if (!next.has(id)) this.rows.get(id)?.li.removeAttribute('aria-current');
    for (const id of next) if (!this.selected.has(id)) this.rows.get(id)?.li.setAttribute('aria-current', 'true');
    this.selected = next;
  }
}

function connectorEnds(item: Item, items: Items): { fromId: string | null; toId: string | null; from: Item | undefined; to: Item | undefined } {
  const fromId = typeof item.props['fromId'] === 'string' ? item.props['fromId'] : null;
  const toId = typeof item.props['toId'] === 'string' ? item.props['toId'] : null;
  return { fromId, toId, from: fromId ? items[fromId] : undefined, to: toId ? items[toId] : undefined };
}
