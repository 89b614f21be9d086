import type { z } from 'zod';
import type { Item } from '../model/records.ts';

/** What a kind's item type stores in `props`: a plain record, as every item's props are. */
type PropsRecord = Record<string, unknown>;

/**
 * An item type a board kind brings (the HUKI matrix, an actor chip, a puzzle piece), declared in
 * the kind's `itemTypes` (boardKind.ts). Its props schema is the one every write checks (item
 * operations, paste, the file's apply path: see kindItemTypes.ts), so the kind's code may read an
 * item of this type as typed props instead of casting.
 */
export interface KindItemType<T extends string = string, P extends PropsRecord = PropsRecord> {
  /** The `type` stored in the item; unique across core and kind item types. */
  readonly type: T;
  /** Props with their defaults; defaults are what a missing field meant in older files. */
  readonly propsSchema: z.ZodType<P>;
  /** Smallest size a resize may leave, in board units; 8 when not given. */
  readonly minSize?: number;
  /**
   * Narrows an item (or a draft of one) by its type alone: props were checked against the schema
   * when they were written, so the kind's operations may read and edit them as typed.
   */
  is<I extends Pick<Item, 'type' | 'props'>>(item: I | undefined): item is I & { type: T; props: P };
  /**
   * The props of an item of this type, parsed with their defaults: for reading an item whose
   * props may predate a field. Throws a ZodError when a value is invalid (use `safeRead` to fall back).
   */
  read(item: Pick<Item, 'props'>): P;
  /** Like `read`, but undefined instead of a throw for props that don't pass the schema. */
  safeRead(item: Pick<Item, 'props'>): P | undefined;
}

export interface ItemTypeOptions {
  minSize?: number;
}

/** Declares a kind's item type with its props schema; the readers come with it. */
export function defineItemType<T extends string, P extends PropsRecord>(
  type: T,
  propsSchema: z.ZodType<P>,
  options: ItemTypeOptions = {},
): KindItemType<T, P> {
  return {
    type,
    propsSchema,
    ...options,
    is<I extends Pick<Item, 'type' | 'props'>>(item: I | undefined): item is I & { type: T; props: P } {
      return item?.type === type;
    },
    read: (item) => propsSchema.parse(item.props ?? {}),
    safeRead(item) {
      const parsed = propsSchema.safeParse(item.props ?? {});
      return parsed.success ? parsed.data : undefined;
    },
  };
}
