import { z } from 'zod';
import { newItemId, type BoardId, type ItemId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { ItemSchema, type Item } from '../model/records.ts';
import { connectorPath, itemBounds, type Point } from './geometry.ts';
import { childrenByParent, newGroupId as defaultNewGroupId, type ItemsById } from './groups.ts';
import { checkAnyItemProps } from '../kinds/kindItemTypes.ts';
import { defaultItem, noteDefaults } from './itemTypes.ts';
import type { PaletteKey } from './palette.ts';

/**
 * The Samkart clipboard: items travel as JSON marked `{"samkart":"items","version":1}`, so a paste
 * can tell our items from any other text, and a later version can read or refuse older payloads.
 * Alongside it the renderer writes `plainTextOf` as text/plain for Word, e-mail and chat; pasting
 * plain text from elsewhere becomes one note per line.
 */

export const clipboardVersion = 1;

const PayloadSchema = z.object({
  samkart: z.literal('items'),
  version: z.literal(clipboardVersion),
  items: z.array(ItemSchema).max(limits.changesPerCall),
});

/** Item props that refer to other items (a connector's ends), as in boardOps. */
const itemRefKeys = ['fromId', 'toId'] as const;
const pointKeyOf = { fromId: 'fromPoint', toId: 'toPoint' } as const;

/**
 * What a copy of `selected` takes along: the selected items, everything their frames carry, and
 * connectors whose both ends are copied. Each connector's ends are written as points too, so an
 * end whose item stays behind keeps its place when pasted.
 */
export function itemsToCopy(selected: Iterable<ItemId>, all: ItemsById): Item[] {
  const children = childrenByParent(all);
  const ids = new Set<ItemId>();
  const queue = [...selected];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (ids.has(id) || !all[id]) continue;
    ids.add(id);
    for (const child of children.get(id) ?? []) queue.push(child.id);
  }
  for (const item of Object.values(all)) {
    if (item.type !== 'connector' || ids.has(item.id)) continue;
    const { fromId, toId } = item.props;
    if (typeof fromId === 'string' && typeof toId === 'string' && ids.has(fromId as ItemId) && ids.has(toId as ItemId)) ids.add(item.id);
  }
  const lookup = (id: ItemId) => all[id];
  return [...ids].map((id) => {
    const item = all[id]!;
    if (item.type !== 'connector') return item;
    const path = connectorPath(item, lookup);
    return { ...item, props: { ...item.props, fromPoint: path[0], toPoint: path.at(-1) } };
  });
}

/** The clipboard text for a copy of `selected` (see `itemsToCopy`). */
export function serializeItems(selected: Iterable<ItemId>, all: ItemsById): string {
  return JSON.stringify({ samkart: 'items', version: clipboardVersion, items: itemsToCopy(selected, all) });
}

/**
 * Items from clipboard text, or null when the text is not a valid Samkart payload: any other
 * JSON, a newer version, an invalid item or duplicate ids. Props of core and kind types get their defaults (and invalid ones refuse the paste).
 */
export function parseClipboard(text: string): Item[] | null {
  if (!text.trimStart().startsWith('{')) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = PayloadSchema.safeParse(json);
  if (!parsed.success) return null;
  const ids = new Set<string>();
  const items: Item[] = [];
  for (const item of parsed.data.items) {
    if (ids.has(item.id)) return null;
    ids.add(item.id);
    const props = checkAnyItemProps(item.type, item.props);
    if (!props.success) return null;
    items.push({ ...item, props: props.props });
  }
  return items;
}

export interface ReIdOptions {
  boardId: BoardId;
  offset: Point;
  newId?: () => ItemId;
  newGroupId?: () => string;
}

/**
 * Copies of pasted items with fresh ids on `boardId`, moved by `offset`. References among the
 * copies are remapped (frame, group, connector ends); references to items not copied are dropped:
 * the item leaves its frame, a group of one stops being a group, and a connector end stays at its point.
 */
