import { useEffect, useState } from 'react';
import { displayLetter } from '../../../../shared/kinds/huki/letters.ts';
import { letterSystems, maxOverloadThreshold, minOverloadThreshold, type HukiBoardProps } from '../../../../shared/kinds/huki/model.ts';
import { setBoardSettings } from '../../../../shared/kinds/huki/ops.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';

/** The board's settings: HUKI or RACI letters, and the overload threshold. */
export function SettingsBar({ board, settings }: { board: Board; settings: HukiBoardProps }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const [threshold, setThreshold] = useState(String(settings.overloadThreshold));
  useEffect(() => setThreshold(String(settings.overloadThreshold)), [settings.overloadThreshold]);
  const commitThreshold = (raw: string) => {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= minOverloadThreshold && n <= maxOverloadThreshold) {
      if (n !== settings.overloadThreshold) run(setBoardSettings, { boardId: board.id, patch: { overloadThreshold: n } });
    } else setThreshold(String(settings.overloadThreshold));
  };
  return (
    <div className="huki-settings">
      <fieldset className="huki-letters">
        <legend>{t('huki.settings.letters')}</legend>
        {letterSystems.map((system) => (
          <label key={system} className={`huki-choice${settings.letters === system ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={`huki-letters-${board.id}`}
              value={system}
              checked={settings.letters === system}
              onChange={() => run(setBoardSettings, { boardId: board.id, patch: { letters: system } })}
            />
            {t(system === 'huki' ? 'huki.settings.letters.huki' : 'huki.settings.letters.raci')}
          </label>
        ))}
      </fieldset>
      <label className="huki-threshold">
        {t('huki.settings.threshold', { letter: displayLetter('U', settings.letters) })}
        <input
          type="number"
          className="cell-input"
          min={minOverloadThreshold}
          max={maxOverloadThreshold}
          value={threshold}
          onChange={(e) => {
            // Every valid number counts at once, so the checks follow as the spinner turns.
            setThreshold(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value !== '' && Number.isInteger(n) && n >= minOverloadThreshold && n <= maxOverloadThreshold) commitThreshold(e.target.value);
          }}
          onBlur={(e) => commitThreshold(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitThreshold(e.currentTarget.value);
          }}
        />
      </label>
    </div>
  );
}
