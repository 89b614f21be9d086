import type { Draft } from 'immer';
import type { z } from 'zod';
import type { WorkshopDoc } from '../model/document.ts';
import type { Board } from '../model/records.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { KindItemType } from './itemType.ts';

/**
 * What a board kind contributes (like tldraw's ShapeUtil): its settings with validator and
 * defaults, and its template. Renderer-side parts (Konva components, tools, panels) live in
 * renderer/kinds/<kind>/ and are registered there under the same kind name.
 */
export interface BoardKind<P extends Record<string, unknown> = Record<string, unknown>> {
  kind: string;
  labelKey: MessageKey;
  descriptionKey: MessageKey;
  /** Board-level settings of this kind (ring labels, matrix letters, grid rows...). */
  propsSchema: z.ZodType<P>;
  defaultProps(): P;
  /**
   * Fills a newly added board when the user asks for the template. Runs inside the add-board
   * operation, so it may also add actors to the registry; everything it does is one undo step.
   */
  applyTemplate?(draft: Draft<WorkshopDoc>, board: Draft<Board>): void;
  /**
   * The item types this kind adds to the core ones (defineItemType in itemType.ts). Their props
   * schemas check every write of such an item, wherever it comes from (kindItemTypes.ts).
   */
  itemTypes?: readonly KindItemType[];
}

export function defineBoardKind<P extends Record<string, unknown>>(kind: BoardKind<P>): BoardKind<P> {
  return kind;
}
