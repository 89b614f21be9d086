import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { maxLines, newLineId, rowPresetNames, type GridLine, type RowPreset } from '../../../../shared/kinds/puzzle/boardProps.ts';
import { moveLine, presetOnto } from '../../../../shared/kinds/puzzle/gridLines.ts';
import { setColumns, setRows } from '../../../../shared/kinds/puzzle/ops.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { assertNever } from '../../../../shared/util/assertNever.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { runWithGlide } from './snapAnimation.ts';
import { usePuzzleProps } from './usePuzzle.ts';

type Axis = 'rows' | 'columns';

function presetLabelKey(preset: RowPreset) {
  switch (preset) {
    case 'bti':
      return 'puzzle.grid.preset.bti' as const;
    case 'threeLevels':
      return 'puzzle.grid.preset.threeLevels' as const;
    default:
      return assertNever(preset, 'row preset');
  }
}

/** The grid's rows and columns: rename in place, add, move and remove; and the row templates. */
export function GridEditor({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const grid = usePuzzleProps(board);
  const apply = (axis: Axis, lines: GridLine[]) => runWithGlide(store, board.id, axis === 'rows' ? setRows : setColumns, { boardId: board.id, lines });

  const section = (axis: Axis) => {
    const lines = axis === 'rows' ? grid.rows : grid.columns;
    const isRows = axis === 'rows';
    return (
      <section className="puzzle-section" aria-labelledby={`puzzle-${axis}-title`}>
        <h3 id={`puzzle-${axis}-title`}>{t(isRows ? 'puzzle.grid.rows' : 'puzzle.grid.columns')}</h3>
        <ol className="puzzle-lines">
          {lines.map((line, i) => (
            <li key={line.id}>
              <CommitField
                className="cell-input"
                aria-label={t(isRows ? 'puzzle.grid.rowName' : 'puzzle.grid.columnName', { index: i + 1 })}
                value={line.label}
                maxLength={limits.name}
                onCommit={(label) => apply(axis, lines.map((l) => (l.id === line.id ? { ...l, label } : l)))}
              />
              <button type="button" className="btn quiet icon-btn" disabled={i === 0} aria-label={t(isRows ? 'puzzle.grid.moveUp' : 'puzzle.grid.moveLeft', { name: line.label })} onClick={() => apply(axis, moveLine(lines, i, i - 1))}>
                {isRows ? <ArrowUp aria-hidden size={18} /> : <ArrowLeft aria-hidden size={18} />}
              </button>
              <button type="button" className="btn quiet icon-btn" disabled={i === lines.length - 1} aria-label={t(isRows ? 'puzzle.grid.moveDown' : 'puzzle.grid.moveRight', { name: line.label })} onClick={() => apply(axis, moveLine(lines, i, i + 1))}>
                {isRows ? <ArrowDown aria-hidden size={18} /> : <ArrowRight aria-hidden size={18} />}
              </button>
              <button type="button" className="btn quiet icon-btn" disabled={lines.length <= 1} aria-label={t('puzzle.grid.remove', { name: line.label })} onClick={() => apply(axis, lines.filter((l) => l.id !== line.id))}>
                <Trash2 aria-hidden size={18} />
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="btn"
          disabled={lines.length >= maxLines}
          onClick={() => apply(axis, [...lines, { id: newLineId(axis), label: t(isRows ? 'puzzle.grid.newRow' : 'puzzle.grid.newColumn') }])}
        >
          <Plus aria-hidden /> {t(isRows ? 'puzzle.grid.addRow' : 'puzzle.grid.addColumn')}
        </button>
      </section>
    );
  };

  return (
    <div>
      {section('rows')}
      {section('columns')}
      <p className="puzzle-hint">{t('puzzle.grid.removeHint')}</p>
      <section className="puzzle-section" aria-labelledby="puzzle-presets-title">
        <h3 id="puzzle-presets-title">{t('puzzle.grid.presets')}</h3>
        <div className="puzzle-actions">
          {rowPresetNames.map((preset) => (
            <button key={preset} type="button" className="btn" aria-label={t('puzzle.grid.usePreset', { preset: t(presetLabelKey(preset)) })} onClick={() => apply('rows', presetOnto(grid.rows, preset))}>
              {t(presetLabelKey(preset))}
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}
