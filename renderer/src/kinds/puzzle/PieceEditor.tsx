import { Plus, Trash2 } from 'lucide-react';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { pieceProps, isPiece, type PieceField } from '../../../../shared/kinds/puzzle/piece.ts';
import { indexKey } from '../../../../shared/kinds/puzzle/placement.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board, Item } from '../../../../shared/model/records.ts';
import { useCanvasSession } from '../../canvas/sessionStore.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { PlaceSelect } from './PlaceSelect.tsx';
import { ProviderSelect } from './ProviderSelect.tsx';
import { editPiece, focusPieceName, movePiece, newPiece, removePiece } from './pieceActions.ts';
import { usePlacement } from './usePuzzle.ts';

type TextField = Exclude<PieceField, 'actorId'>;
const textFields: readonly { field: TextField; key: MessageKey; multiline?: boolean }[] = [
  { field: 'text', key: 'puzzle.piece.name' },
  { field: 'targetGroup', key: 'puzzle.piece.targetGroup' },
  { field: 'ageRange', key: 'puzzle.piece.ageRange' },
  { field: 'capacity', key: 'puzzle.piece.capacity' },
  { field: 'contact', key: 'puzzle.piece.contact' },
  { field: 'notes', key: 'puzzle.piece.notes', multiline: true },
];

/**
 * The selected piece's card: every field of the service, its provider and its place. Selecting a
 * piece on the canvas opens it here; the same fields are in the inventory table.
 */
export function PieceEditor({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const selection = useCanvasSession((s) => s.selection);
  const items = useWorkshop((s) => s.doc.items);
  const piece = selection.map((id) => items[id]).find((item): item is Item => item !== undefined && item.boardId === board.id && isPiece(item));
  const { grid, placement } = usePlacement(board);

  const add = () => {
    newPiece(store, board.id, t('puzzle.newPiece'));
    focusPieceName();
  };

  if (!piece) {
    return (
      <div className="puzzle-section">
        <p className="puzzle-hint">{t('puzzle.piece.none')}</p>
        <button type="button" className="btn primary" onClick={add}>
          <Plus aria-hidden /> {t('puzzle.addPiece')}
        </button>
      </div>
    );
  }
  const props = pieceProps(piece);
  const name = props.text || t('puzzle.unnamed');
  const actor = props.actorId ? store.getState().doc.actors[props.actorId] : undefined;
  const style = actor ? categoryStyle(actor.category) : undefined;
  const slot = placement.slotOf.get(piece.id) ?? null;
  const occupantOf = (r: number, c: number) => {
    const other = placement.bySlot.get(indexKey(r, c));
    return other ? pieceProps(other).text || t('puzzle.unnamed') : null;
  };
  return (
    <div className="puzzle-section puzzle-piece-card" key={piece.id}>
      <div className="puzzle-piece-head">
        <span className="swatch" style={{ background: style?.fill ?? '#ffffff', borderColor: style?.text ?? '#0b1f33' }} aria-hidden />
        <span className="puzzle-piece-category">{style ? t(style.labelKey) : t('puzzle.noProvider')}</span>
      </div>
      {textFields.slice(0, 1).map(({ field, key }) => (
        <label key={field} className="field">
          <span className="label">{t(key)}</span>
          <CommitField id="puzzle-piece-name" value={props[field]} maxLength={limits.name} onCommit={(v) => editPiece(store, piece.id, { [field]: v })} />
        </label>
      ))}
      <label className="field">
        <span className="label">{t('puzzle.piece.provider')}</span>
        <ProviderSelect value={props.actorId} label={t('puzzle.piece.provider')} onChange={(actorId) => editPiece(store, piece.id, { actorId })} />
      </label>
      <label className="field">
        <span className="label">{t('puzzle.piece.place')}</span>
        <PlaceSelect grid={grid} slot={slot} occupantOf={occupantOf} label={t('puzzle.piece.place')} onPlace={(target) => movePiece(store, board.id, piece.id, target)} />
      </label>
      {textFields.slice(1).map(({ field, key, multiline }) => (
        <label key={field} className="field">
          <span className="label">{t(key)}</span>
          <CommitField value={props[field]} maxLength={field === 'notes' ? limits.text : limits.name} multiline={multiline} rows={3} onCommit={(v) => editPiece(store, piece.id, { [field]: v })} />
        </label>
      ))}
      <div className="puzzle-actions">
        <button type="button" className="btn" onClick={add}>
          <Plus aria-hidden /> {t('puzzle.addPiece')}
        </button>
        <button type="button" className="btn danger" aria-label={t('puzzle.piece.delete', { name })} onClick={() => removePiece(store, piece.id)}>
          <Trash2 aria-hidden /> {t('common.delete')}
        </button>
      </div>
    </div>
  );
}
