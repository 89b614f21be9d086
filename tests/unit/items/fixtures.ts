import { emptyDoc, type WorkshopDoc } from '../../../shared/model/document.ts';
import type { BoardId, ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { defaultItem, type ItemOverrides, type ItemType } from '../../../shared/items/itemTypes.ts';
import type { Measure } from '../../../shared/items/textFit.ts';

/** Shared test data for the canvas tests: a Værnesregionen workshop with one free canvas. */

export const boardId = 'b_vaernes' as BoardId;

export const id = (name: string) => `i_${name}` as ItemId;

export function workshop(items: Item[] = []): WorkshopDoc {
  const doc = emptyDoc({ title: 'Læringsnettverk psykisk helse og rus', region: 'Værnesregionen', createdAt: '2025-01-01T00:00:00.000Z' });
  doc.boards[boardId] = { id: boardId, kind: 'whiteboard', name: 'Fritt lerret', order: 1, props: { background: 'dots' } };
  for (const item of items) doc.items[item.id] = item;
  return doc;
}

/** An item with a readable id, e.g. `item('note', 'epikrise', { x: 0, props: { text: '…' } })`. */
export function item<T extends ItemType>(type: T, name: string, overrides: ItemOverrides<T> = {}): Item {
  return defaultItem(type, boardId, { id: id(name), ...overrides });
}

/** Every grapheme is `fontSize / 2` wide: emoji, æøå and Arabic letters alike, so tests can count. */
export const halfEm: Measure = (text, fontSize) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length * fontSize * 0.5;
