import { useLayoutEffect, useMemo, useRef } from 'react';
import { Search, X } from 'lucide-react';
import { boardsInOrder } from '../../../../shared/model/document.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { jumpToItem } from '../actions.ts';
import { itemText, searchKey } from '../itemText.ts';
import { setPendingJump, setSearchOpen, setSearchQuery, useCanvasSession } from '../sessionStore.ts';

const maxShown = 50;

interface Hit {
  item: Item;
  text: string;
  boardName: string;
}

/** Items of the whole workshop whose text contains the query, board by board in the user's order, top to bottom. */
export function searchItems(items: Readonly<Record<string, Item>>, boards: { id: string; name: string }[], query: string): Hit[] {
  const q = searchKey(query.trim());
  if (q === '') return [];
  const order = new Map(boards.map((b, i) => [b.id, i]));
  const names = new Map(boards.map((b) => [b.id, b.name]));
  const hits: Hit[] = [];
  for (const item of Object.values(items)) {
    const text = itemText(item);
    if (text && searchKey(text).includes(q)) hits.push({ item, text, boardName: names.get(item.boardId) ?? '' });
  }
  return hits.sort((a, b) => (order.get(a.item.boardId) ?? 0) - (order.get(b.item.boardId) ?? 0) || a.item.y - b.item.y || a.item.x - b.item.x);
}

/**
 * Search across the workshop's text (Ctrl+F): results from every board; choosing one shows its
 * board, centres the item, selects it and rings it for a moment.
 */
export function SearchPanel({ runtime }: { runtime: CanvasRuntime }) {
  const t = useT();
  const store = useWorkshopStore();
  const open = useCanvasSession((s) => s.searchOpen);
  const query = useCanvasSession((s) => s.searchQuery);
  const items = useWorkshop((s) => s.doc.items);
  const boards = useWorkshop((s) => s.doc.boards);
  const inputRef = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => (open ? searchItems(items, boardsInOrder({ boards } as never), query) : []), [open, items, boards, query]);

  useLayoutEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  if (!open) return null;
  const close = () => {
    setSearchOpen(false);
    runtime.host.focus({ preventScroll: true });
  };
  const go = (id: ItemId) => {
    const item = store.getState().doc.items[id];
    if (!item) return;
    if (item.boardId === runtime.boardId) jumpToItem(runtime, id);
    else {
      setPendingJump(id);
      store.getState().setView({ kind: 'board', boardId: item.boardId });
    }
  };
  return (
    <div className="canvas-search" role="search" data-canvas-panel>
      <div className="search-row">
        <Search aria-hidden size={22} />
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          aria-label={t('canvas.searchLabel')}
          placeholder={t('canvas.searchLabel')}
          value={query}
          onChange={(e) => setSearchQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            } else if (e.key === 'Enter' && hits[0]) {
              e.preventDefault();
              go(hits[0].item.id);
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              e.currentTarget.closest('.canvas-search')?.querySelector<HTMLButtonElement>('.search-hit')?.focus();
            }
          }}
        />
        <button type="button" className="zoom-btn" aria-label={t('canvas.searchClose')} title={t('canvas.searchClose')} onClick={close}>
          <X aria-hidden size={22} />
        </button>
      </div>
      <p className="search-count" role="status">
        {query.trim() === '' ? '' : hits.length === 0 ? t('canvas.searchNone') : t('canvas.searchResults', { count: hits.length })}
      </p>
      {hits.length > 0 && (
        <ul className="search-hits">
          {hits.slice(0, maxShown).map((hit) => (
            <li key={hit.item.id}>
              <button
                type="button"
                className="search-hit"
                onClick={() => go(hit.item.id)}
                onKeyDown={(e) => {
                  const list = [...(e.currentTarget.closest('.search-hits')?.querySelectorAll<HTMLButtonElement>('.search-hit') ?? [])];
                  const i = list.indexOf(e.currentTarget);
                  if (e.key === 'ArrowDown') {
                    e.preventDefault();
                    list[i + 1]?.focus();
                  } else if (e.key === 'ArrowUp') {
                    e.preventDefault();
                    (list[i - 1] ?? inputRef.current)?.focus();
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    e.stopPropagation();
                    close();
                  }
                }}
              >
                <span className="hit-text" dir="auto">{hit.text.length > 120 ? `${hit.text.slice(0, 120)}…` : hit.text}</span>
                <span className="hit-board">{hit.boardName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
