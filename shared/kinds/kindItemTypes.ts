import { checkItemProps, isCoreItemType, type PropsCheck } from '../items/itemTypes.ts';
import type { KindItemType } from './itemType.ts';
import { boardKinds } from './registry.ts';

/**
 * The item types the board kinds declare, looked up by name, and the props check every write of an
 * item goes through (item operations, paste, the file's apply path). Core types are checked by
 * itemTypes.ts; a kind's type by its declared schema; a type nobody here knows (a kind a newer
 * version added) passes as a plain record, so such a file still opens and its items survive edits.
 */

let byType: ReadonlyMap<string, KindItemType> | undefined;

/** Built on first use, not at import: the kinds import the operations that import this module. */
function kindTypes(): ReadonlyMap<string, KindItemType> {
  if (!byType) {
    const map = new Map<string, KindItemType>();
    for (const kind of boardKinds()) {
      for (const type of kind.itemTypes ?? []) {
        if (isCoreItemType(type.type) || map.has(type.type)) throw new Error(`item type ${type.type} is declared twice`);
        map.set(type.type, type);
      }
    }
    byType = map;
  }
  return byType;
}

/** The kind item type of this name, if a kind of this version declares it. */
export function kindItemType(type: string): KindItemType | undefined {
  return kindTypes().get(type);
}

/** Every item type the kinds declare (for tests and the resize limits). */
export function kindItemTypes(): readonly KindItemType[] {
  return [...kindTypes().values()];
}

/**
 * Validates props of any item type and fills their defaults. A kind's type keeps fields its schema
 * does not name (a field a newer version of the kind added survives an edit in this one); core
 * types drop them, as they always have.
 */
export function checkAnyItemProps(type: string, props: unknown): PropsCheck {
  const kindType = kindItemType(type);
  if (!kindType) return checkItemProps(type, props);
  const parsed = kindType.propsSchema.safeParse(props ?? {});
  if (!parsed.success) return { success: false, error: parsed.error.message };
  const raw = props !== null && typeof props === 'object' ? (props as Record<string, unknown>) : {};
  return { success: true, props: { ...raw, ...parsed.data } };
}

/** Smallest size a resize may leave an item of this type; 8 for a type without its own. */
export function minItemSize(type: string): number {
  return kindItemType(type)?.minSize ?? 8;
}
