import { useMemo } from 'react';
import { Download, Trash2, X } from 'lucide-react';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { inventoryRows } from '../../../../shared/kinds/puzzle/inventory.ts';
import { categoryLabelKey, inventoryCsv } from '../../../../shared/kinds/puzzle/inventoryCsv.ts';
import { pieceProps, type PieceField } from '../../../../shared/kinds/puzzle/piece.ts';
import { indexKey } from '../../../../shared/kinds/puzzle/placement.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import { localeOf } from '../../../../shared/i18n/translate.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { reportError, useApp } from '../../state/appStore.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { saveCsv } from '../../state/saveFile.ts';
import { targetForColumn, targetForRow } from '../../../../shared/kinds/puzzle/placeTargets.ts';
import { ProviderSelect } from './ProviderSelect.tsx';
import { editPiece, movePiece, removePiece } from './pieceActions.ts';
import { setInventoryOpen } from './puzzleUi.ts';
import { usePlacement } from './usePuzzle.ts';

type TextField = Exclude<PieceField, 'actorId' | 'text'>;
const textColumns: readonly { field: TextField; key: MessageKey }[] = [
  { field: 'targetGroup', key: 'puzzle.piece.targetGroup' },
  { field: 'ageRange', key: 'puzzle.piece.ageRange' },
  { field: 'capacity', key: 'puzzle.piece.capacity' },
  { field: 'contact', key: 'puzzle.piece.contact' },
  { field: 'notes', key: 'puzzle.piece.notes' },
];

/**
 * The inventory (kartlegging): every piece as a row, every field editable in place, in reading
 * order (by level and phase, then the loose pieces), and the CSV export for Norwegian Excel.
 */
export function InventoryTable({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const language = useApp((s) => s.language);
  const actors = useWorkshop((s) => s.doc.actors);
  const { grid, pieces, placement } = usePlacement(board);
  const rows = useMemo(() => inventoryRows(grid, pieces, actors, localeOf(language)), [grid, pieces, actors, language]);

  const exportCsv = () => {
    saveCsv(`${t('puzzle.inventory.fileName')} – ${board.name}`, inventoryCsv(rows, t)).catch(reportError);
  };
  const occupantOf = (r: number, c: number) => {
    const other = placement.bySlot.get(indexKey(r, c));
    return other ? pieceProps(other).text || t('puzzle.unnamed') : null;
  };
  const occupied = (r: number, c: number, self: string) => {
    const name = occupantOf(r, c);
    return name && placement.bySlot.get(indexKey(r, c))?.id !== self ? ` (${name})` : '';
  };

  return (
    <section className="puzzle-inventory" aria-labelledby="puzzle-inventory-title">
      <div className="puzzle-inventory-head">
        <h2 id="puzzle-inventory-title">
          {t('puzzle.inventory.title')} <span className="puzzle-count">{t('puzzle.inventory.count', { count: rows.length })}</span>
        </h2>
        <button type="button" className="btn primary" onClick={exportCsv}>
          <Download aria-hidden /> {t('puzzle.inventory.export')}
        </button>
        <button type="button" className="btn" onClick={() => setInventoryOpen(false)}>
          <X aria-hidden /> {t('puzzle.inventory.close')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="puzzle-hint">{t('puzzle.inventory.empty')}</p>
      ) : (
        <div className="puzzle-inventory-scroll">
          <table className="data-table puzzle-inventory-table" aria-labelledby="puzzle-inventory-title">
            <thead>
              <tr>
                <th scope="col">{t('puzzle.inventory.row')}</th>
                <th scope="col">{t('puzzle.inventory.column')}</th>
                <th scope="col">{t('puzzle.piece.name')}</th>
                <th scope="col">{t('puzzle.piece.provider')}</th>
                <th scope="col">{t('puzzle.inventory.category')}</th>
                {textColumns.map((c) => (
                  <th key={c.field} scope="col">
                    {t(c.key)}
                  </th>
                ))}
                <th scope="col">
                  <span className="sr-only">{t('common.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const name = row.props.text || t('puzzle.unnamed');
                const field = (key: MessageKey) => t('puzzle.field', { field: t(key), name });
                const style = row.category === 'none' ? undefined : categoryStyle(row.category);
                const slot = row.row === null || row.col === null ? null : { row: row.row, col: row.col };
                return (
                  <tr key={row.id} data-piece-id={row.id}>
                    <td>
                      <select
                        className="cell-input puzzle-place"
                        aria-label={field('puzzle.inventory.row')}
                        value={slot ? String(slot.row) : ''}
                        onChange={(e) => movePiece(store, board.id, row.id, targetForRow(grid, placement, slot, e.target.value === '' ? null : Number(e.target.value)))}
                      >
                        <option value="">{t('puzzle.inventory.loose')}</option>
                        {grid.rows.map((line, r) => (
                          <option key={line.id} value={r}>
                            {line.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {slot ? (
                        <select
                          className="cell-input puzzle-place"
                          aria-label={field('puzzle.inventory.column')}
                          value={String(slot.col)}
                          onChange={(e) => movePiece(store, board.id, row.id, targetForColumn(grid, slot, Number(e.target.value)))}
                        >
                          {grid.columns.map((line, c) => (
                            <option key={line.id} value={c}>
                              {line.label}
                              {occupied(slot.row, c, row.id)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="puzzle-hint">–</span>
                      )}
                    </td>
                    <td>
                      <CommitField className="cell-input" aria-label={field('puzzle.piece.name')} value={row.props.text} maxLength={limits.name} onCommit={(v) => editPiece(store, row.id, { text: v })} />
                    </td>
                    <td>
                      <ProviderSelect className="cell-input" value={row.props.actorId} label={field('puzzle.piece.provider')} onChange={(actorId) => editPiece(store, row.id, { actorId })} />
                    </td>
                    <td>
                      <span className="puzzle-category">
                        <span className="swatch" style={{ background: style?.fill ?? '#ffffff', borderColor: style?.text ?? '#0b1f33', borderStyle: style ? 'solid' : 'dashed' }} aria-hidden />
                        {t(categoryLabelKey(row.category))}
                      </span>
                    </td>
                    {textColumns.map((c) => (
                      <td key={c.field}>
                        <CommitField className="cell-input" aria-label={field(c.key)} value={row.props[c.field]} maxLength={c.field === 'notes' ? limits.text : limits.name} onCommit={(v) => editPiece(store, row.id, { [c.field]: v })} />
                      </td>
                    ))}
                    <td>
                      <button type="button" className="btn quiet icon-btn" aria-label={t('puzzle.piece.delete', { name })} onClick={() => removePiece(store, row.id)}>
                        <Trash2 aria-hidden />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
