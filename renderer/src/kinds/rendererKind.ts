import type { ComponentType } from 'react';
import type { Board } from '../../../shared/model/records.ts';
import type { CanvasExtension } from '../canvas/extension.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { Language } from '../../../shared/i18n/messages.ts';
import type { ReportWriter } from '../export/report/reportWriter.ts';

/** The renderer's half of a board kind: how its board is shown and edited. */
export interface RendererKind {
  kind: string;
  BoardView: ComponentType<{ board: Board }>;
  /** What the kind adds to the shared canvas; the presentation reads its bounds and content from it. */
  extension?: CanvasExtension;
  /**
   * Draws the board's section among the PDF report's tables (its pages, headings and tables), for
   * a kind whose shared half has a report section (BoardKind.report). Without it the report draws
   * that section's words and tables as they are (export/report/contentSection.ts).
   */
  writeReportSection?(w: ReportWriter, doc: WorkshopDoc, board: Board, language: Language): void;
}
