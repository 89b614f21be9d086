import { useRef, useState } from 'react';
import { Download, Upload, X } from 'lucide-react';
import { decodeCsvBytes } from '../../../../shared/csv/index.ts';
import { csvToMatrix, matrixToCsv, type CsvImportProblem, type CsvImportProblemCode } from '../../../../shared/kinds/huki/csv.ts';
import { replaceMatrix } from '../../../../shared/kinds/huki/ops.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { notify, reportError } from '../../state/appStore.ts';
import { saveCsv } from '../../exportUi/saveFile.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../workshop/WorkshopContext.ts';
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
 * CSV out (saved through exportUi/saveFile, named after the board: UTF-8 with BOM, semicolons, as Norwegian Excel reads
 * it) and in (all or nothing: a file with bad lines is refused, each line listed with its reason).
 */
export function CsvControls({ board, view }: { board: Board; view: HukiMatrixView }) {
  const t = useT();
  const store = useWorkshopStore();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<{ file: string; problems: CsvImportProblem[] } | null>(null);

  const exportCsv = () => {
    const { doc } = store.getState();
    const text = matrixToCsv(view.matrix, doc.actors, view.settings.letters, { phase: t('huki.csv.headingPhase'), task: t('huki.csv.headingTask') });
    saveCsv(board.name, text).catch(reportError);
  };

  const importFile = async (file: File) => {
    const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const { doc, run } = store.getState();
    const result = csvToMatrix(text, doc.actors);
    if (!result.ok) {
      setFailure({ file: file.name, problems: result.problems });
      return;
    }
    setFailure(null);
    if (!run(replaceMatrix, { itemId: view.item.id as ItemId, matrix: result.matrix, newActors: result.newActors })) return;
    const names = result.newActors.map((a) => a.name).join(', ');
    notify(
      'info',
      names ? 'huki.csv.importedNewActors' : 'huki.csv.imported',
      { tasks: result.taskCount, file: file.name, names },
      { labelKey: 'common.undo', commandId: 'edit.undo' },
    );
  };

  return (
    <>
      <button type="button" className="btn" onClick={exportCsv}>
        <Download aria-hidden /> {t('huki.csv.export')}
      </button>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        <Upload aria-hidden /> {t('huki.csv.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="sr-only"
        tabIndex={-1}
        aria-label={t('huki.csv.import')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
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
