import { slotKey } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { pieceProps } from '../../../../shared/kinds/puzzle/piece.ts';
import { indexKey } from '../../../../shared/kinds/puzzle/placement.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { usePlacement } from './usePuzzle.ts';

/**
 * The board as a screen reader (and a test) reads it: a table of levels × phases, each cell the
 * service and its provider, or "Hull i tilbudet" with the gap's note. The canvas itself is a
 * picture that assistive technology cannot read.
 */
export function GridMirror({ board }: { board: Board }) {
  const t = useT();
  const actors = useWorkshop((s) => s.doc.actors);
  const { grid, placement } = usePlacement(board);
  return (
    <table className="sr-only" aria-label={t('puzzle.mirror')}>
      <thead>
        <tr>
          <td />
          {grid.columns.map((c) => (
            <th key={c.id} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            {grid.columns.map((column, c) => {
              const piece = placement.bySlot.get(indexKey(r, c));
              if (!piece) {
                const note = grid.gapNotes[slotKey(row.id, column.id)];
                return <td key={column.id}>{note ? `${t('puzzle.gap')}: ${note}` : t('puzzle.gap')}</td>;
              }
              const props = pieceProps(piece);
              const provider = props.actorId ? actors[props.actorId]?.name : undefined;
              return <td key={column.id}>{`${props.text || t('puzzle.unnamed')} – ${provider ?? t('puzzle.noProvider')}`}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
