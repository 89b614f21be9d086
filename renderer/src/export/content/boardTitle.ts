import type { Language } from '../../../../shared/i18n/messages.ts';
import { translate } from '../../../../shared/i18n/translate.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { boardTitle as reportBoardTitle } from '../report/boardSection.ts';

/**
 * A board's heading: "Aktørkart: Samarbeid i Fosen", but only the name when it already says its
 * kind ("Aktørkart – Værnesregionen", not "Aktørkart: Aktørkart – Værnesregionen"): the PDF
 * report's rule (report/boardSection.ts), in the given language.
 */
export function boardTitle(board: Board, language: Language): string {
  return reportBoardTitle(board, (key, params) => translate(language, key, params));
}
