import type { PuzzleBoardProps } from '../../../../shared/kinds/puzzle/boardProps.ts';
import type { SlotIndex } from '../../../../shared/kinds/puzzle/grid.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * The keyboard's way to place a piece: pick its slot (level × phase) or "not placed". A slot that
 * holds another piece says so; choosing it swaps the two, as a drop on the canvas does.
 */
export function PlaceSelect({
  grid,
  slot,
  occupantOf,
  onPlace,
  label,
  className,
}: {
  grid: PuzzleBoardProps;
  slot: SlotIndex | null;
  occupantOf(row: number, col: number): string | null;
  onPlace(target: { rowId: string; columnId: string } | null): void;
  label: string;
  className?: string;
}) {
  const t = useT();
  const value = slot ? `${grid.rows[slot.row]?.id}|${grid.columns[slot.col]?.id}` : '';
  return (
    <select
      className={className}
      aria-label={label}
      value={value}
      onChange={(e) => {
        const [rowId, columnId] = e.target.value.split('|');
        onPlace(rowId && columnId ? { rowId, columnId } : null);
      }}
    >
      <option value="">{t('puzzle.inventory.loose')}</option>
      {grid.rows.map((row, r) => (
        <optgroup key={row.id} label={row.label}>
          {grid.columns.map((column, c) => {
            const occupant = slot && slot.row === r && slot.col === c ? null : occupantOf(r, c);
            return (
              <option key={column.id} value={`${row.id}|${column.id}`}>
                {t('puzzle.slot', { row: row.label, column: column.label })}
                {occupant ? ` (${occupant})` : ''}
              </option>
            );
          })}
        </optgroup>
      ))}
    </select>
  );
}
