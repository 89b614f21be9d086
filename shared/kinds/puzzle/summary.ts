import { actorCategories } from '../../actors/categories.ts';
import type { ActorId } from '../../model/ids.ts';
import type { Actor, ActorCategory, Item } from '../../model/records.ts';
import type { Grid } from './grid.ts';
import { pieceProps } from './piece.ts';
import { indexKey, placementOf } from './placement.ts';

/**
 * What the room asks of a finished puzzle: who provides the services (pieces per provider
 * category) and where the gaps are (empty slots per row and per column).
 */

/** A piece whose provider is not named, or no longer in the registry. */
export type ProviderCategory = ActorCategory | 'none';

export interface CategoryCount {
  category: ProviderCategory;
  /** Every piece of the category, placed or loose. */
  pieces: number;
  placed: number;
}

export interface PuzzleSummary {
  pieces: number;
  placed: number;
  loose: number;
  slots: number;
  gaps: number;
  /** In the categories' display order, then 'none'; only categories that have pieces. */
  byCategory: CategoryCount[];
  /** Empty slots per row and per column, by index. */
  gapsByRow: number[];
  gapsByColumn: number[];
}

/** The provider's category, or 'none' when the piece names nobody or somebody since deleted. */
export function providerCategory(actorId: ActorId | null, actors: Readonly<Record<string, Actor>>): ProviderCategory {
  if (!actorId) return 'none';
  return actors[actorId]?.category ?? 'none';
}

export function summarise(grid: Grid, pieces: readonly Item[], actors: Readonly<Record<string, Actor>>): PuzzleSummary {
  const placement = placementOf(grid, pieces);
  const rows = grid.rows.length;
  const cols = grid.columns.length;
  const gapsByRow = new Array<number>(rows).fill(0);
  const gapsByColumn = new Array<number>(cols).fill(0);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (placement.bySlot.has(indexKey(row, col))) continue;
      gapsByRow[row]! += 1;
      gapsByColumn[col]! += 1;
    }
  }
  const counts = new Map<ProviderCategory, CategoryCount>();
  for (const piece of pieces) {
    const category = providerCategory(pieceProps(piece).actorId, actors);
    const entry = counts.get(category) ?? { category, pieces: 0, placed: 0 };
    entry.pieces += 1;
    if (placement.slotOf.get(piece.id)) entry.placed += 1;
    counts.set(category, entry);
  }
  const order: ProviderCategory[] = [...actorCategories.map((c) => c.category), 'none'];
  return {
    pieces: pieces.length,
    placed: placement.placed.length,
    loose: placement.loose.length,
    slots: rows * cols,
    gaps: gapsByRow.reduce((a, b) => a + b, 0),
    byCategory: order.flatMap((category) => counts.get(category) ?? []),
    gapsByRow,
    gapsByColumn,
  };
}
