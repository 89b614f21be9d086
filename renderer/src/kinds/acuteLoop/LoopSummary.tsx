import { outsideOfficeShare, percentOf } from '../../../../shared/kinds/acuteLoop/officeHours.ts';
import type { AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { LoopView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import { stationDescriptions, type DescribedView } from '../../../../shared/kinds/acuteLoop/stationDescription.ts';
import { percentText, subtitleText } from '../../../../shared/kinds/acuteLoop/texts.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * The picture in words, for screen readers (the picture is a canvas): the stations in order with
 * time, actor, breaks and (in the swimlane view) lane, the share outside office hours and the needs. Hidden on screen.
 */
export function LoopSummary({ id, boardName, props, view, mode }: { id: string; boardName: string; props: AcuteLoopProps; view: LoopView; mode: DescribedView }) {
  const t = useT();
  const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
  return (
    <div id={id} className="sr-only" data-testid="acute-loop-summary">
      <p>
        {boardName} – {subtitleText(props.subtitle, t)}.{' '}
        {share.outsideShare === null ? t('acuteLoop.share.noData') : t('acuteLoop.share.status', { percent: percentText(percentOf(share.outsideShare), t) })}.
      </p>
      <ol>
        {stationDescriptions(view, props, mode, t).map((text, i) => (
          <li key={view.stations[i]!.id}>{text}</li>
        ))}
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
