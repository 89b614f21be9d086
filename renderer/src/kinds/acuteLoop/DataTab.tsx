import { useId, useState } from 'react';
import { decodeCsvBytes } from '../../../../shared/csv/index.ts';
import { readHourlyCsv, writeHourlyCsv } from '../../../../shared/kinds/acuteLoop/hourlyCsv.ts';
import { parseHourlyCounts, type HourlyParseResult } from '../../../../shared/kinds/acuteLoop/hourlyInput.ts';
import { numberFieldText, parseNonNegative } from '../../../../shared/kinds/acuteLoop/numbers.ts';
import { outsideOfficeShare, percentOf } from '../../../../shared/kinds/acuteLoop/officeHours.ts';
import { setOfficeHours, updateFigures, updateHourly } from '../../../../shared/kinds/acuteLoop/ops.ts';
import { emptyHourly, type AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { hourlyLabel, hourRange, officeText, percentText } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { formatClock, parseClock } from '../../../../shared/kinds/acuteLoop/time.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import { limits } from '../../../../shared/model/limits.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { reportError, useApp } from '../../state/appStore.ts';
import { saveCsv } from '../../state/saveFile.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { CsvButtons } from '../../ui/CsvButtons.tsx';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { ParsedField } from './fields.tsx';

/**
 * The numbers: events by hour (pasted as 24 numbers, imported from a CSV file, or typed hour by
 * hour; downloadable as CSV), the office hours,
 * what is counted and its source, the headline figures, and the share outside office hours,
 * computed as the numbers change and announced to screen readers.
 */
export function DataTab({ board, props }: { board: Board; props: AcuteLoopProps }) {
  const t = useT();
  const id = useId();
  const language = useApp((s) => s.language);
  const store = useWorkshopStore();
  const run = store.getState().run;
  const [paste, setPaste] = useState('');
  const [pasteMessage, setPasteMessage] = useState<{ error: boolean; text: string } | null>(null);
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  const percent = percentText(percentOf(share.outsideShare), t);
  const total = new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 }).format(share.total);

  const problem = (result: HourlyParseResult & { ok: false }) => {
    const key: MessageKey = `acuteLoop.data.error.${result.error}`;
    return t(key, 'found' in result ? { found: result.found } : 'token' in result ? { token: result.token } : undefined);
  };
  const apply = () => {
    const result = parseHourlyCounts(paste);
    if (!result.ok) {
      setPasteMessage({ error: true, text: problem(result) });
      return;
    }
    if (run(updateHourly, { boardId: board.id, counts: result.counts })) {
      setPaste('');
      setPasteMessage({ error: false, text: t('acuteLoop.data.applied') });
    }
  };
  const importFile = async (file: File) => {
    const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const result = readHourlyCsv(text);
    if (!result.ok) {
      setPasteMessage({ error: true, text: t('acuteLoop.data.importFailed', { file: file.name, reason: problem(result) }) });
      return;
    }
    const label = props.hourly.label.trim() === '' && result.label !== '' ? { label: result.label } : {};
    if (run(updateHourly, { boardId: board.id, counts: result.counts, ...label })) setPasteMessage({ error: false, text: t('acuteLoop.data.imported', { file: file.name }) });
  };
  const exportCsv = () => {
    const text = writeHourlyCsv(props.hourly.counts, { hour: t('acuteLoop.data.csvHour'), label: hourlyLabel(props.hourly, t) });
    saveCsv(`${board.name} – ${hourlyLabel(props.hourly, t)}`, text).catch(reportError);
  };
  const setHour = (hour: number, value: number) => {
    const counts = [...props.hourly.counts];
    counts[hour] = value;
    run(updateHourly, { boardId: board.id, counts });
  };
  const clock = (v: number) => formatClock(v);
  const parseBound = (text: string) => parseClock(text, true) ?? 'invalid';
  const across = props.officeHours.end < props.officeHours.start;
  const empty = props.officeHours.end === props.officeHours.start;

  return (
    <div className="al-tab-body">
      <div className="al-share-readout">
        <p role="status" aria-live="polite" className="al-share-status">
          {share.outsideShare === null ? t('acuteLoop.share.noData') : t('acuteLoop.share.status', { percent })}
        </p>
        <p className="al-share-details">
          {officeText(props.officeHours, t)} · {t('acuteLoop.data.total', { total })}
        </p>
      </div>

      <section aria-labelledby={`${id}-hourly`}>
        <h3 id={`${id}-hourly`}>{t('acuteLoop.data.hourly')}</h3>
        <div className="field">
          <label htmlFor={`${id}-paste`}>{t('acuteLoop.data.paste')}</label>
          <textarea
            id={`${id}-paste`}
            className="cell-input al-paste"
            rows={3}
            value={paste}
            aria-describedby={`${id}-paste-hint`}
            onChange={(e) => setPaste(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) apply();
            }}
          />
          <span id={`${id}-paste-hint`} className="al-hint">
            {t('acuteLoop.data.pasteHint')}
          </span>
          <div className="al-actions">
            <button type="button" className="btn primary" onClick={apply}>
              {t('acuteLoop.data.apply')}
            </button>
            <button type="button" className="btn quiet" onClick={() => run(updateHourly, { boardId: board.id, counts: emptyHourly() })}>
              {t('acuteLoop.data.clear')}
            </button>
          </div>
          {pasteMessage && (
            <p className={pasteMessage.error ? 'al-error' : 'al-ok'} role={pasteMessage.error ? 'alert' : undefined}>
              {pasteMessage.text}
            </p>
          )}
          <div className="al-actions">
            <CsvButtons importLabel={t('acuteLoop.data.importCsv')} exportLabel={t('acuteLoop.data.exportCsv')} onImport={(file) => void importFile(file)} onExport={exportCsv} />
          </div>
          <p className="al-hint">{t('acuteLoop.data.csvHint')}</p>
        </div>
        <fieldset className="al-hour-grid">
          <legend>{t('acuteLoop.data.typed')}</legend>
          {props.hourly.counts.map((count, hour) => {
            const range = hourRange(hour);
            return (
              <label key={hour} className="al-hour">
                <span aria-hidden>
                  {range.from}–{range.to}
                </span>
                <ParsedField
                  label={t('acuteLoop.data.hourCell', range)}
                  value={count}
                  format={(v) => numberFieldText(v, language)}
                  parse={(text) => {
                    const v = parseNonNegative(text);
                    return v === null ? 0 : v;
                  }}
                  onCommit={(v) => setHour(hour, v)}
                  errorText={t('acuteLoop.data.hourInvalid')}
                  inputProps={{ inputMode: 'decimal', maxLength: 12 }}
                />
              </label>
            );
          })}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('acuteLoop.data.label')}</label>
          <CommitField id={`${id}-label`} className="cell-input" value={props.hourly.label} placeholder={t('acuteLoop.data.labelDefault')} maxLength={limits.name} onCommit={(label) => run(updateHourly, { boardId: board.id, label })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('acuteLoop.data.source')}</label>
          <CommitField id={`${id}-source`} className="cell-input" value={props.hourly.source} placeholder={t('acuteLoop.data.sourcePlaceholder')} maxLength={limits.name} onCommit={(source) => run(updateHourly, { boardId: board.id, source })} />
        </div>
      </section>

      <section aria-labelledby={`${id}-office`}>
        <h3 id={`${id}-office`}>{t('acuteLoop.data.officeHours')}</h3>
        <div className="al-two">
          <div className="field">
            <span className="label">{t('acuteLoop.data.officeStart')}</span>
            <ParsedField label={t('acuteLoop.data.officeStart')} value={props.officeHours.start} format={clock} parse={parseBound} errorText={t('acuteLoop.data.officeInvalid')} onCommit={(start) => run(setOfficeHours, { boardId: board.id, start, end: props.officeHours.end })} inputProps={{ inputMode: 'numeric', maxLength: 12 }} />
          </div>
          <div className="field">
            <span className="label">{t('acuteLoop.data.officeEnd')}</span>
            <ParsedField label={t('acuteLoop.data.officeEnd')} value={props.officeHours.end} format={clock} parse={parseBound} errorText={t('acuteLoop.data.officeInvalid')} onCommit={(end) => run(setOfficeHours, { boardId: board.id, start: props.officeHours.start, end })} inputProps={{ inputMode: 'numeric', maxLength: 12 }} />
          </div>
        </div>
        {across && <p className="al-hint">{t('acuteLoop.data.officeAcrossMidnight')}</p>}
        {empty && <p className="al-hint">{t('acuteLoop.data.officeEmpty')}</p>}
        <p className="al-hint">{t('acuteLoop.data.boundaryNote')}</p>
      </section>

      <section aria-labelledby={`${id}-figures`}>
        <h3 id={`${id}-figures`}>{t('acuteLoop.data.figures')}</h3>
        <div className="field">
          <span className="label">{t('acuteLoop.data.loopsPerYear')}</span>
          <ParsedField label={t('acuteLoop.data.loopsPerYear')} value={props.figures.loopsPerYear} format={(v) => numberFieldText(v, language)} parse={parseNonNegative} errorText={t('acuteLoop.data.numberInvalid')} onCommit={(loopsPerYear) => run(updateFigures, { boardId: board.id, loopsPerYear })} inputProps={{ inputMode: 'decimal', maxLength: 12 }} />
        </div>
        <div className="field">
          <span className="label">{t('acuteLoop.data.patients')}</span>
          <ParsedField label={t('acuteLoop.data.patients')} value={props.figures.patients} format={(v) => numberFieldText(v, language)} parse={parseNonNegative} errorText={t('acuteLoop.data.numberInvalid')} onCommit={(patients) => run(updateFigures, { boardId: board.id, patients })} inputProps={{ inputMode: 'decimal', maxLength: 12 }} />
        </div>
      </section>
    </div>
  );
}
