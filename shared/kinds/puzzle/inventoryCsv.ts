import { formatCsv } from '../../csv/format.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../boardKind.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { InventoryRow } from './inventory.ts';
import type { ProviderCategory } from './summary.ts';

/**
 * The inventory as a CSV file for Norwegian Excel (UTF-8 with BOM, semicolons, CRLF), in the
 * interface's language. Formulas are escaped: the file is a report meant for reading, and a
 * service named «=HYPERLINK(…)» must show as text, not run.
 */

export const inventoryColumns = ['row', 'column', 'name', 'provider', 'category', 'targetGroup', 'ageRange', 'capacity', 'contact', 'notes'] as const;
export type InventoryColumn = (typeof inventoryColumns)[number];

export function inventoryColumnKey(column: InventoryColumn): MessageKey {
  switch (column) {
    case 'row':
      return 'puzzle.inventory.row';
    case 'column':
      return 'puzzle.inventory.column';
    case 'name':
      return 'puzzle.piece.name';
    case 'provider':
      return 'puzzle.piece.provider';
    case 'category':
      return 'puzzle.inventory.category';
    case 'targetGroup':
      return 'puzzle.piece.targetGroup';
    case 'ageRange':
      return 'puzzle.piece.ageRange';
    case 'capacity':
      return 'puzzle.piece.capacity';
    case 'contact':
      return 'puzzle.piece.contact';
    case 'notes':
      return 'puzzle.piece.notes';
    default:
      return assertNever(column, 'inventory column');
  }
}

export function categoryLabelKey(category: ProviderCategory): MessageKey {
  return category === 'none' ? 'puzzle.noProvider' : `category.${category}`;
}

/** A cell's text as the CSV writes it; the report's table starts from the same (reportSection.ts). */
export function inventoryText(row: InventoryRow, column: InventoryColumn, t: Translate): string {
  switch (column) {
    case 'row':
      return row.row === null ? t('puzzle.inventory.loose') : row.rowLabel;
    case 'column':
      return row.col === null ? '' : row.columnLabel;
    case 'name':
      return row.props.text;
    case 'provider':
      return row.provider;
    case 'category':
      return t(categoryLabelKey(row.category));
    case 'targetGroup':
    case 'ageRange':
    case 'capacity':
    case 'contact':
    case 'notes':
      return row.props[column];
    default:
      return assertNever(column, 'inventory column');
  }
}

/** `t` translates into the file's language (kinds take a translator rather than importing the dictionaries). */
export function inventoryCsv(rows: readonly InventoryRow[], t: Translate): string {
  const header = inventoryColumns.map((c) => t(inventoryColumnKey(c)));
  return formatCsv([header, ...rows.map((row) => inventoryColumns.map((c) => inventoryText(row, c, t)))]);
}