export function reIdItems(items: readonly Item[], { boardId, offset, newId = newItemId, newGroupId = defaultNewGroupId }: ReIdOptions): Item[] {
  const idMap = new Map<string, ItemId>(items.map((item) => [item.id, newId()]));
  const groupSizes = new Map<string, number>();
  for (const item of items) if (item.groupId) groupSizes.set(item.groupId, (groupSizes.get(item.groupId) ?? 0) + 1);
  const groupMap = new Map<string, string>();
  for (const [groupId, size] of groupSizes) if (size > 1) groupMap.set(groupId, newGroupId());

  return items.map((item) => {
    const props: Record<string, unknown> = { ...item.props };
    for (const key of itemRefKeys) {
      const ref = props[key];
      if (typeof ref !== 'string') continue;
      props[key] = idMap.get(ref) ?? null;
    }
    if (item.type === 'connector') {
      for (const key of itemRefKeys) {
        const point = props[pointKeyOf[key]] as Point | undefined;
        if (point) props[pointKeyOf[key]] = { x: point.x + offset.x, y: point.y + offset.y };
      }
    }
    return {
      ...item,
      id: idMap.get(item.id)!,
      boardId,
      x: item.x + offset.x,
      y: item.y + offset.y,
      parentId: item.parentId ? (idMap.get(item.parentId) ?? null) : null,
      groupId: item.groupId ? (groupMap.get(item.groupId) ?? null) : null,
      props,
    };
  });
}

/** The words an item shows, for the text/plain flavour; images give their alt text. */
function textOf(item: Item): string {
  const p = item.props;
  const value = item.type === 'frame' ? p['title'] : item.type === 'connector' ? p['label'] : item.type === 'image' ? p['alt'] : p['text'];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The copied items' text in reading order, one item per line: rows top to bottom (items whose tops
 * are within half a row's height share the row), left to right within a row.
 */
export function plainTextOf(items: readonly Item[]): string {
  const placed = items
    .map((item) => ({ text: textOf(item), b: itemBounds(item) }))
    .filter((p) => p.text !== '')
    .sort((a, b) => a.b.y - b.b.y);
  const rows: (typeof placed)[] = [];
  for (const p of placed) {
    const row = rows.at(-1);
    const head = row?.[0];
    if (row && head && p.b.y - head.b.y <= head.b.h / 2) row.push(p);
    else rows.push([p]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.b.x - b.b.x).map((p) => p.text)).join('\n');
}

/** Bullets that Word, e-mail and chat put before list lines; the note needs only the words. */
const bullet = /^(?:[-*•–·▪◦‣]\s+)/u;

/** Cuts text to the stored limit without leaving half an emoji at the end. */
function clampText(text: string): string {
  if (text.length <= limits.text) return text;
  const cut = text.slice(0, limits.text);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export interface PlainTextNotesOptions {
  color?: PaletteKey;
  /** Notes per row; by default about square (√n, rounded up). */
  columns?: number;
  gap?: number;
}

/**
 * One note per non-empty line of pasted text, laid out in a grid whose top-left is `at`. A list
 * from the meeting minutes becomes notes to sort on the wall.
 */
export function notesFromPlainText(text: string, boardId: BoardId, at: Point, options: PlainTextNotesOptions = {}): Item[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(bullet, '').trim())
    .filter((line) => line !== '');
  const columns = Math.max(1, Math.floor(options.columns ?? Math.ceil(Math.sqrt(lines.length))));
  const gap = options.gap ?? 20;
  return lines.map((line, i) => {
    // The same note as the N tool makes: one size and type size however a note is made.
    const note = defaultItem('note', boardId, {
      z: i,
      w: noteDefaults.w,
      h: noteDefaults.h,
      props: { text: clampText(line), fontSize: noteDefaults.fontSize, fit: noteDefaults.fit, ...(options.color ? { color: options.color } : {}) },
    });
    note.x = at.x + (i % columns) * (note.w + gap);
    note.y = at.y + Math.floor(i / columns) * (note.h + gap);
    return note;
  });
}
