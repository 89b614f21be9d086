import type { Draft } from 'immer';
import type { z } from 'zod';
import type { WorkshopDoc } from '../model/document.ts';
import type { Board } from '../model/records.ts';
import type { KindItemType } from './itemType.ts';
import type { Language, MessageKey } from '../i18n/messages.ts';
import type { MessageParams } from '../i18n/translate.ts';
import type { ActorUse } from '../actors/references.ts';
import type { BoardId } from '../model/ids.ts';
import type { ContentSection } from '../report/contentModel.ts';

/**
 * What a board kind contributes (like tldraw's ShapeUtil): its settings with validator and
 * defaults, and its template. Renderer-side parts (Konva components, tools, panels) live in
 * renderer/kinds/<kind>/ and are registered there under the same kind name.
 */
export interface BoardKind<P extends Record<string, unknown> = Record<string, unknown>, M extends KindMessages = KindMessages> {
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
  /**
   * The kind's dictionary area (defineArea: nb and en with the same keys). The dictionaries gather
   * every registered kind's area, so a kind's words live in its folder; keys start with the kind's
   * name. Kinds never import translate.ts: they are handed a `t` (KindContext), which keeps the
   * dictionaries free to import the registry.
   */
  messages?: M;
  /** The tables this kind's board gives as CSV files (the export dialog's list); none when absent. */
  tables?(doc: WorkshopDoc, board: Board, context: KindContext): KindTable[];
  /** The board's section among the report's tables (PDF, Word, PowerPoint); none when absent. */
  report?: KindReport;
  /** The kind's board in the example workshop (Værnesregionen). */
  example?: KindExample;
  /** What the kind does when the actor registry merges or deletes actors its boards refer to. */
  actorHooks?: ActorHooks;
}

/** A dictionary area: the Norwegian text and the English, with the same keys. */
export interface KindMessages {
  nb: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What a kind's export functions get: the language asked for and a translator for it. */
export interface KindContext {
  language: Language;
  t: Translate;
}

/** One table a board gives as a CSV file. */
export interface KindTable {
  /** Added to the board's id when a board gives several tables ('figures', 'hours'); stable across sessions. */
  part?: string;
  /** How the export dialog names it. */
  labelKey: MessageKey;
  labelParams?: MessageParams;
  /** What the file is named after (the extension is added when it is saved). */
  fileTitle: string;
  /** The CSV text (BOM, semicolons), made when asked: the document may have changed since the list. */
  csv(): string;
}

export interface KindReport {
  /**
   * Where this kind's sections stand among the report's tables, lower first (after the
   * stakeholder analysis); boards of one kind keep the board list's order.
   */
  place: number;
  /** The section's words and tables, as the Word and PowerPoint files write them. */
  section(doc: WorkshopDoc, board: Board, context: KindContext): ContentSection;
}

export interface KindExample {
  /** Where its board goes among the example's boards, lower first (after the whiteboard). */
  place: number;
  /** Adds the kind's example board (and the registry actors it needs) to the example workshop. */
  add(doc: WorkshopDoc): void;
}

export interface ActorHooks {
  /**
   * After a merge (`mergedInto` is the kept actor) or a delete (`mergedInto` null) rewrote the
   * actor references on `boardIds`, inside the same operation, so it is one undo step: the actor
   * map drops chips of a gone actor and relations that became duplicates.
   */
  afterActorsRewritten?(draft: Draft<WorkshopDoc>, boardIds: ReadonlySet<BoardId>, mergedInto: string | null): void;
  /**
   * How the kind's references to one actor on one board read ("på kartet, 3 relasjoner"), for the
   * registry's "where is it used" list; without it the uses are counted.
   */
  describeUses?(uses: readonly ActorUse[], t: Translate): string[];
}

/**
 * Declares a kind. Give the constant its type (`BoardKind<Props, typeof messages>`) rather than
 * letting it be inferred: the dictionaries' key type is built from the registered kinds' messages,
 * and an inferred kind (whose labelKey is a MessageKey) would make that type refer to itself.
 */
export function defineBoardKind<P extends Record<string, unknown>, M extends KindMessages>(kind: BoardKind<P, M>): BoardKind<P, M> {
  return kind;
}
