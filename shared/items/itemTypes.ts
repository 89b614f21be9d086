import { z } from 'zod';
import type { MessageKey } from '../i18n/messages.ts';
import { ItemIdSchema, newItemId, type BoardId } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { ItemSchema, type Item } from '../model/records.ts';
import { defaultNoteColour, paletteKeys } from './palette.ts';

/**
 * The core item types every board kind can hold. Each declares its props with a validator whose
 * defaults fill anything missing, so an item from an older file (or a paste from an older version)
 * reads as complete props instead of crashing the renderer.
 */

const finite = z.number().finite();
const text = z.string().max(limits.text);
const label = z.string().max(limits.name);
/** Colours are stored as `#rrggbb` only, so contrast checks and exports need no colour parser. */
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const fill = z.union([colour, z.literal('transparent')]);

/** Font sizes in board units. Below 8 nothing is readable even zoomed in; 8 is also textFit's floor. */
export const minFontSize = 8;
export const maxFontSize = 400;
const fontSize = finite.min(minFontSize).max(maxFontSize);

export const PointSchema = z.object({ x: finite, y: finite });

/**
 * A new note made on the board, however it is made (the N tool, a double-click, Ctrl+Enter, pasted
 * lines): one size, a type size that reads from the back of a room on a projector, and text that
 * grows the note rather than shrinking to a size nobody can read. The schema's defaults below are
 * what a stored note without these props has always meant, so old files look as they did.
 */
export const noteDefaults = { w: 200, h: 150, fontSize: 28, fit: 'grow' } as const;

export const NotePropsSchema = z.object({
  text: text.default(''),
  color: z.enum(paletteKeys).default(defaultNoteColour),
  fontSize: fontSize.default(20),
  /** 'grow' keeps the text at its size and makes the note taller; 'shrink' keeps the note's size (a tidy wall). */
  fit: z.enum(['grow', 'shrink']).default('shrink'),
  /**
   * Who wrote it, when a participant sent it from their own device (Deltakere). Optional and not
   * defaulted, so notes written before it existed read back unchanged.
   */
  author: label.optional(),
});

/** Same values as Konva's Text `align`, so the renderer passes them through unchanged. */
export const textAligns = ['left', 'center', 'right'] as const;

export const TextPropsSchema = z.object({
  text: text.default(''),
  fontSize: fontSize.default(24),
  align: z.enum(textAligns).default('left'),
  color: colour.default('#1a1a1a'),
});

export const shapeKinds = ['rect', 'ellipse', 'diamond'] as const;
export type ShapeKind = (typeof shapeKinds)[number];

export const ShapePropsSchema = z.object({
  shape: z.enum(shapeKinds).default('rect'),
  fill: fill.default('#ffffff'),
  stroke: colour.default('#1a1a1a'),
  strokeWidth: finite.min(0).max(50).default(2),
  text: text.default(''),
});

/**
 * A line between two items. The ends follow the items they are attached to; `fromPoint`/`toPoint`
 * are where an unattached end sits, and where an end stays if its item is not copied along.
 */
export const ConnectorPropsSchema = z.object({
  fromId: ItemIdSchema.nullable().default(null),
  toId: ItemIdSchema.nullable().default(null),
  fromPoint: PointSchema.default(() => ({ x: 0, y: 0 })),
  toPoint: PointSchema.default(() => ({ x: 0, y: 0 })),
  routing: z.enum(['straight', 'elbow']).default('straight'),
  label: label.default(''),
  startArrow: z.boolean().default(false),
  endArrow: z.boolean().default(true),
  stroke: colour.default('#1a1a1a'),
  strokeWidth: finite.min(0.5).max(50).default(2),
});

export const FramePropsSchema = z.object({
  title: label.default(''),
  fill: fill.default('#f4f4f4'),
});

/** Downscaled pictures (imageImport.ts: longest side 1600 px) stay far below this. */
export const maxImageDataUrl = 8_000_000;

export const ImagePropsSchema = z.object({
  /**
   * The picture itself, as a data URL of a raster format a browser decodes safely (never SVG,
   * which could carry script). It lives in the item's row, so it is in the workshop file, goes
   * along with copy and paste between workshops, and undo restores it. Empty = missing.
   */
  src: z
    .string()
    .max(maxImageDataUrl)
    .regex(/^(data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*)?$/)
    .default(''),
  /** Reserved for a later asset table (one copy however often a picture is pasted). */
  assetId: z.string().max(200).default(''),
  /** Alternative text: read by screen readers and used when the board is exported as text. */
  alt: label.default(''),
});

interface ItemTypeDef<S extends z.ZodType> {
  propsSchema: S;
  /** Size of a freshly placed item, in board units. */
  defaultSize: { w: number; h: number };
  /** Smallest size a resize may leave; connectors have no box and can't be resized. */
  minSize: number;
  labelKey: MessageKey;
}

