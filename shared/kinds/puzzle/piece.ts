import { z } from 'zod';
import { ActorIdSchema } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import type { Item } from '../../model/records.ts';
import { defineItemType } from '../itemType.ts';

/**
 * A puzzle piece is one service or offer (tilbud) in the map of services. Its provider is an actor
 * of the registry, referred to by `actorId` only, so the piece always shows the provider's current
 * name and colour and the registry's rename, merge and delete find it.
 */
export const pieceType = 'puzzle-piece';

const short = z.string().max(limits.name);
const long = z.string().max(limits.text);

/** The fields without defaults: a patch names only what it changes. */
const pieceFieldSchemas = {
  /**
   * The service's name as people say it: «Helsestasjon for ungdom», «BUP – utredning». Stored as
   * `text`, the key the canvas reads an item's words from, so search (Ctrl+F), the accessible item
   * list and copying as plain text find pieces by their names like notes by theirs.
   */
  text: short,
  /** The provider; null while nobody is named. */
  actorId: ActorIdSchema.nullable(),
  /** Who the service is for: «Gravide og familier med barn 0–5 år». */
  targetGroup: short,
  /** Free text, because services state it in many ways: «0–5 år», «6.–10. trinn», «13–20 år». */
  ageRange: short,
  /** Capacity or waiting time, as the service reports it: «Ventetid 8 uker», «Drop-in daglig». */
  capacity: short,
  contact: short,
  notes: long,
};

export const PiecePropsSchema = z.object({
  text: pieceFieldSchemas.text.default(''),
  actorId: pieceFieldSchemas.actorId.default(null),
  targetGroup: pieceFieldSchemas.targetGroup.default(''),
  ageRange: pieceFieldSchemas.ageRange.default(''),
  capacity: pieceFieldSchemas.capacity.default(''),
  contact: pieceFieldSchemas.contact.default(''),
  notes: pieceFieldSchemas.notes.default(''),
});
export type PieceProps = z.infer<typeof PiecePropsSchema>;

/** The piece as an item type of the puzzle (declared in index.ts): its schema checks every write. */
export const pieceItemType = defineItemType(pieceType, PiecePropsSchema);

/** The editable fields of a piece, in inventory order (the CSV and the table use this order). */
export const pieceFields = ['text', 'actorId', 'targetGroup', 'ageRange', 'capacity', 'contact', 'notes'] as const satisfies readonly (keyof PieceProps)[];
export type PieceField = (typeof pieceFields)[number];

export const PiecePatchSchema = z.object(pieceFieldSchemas).partial().strict();
export type PiecePatch = z.infer<typeof PiecePatchSchema>;

export function isPiece(item: Pick<Item, 'type'>): boolean {
  return item.type === pieceType;
}

const propsCache = new WeakMap<object, PieceProps>();

/** A piece's props with defaults filled; invalid fields read as their defaults, never a crash. */
export function pieceProps(item: Pick<Item, 'props'>): PieceProps {
  const hit = propsCache.get(item.props);
  if (hit) return hit;
  const parsed = PiecePropsSchema.safeParse(item.props);
  let props: PieceProps;
  if (parsed.success) {
    props = parsed.data;
  } else {
    // Keep every field that is valid on its own; only the broken ones fall back.
    const base = PiecePropsSchema.parse({});
    const raw = item.props as Record<string, unknown>;
    props = { ...base };
    for (const field of pieceFields) {
      const one = PiecePropsSchema.shape[field].safeParse(raw[field]);
      if (one.success) (props as Record<string, unknown>)[field] = one.data;
    }
  }
  propsCache.set(item.props, props);
  return props;
}
