import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Copy, FileDown, FileText, FileType, Image as ImageIcon, Presentation, Table } from 'lucide-react';
import type { MessageKey } from '../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../shared/i18n/translate.ts';
import { getBoardKind } from '../../../shared/kinds/registry.ts';
import { boardsInOrder } from '../../../shared/model/document.ts';
import type { BoardId } from '../../../shared/model/ids.ts';
import { ClientApiError } from '../api/apiError.ts';
import type { ExportProgress } from '../export/index.ts';
import { useT } from '../i18n/useT.ts';
import { notify, useApp } from '../state/appStore.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { copyBoardImage } from './copyImage.ts';
import { closeExportDialog, setExportChoices, useExportUi, type ExportChoices, type ExportKind } from './exportChoices.ts';
import { makeExportFile, type ExportJob } from './exportJob.ts';
import { exportTables } from './exportTables.ts';
import { saveFile } from '../state/saveFile.ts';
import { BoardPicker } from './BoardPicker.tsx';
import './exportUi.css';

type Busy = { action: 'export' | 'copy'; progress: ExportProgress | null };
type Message = { tone: 'error' | 'info'; key: MessageKey; params?: MessageParams };

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** A failure as a translated message: the API's own key, or the engine's words inside "the export failed". */
function failureMessage(error: unknown): Message {
  if (error instanceof ClientApiError) return { tone: 'error', key: error.key, params: { detail: error.detail ?? '' } };
  return { tone: 'error', key: 'exportUi.error.failed', params: { detail: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) } };
}

/**
 * Eksporter: one board as PNG (1×, 2×, A4 at 300 dpi; with or without background) or SVG, or
 * copied as a picture; the whole workshop as the PDF report (A4 or A3); or a table as CSV. The
 * work runs with a progress bar and can be cancelled; the choices are remembered. Messages show
 * inside the dialog, since the app's notices sit behind a modal; a finished export closes the
 * dialog and says where the file went.
 */