const define = <S extends z.ZodType>(def: ItemTypeDef<S>) => def;

/** The core item types by name. Board kinds add types of their own (BoardKind.itemTypes), checked by kinds/kindItemTypes.ts. */
export const itemTypes = {
  note: define({ propsSchema: NotePropsSchema, defaultSize: { w: 160, h: 100 }, minSize: 40, labelKey: 'item.note' }),
  text: define({ propsSchema: TextPropsSchema, defaultSize: { w: 240, h: 40 }, minSize: 16, labelKey: 'item.text' }),
  shape: define({ propsSchema: ShapePropsSchema, defaultSize: { w: 160, h: 100 }, minSize: 8, labelKey: 'item.shape.rect' }),
  connector: define({ propsSchema: ConnectorPropsSchema, defaultSize: { w: 0, h: 0 }, minSize: 0, labelKey: 'item.connector' }),
  frame: define({ propsSchema: FramePropsSchema, defaultSize: { w: 800, h: 600 }, minSize: 80, labelKey: 'item.frame' }),
  image: define({ propsSchema: ImagePropsSchema, defaultSize: { w: 320, h: 240 }, minSize: 16, labelKey: 'item.image' }),
};

export type ItemType = keyof typeof itemTypes;
export const itemTypeNames = Object.keys(itemTypes) as ItemType[];
export type PropsOf<T extends ItemType> = z.output<(typeof itemTypes)[T]['propsSchema']>;
export type PropsInputOf<T extends ItemType> = z.input<(typeof itemTypes)[T]['propsSchema']>;
export type NoteProps = PropsOf<'note'>;
export type ConnectorProps = PropsOf<'connector'>;

/** An item whose props are known to be of its type's shape (they are validated on every write). */
export type TypedItem<T extends ItemType> = Omit<Item, 'type' | 'props'> & { type: T; props: PropsOf<T> };

export function isCoreItemType(type: string): type is ItemType {
  return Object.hasOwn(itemTypes, type);
}

/** Narrows by type alone: props were validated when the item was created, updated or pasted. */
export function isItemOfType<T extends ItemType>(item: Item, type: T): item is Item & TypedItem<T> {
  return item.type === type;
}

/** Full props of a type from a partial or older set; throws a ZodError when a value is invalid. */
export function parseItemProps<T extends ItemType>(type: T, props: unknown): PropsOf<T> {
  return itemTypes[type].propsSchema.parse(props ?? {}) as PropsOf<T>;
}

export type PropsCheck = { success: true; props: Record<string, unknown> } | { success: false; error: string };

/**
 * Validates props of a core item type (defaults filled); any other type is accepted as a plain
 * record, since only its kind knows its shape. Writes go through checkAnyItemProps
 * (kinds/kindItemTypes.ts), which checks a kind's types against the schemas the kind declares.
 */
export function checkItemProps(type: string, props: unknown): PropsCheck {
  if (!isCoreItemType(type)) {
    const record = z.record(z.string(), z.unknown()).safeParse(props);
    return record.success ? { success: true, props: record.data } : { success: false, error: record.error.message };
  }
  const parsed = itemTypes[type].propsSchema.safeParse(props ?? {});
  return parsed.success ? { success: true, props: parsed.data as Record<string, unknown> } : { success: false, error: parsed.error.message };
}

export type ItemOverrides<T extends ItemType> = Partial<Omit<Item, 'type' | 'boardId' | 'props'>> & { props?: Partial<PropsInputOf<T>> };

/** A complete, valid item of a type with its defaults; `partial` overrides geometry and props. */
export function defaultItem<T extends ItemType>(type: T, boardId: BoardId, partial: ItemOverrides<T> = {}): TypedItem<T> {
  const { props, ...rest } = partial;
  const { w, h } = itemTypes[type].defaultSize;
  const typedProps = parseItemProps(type, props ?? {});
  const item = ItemSchema.parse({
    id: newItemId(),
    boardId,
    type,
    x: 0,
    y: 0,
    w,
    h,
    rotation: 0,
    z: 0,
    parentId: null,
    groupId: null,
    locked: false,
    ...rest,
    props: typedProps,
  });
  // The schema checked the geometry; the props are the typed ones it was given.
  return { ...item, type, props: typedProps };
}

/** The name to show for an item: shapes are named by their outline ("Rombe"), others by type; undefined for a kind's own types. */
export function itemLabelKey(item: Item): MessageKey | undefined {
  if (item.type === 'shape') {
    const shape = item.props['shape'];
    return shape === 'ellipse' ? 'item.shape.ellipse' : shape === 'diamond' ? 'item.shape.diamond' : 'item.shape.rect';
  }
  return isCoreItemType(item.type) ? itemTypes[item.type].labelKey : undefined;
}
