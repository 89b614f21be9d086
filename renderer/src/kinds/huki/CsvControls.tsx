import { useState } from 'react';
import { X } from 'lucide-react';
import { decodeCsvBytes } from '../../../../shared/csv/index.ts';
import { csvToMatrix, matrixToCsv, type CsvImportProblem, type CsvImportProblemCode } from '../../../../shared/kinds/huki/csv.ts';
import { mergeMatrix, type ImportMode } from '../../../../shared/kinds/huki/mergeMatrix.ts';
import type { HukiMatrixProps } from '../../../../shared/kinds/huki/model.ts';
import type { Actor, ActorCategory } from '../../../../shared/model/records.ts';
import { replaceMatrix } from '../../../../shared/kinds/huki/ops.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { refitMatrixSoon } from './refit.ts';
import { notify, reportError } from '../../state/appStore.ts';
import { saveCsv } from '../../state/saveFile.ts';
import { useT } from '../../i18n/useT.ts';
import { CsvButtons } from '../../ui/CsvButtons.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import type { HukiMatrixView } from './useHukiMatrix.ts';

/** The message for each reason a line is refused (a missing one fails the type check). */
const problemKeys: Record<CsvImportProblemCode, MessageKey> = {
  empty: 'huki.csv.problem.empty',
  noTasks: 'huki.csv.problem.noTasks',
  fewColumns: 'huki.csv.problem.fewColumns',
  emptyActorName: 'huki.csv.problem.emptyActorName',
  duplicateActor: 'huki.csv.problem.duplicateActor',
  tooManyFields: 'huki.csv.problem.tooManyFields',
  missingTask: 'huki.csv.problem.missingTask',
  badLetter: 'huki.csv.problem.badLetter',
  tooLong: 'huki.csv.problem.tooLong',
  tooManyRows: 'huki.csv.problem.tooManyRows',
  unterminatedQuote: 'huki.csv.problem.unterminatedQuote',
  textAfterQuote: 'huki.csv.problem.textAfterQuote',
};

/**
 * CSV out (saved through state/saveFile, named after the board: UTF-8 with BOM, semicolons, as Norwegian Excel reads
 * it) and in (all or nothing: a file with bad lines is refused, each line listed with its reason;
 * a good one is previewed first, asking replace or add, and the new actors' categories).
 */
export function CsvControls({ board, view }: { board: Board; view: HukiMatrixView }) {
  const t = useT();
  const store = useWorkshopStore();
  const [failure, setFailure] = useState<{ file: string; problems: CsvImportProblem[] } | null>(null);

  const exportCsv = () => {
    const { doc } = store.getState();
    const text = matrixToCsv(view.matrix, doc.actors, view.settings.letters, { phase: t('huki.csv.headingPhase'), task: t('huki.csv.headingTask') });
    saveCsv(board.name, text).catch(reportError);
  };

  const [pending, setPending] = useState<{ file: string; matrix: HukiMatrixProps; newActors: Actor[]; taskCount: number } | null>(null);

  const importFile = async (file: File) => {
    const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const { doc } = store.getState();
    const result = csvToMatrix(text, doc.actors);
    if (!result.ok) {
      setPending(null);
      setFailure({ file: file.name, problems: result.problems });
      return;
    }
    setFailure(null);
    setPending({ file: file.name, matrix: result.matrix, newActors: result.newActors, taskCount: result.taskCount });
  };

  const apply = (mode: ImportMode, categories: Readonly<Record<string, ActorCategory>>) => {
    if (!pending) return;
    setPending(null);
    const { run } = store.getState();
    const newActors = pending.newActors.map((a) => ({ ...a, category: categories[a.id] ?? a.category }));
    const matrix = mode === 'merge' ? mergeMatrix(view.matrix, pending.matrix).matrix : pending.matrix;
    if (!run(replaceMatrix, { itemId: view.item.id as ItemId, matrix, newActors })) return;
    refitMatrixSoon();
    const names = newActors.map((a) => a.name).join(', ');
    notify(
      'info',
      names ? 'huki.csv.importedNewActors' : 'huki.csv.imported',
      { tasks: pending.taskCount, file: pending.file, names },
      { labelKey: 'common.undo', commandId: 'edit.undo' },
    );
  };
  const boardHasTasks = view.matrix.phases.some((p) => p.tasks.length > 0);

  return (
    <>
      <CsvButtons
        importLabel={t('huki.csv.import')}
        exportLabel={t('huki.csv.export')}
        onImport={(file) => void importFile(file)}
        onExport={exportCsv}
        fileTestId="huki-csv-file"
      />
      {pending && (
        <ImportPreview
          key={pending.file + pending.taskCount}
          file={pending.file}
          taskCount={pending.taskCount}
          newActors={pending.newActors}
          boardHasTasks={boardHasTasks}
          onChoose={apply}
          onCancel={() => setPending(null)}
        />
      )}
      {failure && (
        <div className="huki-import-problems" role="alert">
          <p>{t('huki.csv.failed', { file: failure.file })}</p>
          <ul>
            {failure.problems.map((p, i) => (
              <li key={i}>{t(problemKeys[p.code], { ...p })}</li>
            ))}
          </ul>
          <button type="button" className="btn quiet icon-btn" aria-label={t('common.close')} onClick={() => setFailure(null)}>
            <X aria-hidden />
          </button>
        </div>
      )}
    </>
  );
}
