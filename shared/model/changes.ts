import type { Patch } from 'immer';
import { z } from 'zod';
import { collectionNames, isCollectionName, type CollectionName, type WorkshopDoc } from './document.ts';
import { checkAnyItemProps } from '../kinds/kindItemTypes.ts';
import { isCoreItemType } from '../items/itemTypes.ts';
import { limits } from './limits.ts';
import { ActorSchema, BoardSchema, GatheringSchema, ItemSchema, ParticipantSchema, WorkshopMetaSchema } from './records.ts';

/**
 * What persistence needs from an edit: which rows to write or delete. Operations produce immer
 * patches; patches become row changes, so an edit writes only the rows it touched, whatever the
 * size of the workshop.
 */
export type RowChange =
  | { table: 'meta'; op: 'put'; record: WorkshopDoc['meta'] }
  | { [C in CollectionName]: { table: C; op: 'put'; record: WorkshopDoc[C][keyof WorkshopDoc[C]] } }[CollectionName]
  | { table: CollectionName; op: 'delete'; id: string };

export const recordSchemas = {
  gatherings: GatheringSchema,
  participants: ParticipantSchema,
  actors: ActorSchema,
  boards: BoardSchema,
  items: ItemSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** How deep a record's `props` may nest: kinds use a few levels; 5,000 would overflow the stack when written. */
export const MAX_PROPS_DEPTH = 32;

/**
 * Checks what `props` (free-form per kind) can't say in its schema: nesting within MAX_PROPS_DEPTH
 * (walked without recursion, so a hostile depth can't overflow this check either) and a `text`
 * within the free-text limit, as every other text field is.
 */
function propsWithinLimits(record: { props: Record<string, unknown> }, ctx: z.RefinementCtx): void {
  if (typeof record.props.text === 'string' && record.props.text.length > limits.text) {
    ctx.addIssue({ code: 'custom', path: ['props', 'text'], message: `text longer than ${limits.text} characters` });
  }
  const stack: [unknown, number][] = [[record.props, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_PROPS_DEPTH) {
      ctx.addIssue({ code: 'custom', path: ['props'], message: `nested deeper than ${MAX_PROPS_DEPTH}` });
      return;
    }
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
}

/**
 * An item of a type a board kind declares must have props its kind's schema accepts: the kinds'
 * own operations write those items directly, so this is where a wrong one is refused before it
 * reaches the file. Core types were checked by the item operations that wrote them (and checking
 * them again would re-scan a picture's megabytes on every move); types no kind of this version
 * declares pass, so a newer version's items survive.
 */
function kindPropsValid(item: { type: string; props: Record<string, unknown> }, ctx: z.RefinementCtx): void {
  if (isCoreItemType(item.type)) return;
  const checked = checkAnyItemProps(item.type, item.props);
  if (!checked.success) ctx.addIssue({ code: 'custom', path: ['props'], message: `${item.type} props: ${checked.error}` });
}

const putSchemas = {
  ...recordSchemas,
  boards: BoardSchema.superRefine(propsWithinLimits),
  items: ItemSchema.superRefine(propsWithinLimits).superRefine(kindPropsValid),
};

/** Validates a change list from an untrusted caller (the renderer): every record is checked. */
export const RowChangeSchema: z.ZodType<RowChange> = z.union([
  z.object({ table: z.literal('meta'), op: z.literal('put'), record: WorkshopMetaSchema }),
  ...collectionNames.map((table) => z.object({ table: z.literal(table), op: z.literal('put'), record: putSchemas[table] })),
  z.object({ table: z.enum(collectionNames), op: z.literal('delete'), id: z.string().min(1).max(80) }),
] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]) as unknown as z.ZodType<RowChange>;

/**
 * Turns immer patches into row changes against the document after the edit. Several patches to
 * one record collapse into one write of its final state.
 */
export function patchesToChanges(patches: readonly Patch[], after: WorkshopDoc): RowChange[] {
  const touched = new Map<string, RowChange>();
  for (const patch of patches) {
    const [head, id] = patch.path;
    if (head === 'meta') {
      touched.set('meta', { table: 'meta', op: 'put', record: after.meta });
      continue;
    }
    if (!isCollectionName(head)) throw new Error(`Patch outside the document: ${patch.path.join('/')}`);
    if (id === undefined) {
      // A whole collection replaced: rewrite each record (only loading does this).
      for (const [rid, record] of Object.entries(after[head])) {
        touched.set(`${head}/${rid}`, { table: head, op: 'put', record } as RowChange);
      }
      continue;
    }
    const key = `${head}/${String(id)}`;
    const record = (after[head] as Record<string, unknown>)[String(id)];
    touched.set(key, record === undefined
      ? { table: head, op: 'delete', id: String(id) }
      : ({ table: head, op: 'put', record } as RowChange));
  }
  return [...touched.values()];
}

/** Applies row changes to a plain document (used when reading the file back, and by tests). */
export function applyRowChanges(doc: WorkshopDoc, changes: readonly RowChange[]): void {
  for (const change of changes) {
    if (change.table === 'meta') {
      if (change.op === 'put') doc.meta = change.record;
      continue;
    }
    const table = doc[change.table] as Record<string, unknown>;
    if (change.op === 'delete') delete table[change.id];
    else table[change.record.id] = change.record;
  }
}
