import { z } from 'zod';
import type { CollectionName, WorkshopDoc } from '../model/document.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { defineOperation, OperationError, type Operation } from './operation.ts';

type ObjectSchema = z.ZodObject<{ id: z.ZodType } & z.ZodRawShape>;

/**
 * Add, update and remove for a collection of plain records (gatherings, participants, actors):
 * the same three edits with the same validation, so they are written once.
 */
export function recordOperations<C extends 'gatherings' | 'participants' | 'actors', S extends ObjectSchema>(
  collection: C,
  schema: S,
  labels: { add: MessageKey; update: MessageKey; remove: MessageKey },
) {
  type R = z.infer<S>;
  const table = (draft: WorkshopDoc) => draft[collection] as unknown as Record<string, R>;

  const add: Operation<{ record: R }> = defineOperation({
    id: `${collection}.add`,
    labelKey: labels.add,
    args: z.object({ record: schema }) as unknown as z.ZodType<{ record: R }>,
    apply(draft, { record }) {
      const rows = table(draft as WorkshopDoc);
      if (rows[record.id as string]) throw new OperationError('error.invalidEdit', `${collection} ${String(record.id)} exists`);
      rows[record.id as string] = record;
    },
  });

  const update: Operation<{ id: string; patch: Partial<R> }> = defineOperation({
    id: `${collection}.update`,
    labelKey: labels.update,
    args: z.object({ id: z.string(), patch: schema.omit({ id: true }).partial() }) as unknown as z.ZodType<{ id: string; patch: Partial<R> }>,
    apply(draft, { id, patch }) {
      const row = table(draft as WorkshopDoc)[id];
      if (!row) throw new OperationError('error.notFound', `${collection} ${id}`);
      Object.assign(row as object, patch);
    },
  });

  const remove: Operation<{ id: string }> = defineOperation({
    id: `${collection}.remove`,
    labelKey: labels.remove,
    args: z.object({ id: z.string() }),
    apply(draft, { id }) {
      delete table(draft as WorkshopDoc)[id];
    },
  });

  return { add, update, remove };
}

export type CollectionOf<C extends CollectionName> = WorkshopDoc[C];
