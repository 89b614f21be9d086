import type { ItemId } from '../../model/ids.ts';
import type { Actor, Item } from '../../model/records.ts';
import type { Grid } from './grid.ts';
import { pieceProps, type PieceProps } from './piece.ts';
import { placementOf } from './placement.ts';
import { providerCategory, type ProviderCategory } from './summary.ts';

/**
 * The inventory (kartlegging): every piece as one line of a table, with its provider's current
 * name and its place in the grid. The table on screen and the CSV export are both made from it.
 */
export interface InventoryRow {
  id: ItemId;
  props: PieceProps;
  /** The provider's current name from the registry; '' when none or deleted. */
  provider: string;
  category: ProviderCategory;
  /** Row and column of the slot; null for a loose piece. */
  row: number | null;
  col: number | null;
  rowLabel: string;
  columnLabel: string;
}

/**
 * The rows in reading order: placed pieces by row, then column; loose pieces after them by name
 * (Norwegian collation: æ, ø, å after z).
 */
export function inventoryRows(grid: Grid, pieces: readonly Item[], actors: Readonly<Record<string, Actor>>, locale = 'nb'): InventoryRow[] {
  const placement = placementOf(grid, pieces);
  const rows: InventoryRow[] = pieces.map((piece) => {
    const props = pieceProps(piece);
    const slot = placement.slotOf.get(piece.id) ?? null;
    const actor = props.actorId ? actors[props.actorId] : undefined;
    return {
      id: piece.id,
      props,
      provider: actor?.name ?? '',
      category: providerCategory(props.actorId, actors),
      row: slot ? slot.row : null,
      col: slot ? slot.col : null,
      rowLabel: slot ? (grid.rows[slot.row]?.label ?? '') : '',
      columnLabel: slot ? (grid.columns[slot.col]?.label ?? '') : '',
    };
  });
  const collator = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
  return rows.sort((a, b) => {
    if (a.row !== null && b.row !== null) return a.row - b.row || a.col! - b.col!;
    if (a.row !== null) return -1;
    if (b.row !== null) return 1;
    return collator.compare(a.props.text, b.props.text) || (a.id < b.id ? -1 : 1);
  });
}