export function ExportDialog() {
  const t = useT();
  const language = useApp((s) => s.language);
  const store = useWorkshopStore();
  const doc = useWorkshop((s) => s.doc);
  const choices = useExportUi((s) => s.choices);
  const boards = useMemo(() => boardsInOrder(doc), [doc]);
  const tables = useMemo(() => exportTables(doc, language), [doc, language]);
  const [boardId, setBoardId] = useState<BoardId | null>(() => {
    const view = store.getState().view;
    return view.kind === 'board' ? view.boardId : (boards[0]?.id ?? null);
  });
  const [tableId, setTableId] = useState<string | null>(() => tables.find((x) => x.id === `board:${boardId}`)?.id ?? tables[0]?.id ?? null);
  // The boards a Word document or presentation holds; null: all of them (also those added later).
  const [chosen, setChosen] = useState<ReadonlySet<BoardId> | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const abort = useRef<AbortController | null>(null);
  const ids = { board: useId(), table: useId(), background: useId() };

  // Closing the dialog (Esc, a closed workshop) cancels work in progress.
  useEffect(() => () => abort.current?.abort(), []);

  const board = boardId ? doc.boards[boardId] : undefined;
  const table = tables.find((x) => x.id === tableId);
  const what = choices.what === 'table' && tables.length === 0 ? 'board' : choices.what;
  const office = what === 'docx' || what === 'pptx';
  // The Word document, the slides and the PDF report hold the boards the user ticks.
  const picksBoards = office || what === 'report';
  const chosenIds = chosen === null ? null : new Set([...chosen].filter((id) => doc.boards[id] !== undefined));
  const ready = what === 'board' ? board !== undefined : what === 'table' ? table !== undefined : picksBoards ? boards.length > 0 && (chosenIds === null || chosenIds.size > 0) : boards.length > 0;

  const start = async (action: Busy['action'], work: (signal: AbortSignal) => Promise<Message | null>) => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ action, progress: null });
    setMessage(null);
    try {
      const done = await work(controller.signal);
      if (done) {
        closeExportDialog();
        notify(done.tone, done.key, done.params);
      }
    } catch (error) {
      setMessage(isAbort(error) ? { tone: 'info', key: 'exportUi.cancelled' } : failureMessage(error));
    } finally {
      if (abort.current === controller) abort.current = null;
      setBusy(null);
    }
  };

  const exportNow = () => {
    if (!ready || busy) return;
    const current = store.getState().doc;
    const job: ExportJob | null =
      what === 'board' && board
        ? { what: 'board', boardId: board.id, choices }
        : what === 'report'
          ? { what: 'report', choices, language, exportedAt: new Date(), boardIds: chosenIds }
          : what === 'docx' || what === 'pptx'
            ? { what, language, exportedAt: new Date(), boardIds: chosenIds }
            : table
              ? { what: 'table', table }
              : null;
    if (!job) return;
    void start('export', async (signal) => {
      const file = await makeExportFile(current, job, (progress) => setBusy({ action: 'export', progress }), signal);
      signal.throwIfAborted();
      const outcome = await saveFile(file);
      if (outcome.status === 'cancelled') return null;
      return { tone: 'info', key: outcome.status === 'saved' ? 'exportUi.saved' : 'exportUi.downloaded', params: { file: outcome.fileName } };
    });
  };

  const copyNow = () => {
    if (!board || busy) return;
    void start('copy', async (signal) => {
      await copyBoardImage(store.getState().doc, board.id, { scale: choices.scale, background: choices.background }, signal);
      return { tone: 'info', key: 'exportUi.copied', params: { board: board.name } };
    });
  };

  const set = (patch: Partial<ExportChoices>) => {
    setMessage(null);
    setExportChoices(patch);
  };
  const whatIcons: Record<ExportKind, ReactNode> = {
    board: <ImageIcon aria-hidden />,
    report: <FileText aria-hidden />,
    docx: <FileType aria-hidden />,
    pptx: <Presentation aria-hidden />,
    table: <Table aria-hidden />,
  };
  const whatLabel = (k: ExportKind) => (k === 'docx' || k === 'pptx' ? t(`exportOffice.what.${k}`) : t(`exportUi.what.${k}`));
  const progress = busy?.progress;

  return (
    // The app's shortcuts listen on the window; keys typed in the dialog stop here so Delete or
    // Ctrl+Z in it never reach the board behind.
    <div className="export-dialog-keys" onKeyDown={(e) => e.stopPropagation()}>
      <Dialog
        title={t('exportUi.title')}
        onClose={() => (busy ? abort.current?.abort() : closeExportDialog())}
        onSubmit={exportNow}
        actions={
          <>
            {what === 'board' && (
              <button type="button" className="btn export-copy" disabled={!board || busy !== null} onClick={copyNow}>
                <Copy aria-hidden /> {t('exportUi.copyImage')}
              </button>
            )}
            <button type="button" className="btn" onClick={() => (busy ? abort.current?.abort() : closeExportDialog())}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn primary" disabled={!ready || busy !== null}>
              <FileDown aria-hidden /> {t('exportUi.export')}
            </button>
          </>
        }
      >
        <fieldset className="export-choices" disabled={busy !== null}>
          <Choices
            legend={t('exportUi.what')}
            name="export-what"
            className="export-what"
            value={what}
            options={(['board', 'report', 'docx', 'pptx', 'table'] as const).map((k) => ({ value: k, label: whatLabel(k), icon: whatIcons[k], disabled: k === 'table' && tables.length === 0 }))}
            onChange={(value) => set({ what: value })}
          />

          {what === 'board' && (
            <>
              {boards.length === 0 ? (
                <p className="export-hint">{t('exportUi.noBoards')}</p>
              ) : (
                <div className="field">
                  <label htmlFor={ids.board}>{t('exportUi.board')}</label>
                  <select id={ids.board} value={boardId ?? ''} onChange={(e) => setBoardId(e.target.value as BoardId)}>
                    {boards.map((b) => {
                      const kind = getBoardKind(b.kind);
                      return (
                        <option key={b.id} value={b.id}>
                          {kind ? `${b.name} (${t(kind.labelKey)})` : b.name}
                        </option>
                      );
                    })}
                  </select>
                </div>
              )}
              <Choices
                legend={t('exportUi.format')}
                name="export-format"
                value={choices.boardFormat}
                options={[
                  { value: 'png', label: t('exportUi.format.png') },
                  { value: 'svg', label: t('exportUi.format.svg') },
                ]}
                onChange={(value) => set({ boardFormat: value })}
              />
              {choices.boardFormat === 'png' && (
                <Choices
                  legend={t('exportUi.scale')}
                  name="export-scale"
                  value={choices.scale}
                  options={[
                    { value: 1, label: t('exportUi.scale.1') },
                    { value: 2, label: t('exportUi.scale.2') },
                    { value: 'a4-300dpi', label: t('exportUi.scale.a4') },
                  ]}
                  onChange={(value) => set({ scale: value })}
                />
              )}
              <div className="export-check">
                <input id={ids.background} type="checkbox" checked={choices.background} onChange={(e) => set({ background: e.target.checked })} aria-describedby={`${ids.background}-hint`} />
                <label htmlFor={ids.background}>{t('exportUi.background')}</label>
                <p id={`${ids.background}-hint`} className="export-hint">{t('exportUi.backgroundHint')}</p>
              </div>
            </>
          )}

          {what === 'report' && (
            <>
              <Choices
                legend={t('exportUi.paper')}
                name="export-paper"
                value={choices.paper}
                options={[
                  { value: 'A4', label: t('exportUi.paper.A4') },
                  { value: 'A3', label: t('exportUi.paper.A3') },
                ]}
                onChange={(value) => set({ paper: value })}
              />
              <Choices
                legend={t('exportPdf.orientation')}
                name="export-orientation"
                value={choices.orientation}
                options={[
                  { value: 'landscape', label: t('exportPdf.orientation.landscape') },
                  { value: 'portrait', label: t('exportPdf.orientation.portrait') },
                ]}
                onChange={(value) => set({ orientation: value })}
              />
              {boards.length === 0 ? <p className="export-hint">{t('exportUi.noBoards')}</p> : <BoardPicker boards={boards} chosen={chosenIds} onChange={setChosen} />}
              <p className="export-hint">{t('exportUi.reportHint')}</p>
            </>
          )}

          {office && (
            <>
              {boards.length === 0 ? <p className="export-hint">{t('exportUi.noBoards')}</p> : <BoardPicker boards={boards} chosen={chosenIds} onChange={setChosen} />}
              <p className="export-hint">{t(what === 'docx' ? 'exportOffice.docxHint' : 'exportOffice.pptxHint')}</p>
            </>
          )}

          {what === 'table' && (
            <>
              <div className="field">
                <label htmlFor={ids.table}>{t('exportUi.table')}</label>
                <select id={ids.table} value={tableId ?? ''} onChange={(e) => setTableId(e.target.value)}>
                  {tables.map((x) => (
                    <option key={x.id} value={x.id}>
                      {t(x.labelKey, x.labelParams)}
                    </option>
                  ))}
                </select>
              </div>
              <p className="export-hint">{t('exportUi.tableHint')}</p>
            </>
          )}
        </fieldset>

        {busy && (
          <div className="export-progress">
            <progress aria-label={t('exportUi.progressLabel')} max={progress && progress.total > 0 ? progress.total : undefined} value={progress && progress.total > 0 ? progress.done : undefined} />
            <p role="status">{progress && progress.total > 0 ? t('exportUi.progress', { done: progress.done, total: progress.total }) : t('exportUi.working')}</p>
          </div>
        )}
        {message && (
          <p className={`export-message ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
            {t(message.key, message.params)}
          </p>
        )}
      </Dialog>
    </div>
  );
}

interface ChoicesProps<T extends string | number> {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string; icon?: ReactNode; disabled?: boolean }[];
  onChange(value: T): void;
  className?: string;
}

/** A group of radio buttons drawn as large tiles: each a real radio with its label, for keyboards and screen readers. */
function Choices<T extends string | number>({ legend, name, value, options, onChange, className }: ChoicesProps<T>) {
  const id = useId();
  return (
    <fieldset className={`export-group${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      <div className="export-options">
        {options.map((o) => (
          <label key={String(o.value)} className={`export-option${o.value === value ? ' checked' : ''}${o.disabled ? ' disabled' : ''}`}>
            <input type="radio" name={`${name}-${id}`} checked={o.value === value} disabled={o.disabled} onChange={() => onChange(o.value)} />
            {o.icon}
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
