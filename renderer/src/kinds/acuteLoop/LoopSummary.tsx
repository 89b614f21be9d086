import { outsideOfficeShare, percentOf } from '../../../../shared/kinds/acuteLoop/officeHours.ts';
import type { AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { LoopView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { actorLabel } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { durationText, percentText, stationName, subtitleText } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { formatClock } from '../../../../shared/kinds/acuteLoop/time.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * The picture in words, for screen readers (the picture is a canvas): the stations in order with
 * time, actor and breaks, the share outside office hours and the needs. Hidden on screen.
 */
export function LoopSummary({ id, boardName, props, view }: { id: string; boardName: string; props: AcuteLoopProps; view: LoopView }) {
  const t = useT();
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  return (
    <div id={id} className="sr-only" data-testid="acute-loop-summary">
      <p>
        {boardName} – {subtitleText(props.subtitle, t)}.{' '}
        {share.outsideShare === null ? t('acuteLoop.share.noData') : t('acuteLoop.share.status', { percent: percentText(percentOf(share.outsideShare), t) })}.
      </p>
      <ol>
        {view.stations.map((s, i) => {
          const tr = view.transitions[i];
          const parts = [
            stationName(s.name, s.number, t),
            s.timeOfDay !== null ? t('acuteLoop.picture.time', { time: formatClock(s.timeOfDay) }) : '',
            actorLabel(s.actor),
            s.durationMinutes !== null ? durationText(s.durationMinutes, t) : '',
            ...s.painPoints.map((p) => p.text),
            ...s.quotes.map((q) => q.text),
            tr?.broken ? `${t('acuteLoop.picture.broken')}: ${tr.note}` : '',
          ].filter((p) => p.trim() !== '');
          return <li key={s.id}>{parts.join('. ')}</li>;
        })}
      </ol>
      {props.needs.length > 0 && (
        <>
          <p>{t('acuteLoop.needs.title')}</p>
          <ul>
            {props.needs.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
