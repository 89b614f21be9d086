import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { z } from 'zod';
import type { WorkshopDoc } from '../model/document.ts';
import type { MessageKey } from '../i18n/messages.ts';

enablePatches();

/**
 * A named, pure edit of the document. Menus, shortcuts, the toolbar and the context menu reach the
 * document only through operations, so each edit is validated once, undoable and persisted as
 * exactly the rows it touched.
 */
export interface Operation<A> {
  id: string;
  /** Shown in Undo/Redo menu items: "Angre Gi nytt navn til tavle". */
  labelKey: MessageKey;
  args: z.ZodType<A>;
  apply(draft: Draft<WorkshopDoc>, args: A): void;
}

export function defineOperation<A>(op: Operation<A>): Operation<A> {
  return op;
}

export interface Performed {
  doc: WorkshopDoc;
  patches: Patch[];
  inverse: Patch[];
}

/** Raised when an operation's arguments or preconditions fail; the document is unchanged. */
export class OperationError extends Error {
  constructor(
    readonly key: MessageKey,
    detail?: string,
  ) {
    super(detail ?? key);
  }
}

/** Runs an operation on an immutable document and returns the next document with its patches. */
export function perform<A>(doc: WorkshopDoc, op: Operation<A>, args: A): Performed {
  const parsed = op.args.safeParse(args);
  if (!parsed.success) throw new OperationError('error.invalidEdit', `${op.id}: ${parsed.error.message}`);
  const [next, patches, inverse] = produceWithPatches(doc, (draft) => {
    op.apply(draft, parsed.data);
  });
  return { doc: next, patches, inverse };
}
