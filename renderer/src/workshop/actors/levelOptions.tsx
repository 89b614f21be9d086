import { useT } from '../../i18n/useT.ts';

/** H/M/L with their words ("H – Høy"), and the empty "not assessed". */
export function LevelOptions() {
  const t = useT();
  return (
    <>
      <option value="">{t('actorMap.level.none')}</option>
      {(['H', 'M', 'L'] as const).map((level) => (
        <option key={level} value={level}>
          {`${level} – ${t(`actorMap.level.${level}`)}`}
        </option>
      ))}
    </>
  );
}

/** A/B/C (A most important, seed 004), and the empty "not assessed". */
export function ImportanceOptions() {
  const t = useT();
  return (
    <>
      <option value="">{t('actorMap.level.none')}</option>
      {(['A', 'B', 'C'] as const).map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </>
  );
}
