import type { Language } from '../../../../shared/i18n/messages.ts';
import { translate } from '../../../../shared/i18n/translate.ts';
import { getBoardKind } from '../../../../shared/kinds/registry.ts';
import type { Board } from '../../../../shared/model/records.ts';

/**
 * A board's heading: "Aktørkart: Samarbeid i Fosen", but only the name when it already says its
 * kind ("Aktørkart – Værnesregionen", not "Aktørkart: Aktørkart – Værnesregionen").
 */
export function boardTitle(board: Board, language: Language): string {
  const kind = getBoardKind(board.kind);
  const name = board.name.trim() || translate(language, 'common.untitled');
  if (!kind) return name;
  const label = translate(language, kind.labelKey);
  return name.toLocaleLowerCase().startsWith(label.toLocaleLowerCase()) ? name : translate(language, 'export.report.boardHeading', { kind: label, name });
}
